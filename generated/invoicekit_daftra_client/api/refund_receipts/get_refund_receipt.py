from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.refund_receipt_response import RefundReceiptResponse
from ...types import Response, path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api2/refund_receipts/{id}.json".format(
            id=path_segment(id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RefundReceiptResponse | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(
            response.content, type=RefundReceiptResponse, strict=False
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

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RefundReceiptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RefundReceiptResponse]:
    """Get a single refund receipt

     One refund receipt by id ("Default module.md" L2709, `GET /refund_receipts/{id}{format}`). The docs
    give the envelope key `data.RefundReceipt` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"RefundReceipt": null}`), so the `RefundReceipt` header is read with
    the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RefundReceiptResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RefundReceiptResponse | None:
    """Get a single refund receipt

     One refund receipt by id ("Default module.md" L2709, `GET /refund_receipts/{id}{format}`). The docs
    give the envelope key `data.RefundReceipt` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"RefundReceipt": null}`), so the `RefundReceipt` header is read with
    the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RefundReceiptResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RefundReceiptResponse]:
    """Get a single refund receipt

     One refund receipt by id ("Default module.md" L2709, `GET /refund_receipts/{id}{format}`). The docs
    give the envelope key `data.RefundReceipt` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"RefundReceipt": null}`), so the `RefundReceipt` header is read with
    the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RefundReceiptResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RefundReceiptResponse | None:
    """Get a single refund receipt

     One refund receipt by id ("Default module.md" L2709, `GET /refund_receipts/{id}{format}`). The docs
    give the envelope key `data.RefundReceipt` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"RefundReceipt": null}`), so the `RefundReceipt` header is read with
    the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RefundReceiptResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
