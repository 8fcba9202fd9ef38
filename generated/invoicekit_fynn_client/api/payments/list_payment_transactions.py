from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.transaction_list import TransactionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    invoice: str | Unset = UNSET,
    customer: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["invoice"] = invoice

    params["customer"] = customer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payment/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TransactionList | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=TransactionList, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_403

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TransactionList]:
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
    invoice: str | Unset = UNSET,
    customer: str | Unset = UNSET,
) -> Response[Problem | TransactionList]:
    """List payment transactions

     Payment transactions, each "a payment, refund or payout" (docs.fynn.eu "Get
    transactions", `GET /payment/transactions`, root property `data`). Required permission
    `transaction:read`. Each names its invoice (`invoice`, an embedded invoice object).
    Paged like the invoice list (`page`, `limit`; GUESS: the same API-Platform pagination).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        invoice (str | Unset):
        customer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        invoice=invoice,
        customer=customer,
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
    invoice: str | Unset = UNSET,
    customer: str | Unset = UNSET,
) -> Problem | TransactionList | None:
    """List payment transactions

     Payment transactions, each "a payment, refund or payout" (docs.fynn.eu "Get
    transactions", `GET /payment/transactions`, root property `data`). Required permission
    `transaction:read`. Each names its invoice (`invoice`, an embedded invoice object).
    Paged like the invoice list (`page`, `limit`; GUESS: the same API-Platform pagination).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        invoice (str | Unset):
        customer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransactionList
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        invoice=invoice,
        customer=customer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    invoice: str | Unset = UNSET,
    customer: str | Unset = UNSET,
) -> Response[Problem | TransactionList]:
    """List payment transactions

     Payment transactions, each "a payment, refund or payout" (docs.fynn.eu "Get
    transactions", `GET /payment/transactions`, root property `data`). Required permission
    `transaction:read`. Each names its invoice (`invoice`, an embedded invoice object).
    Paged like the invoice list (`page`, `limit`; GUESS: the same API-Platform pagination).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        invoice (str | Unset):
        customer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TransactionList]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        invoice=invoice,
        customer=customer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    invoice: str | Unset = UNSET,
    customer: str | Unset = UNSET,
) -> Problem | TransactionList | None:
    """List payment transactions

     Payment transactions, each "a payment, refund or payout" (docs.fynn.eu "Get
    transactions", `GET /payment/transactions`, root property `data`). Required permission
    `transaction:read`. Each names its invoice (`invoice`, an embedded invoice object).
    Paged like the invoice list (`page`, `limit`; GUESS: the same API-Platform pagination).

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        invoice (str | Unset):
        customer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TransactionList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            invoice=invoice,
            customer=customer,
        )
    ).parsed
