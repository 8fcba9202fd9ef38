from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.refund_receipt_list_response import RefundReceiptListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api2/refund_receipts.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RefundReceiptListResponse | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(
            response.content, type=RefundReceiptListResponse, strict=False
        )
        return response_200

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RefundReceiptListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | RefundReceiptListResponse]:
    """List refund receipts

     Paginated list of refund receipts ("Default module.md" L2536, `GET /refund_receipts{format}`). The
    docs
    document only `limit` and `page`; no date, status, sort or `recursive` parameter. Each
    `data[]` item is `{"RefundReceipt": ...}`. Whether items carry lines and payments is not stated
    (GUESS: like the invoice list, beside or inside the header when sent).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RefundReceiptListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> ErrorResponse | RefundReceiptListResponse | None:
    """List refund receipts

     Paginated list of refund receipts ("Default module.md" L2536, `GET /refund_receipts{format}`). The
    docs
    document only `limit` and `page`; no date, status, sort or `recursive` parameter. Each
    `data[]` item is `{"RefundReceipt": ...}`. Whether items carry lines and payments is not stated
    (GUESS: like the invoice list, beside or inside the header when sent).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RefundReceiptListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | RefundReceiptListResponse]:
    """List refund receipts

     Paginated list of refund receipts ("Default module.md" L2536, `GET /refund_receipts{format}`). The
    docs
    document only `limit` and `page`; no date, status, sort or `recursive` parameter. Each
    `data[]` item is `{"RefundReceipt": ...}`. Whether items carry lines and payments is not stated
    (GUESS: like the invoice list, beside or inside the header when sent).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RefundReceiptListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> ErrorResponse | RefundReceiptListResponse | None:
    """List refund receipts

     Paginated list of refund receipts ("Default module.md" L2536, `GET /refund_receipts{format}`). The
    docs
    document only `limit` and `page`; no date, status, sort or `recursive` parameter. Each
    `data[]` item is `{"RefundReceipt": ...}`. Whether items carry lines and payments is not stated
    (GUESS: like the invoice list, beside or inside the header when sent).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RefundReceiptListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
        )
    ).parsed
