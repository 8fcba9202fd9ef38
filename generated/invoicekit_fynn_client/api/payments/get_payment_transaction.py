from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.transaction import Transaction
from ...types import Response, path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payment/transactions/{id}".format(
            id=path_segment(id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Transaction | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=Transaction, strict=False)
        return response_200

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
) -> Response[Problem | Transaction]:
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
) -> Response[Problem | Transaction]:
    """Get a payment transaction

     One payment transaction (docs.fynn.eu "Get transaction", operation
    `getPaymentTransaction`, schema `Transaction-PaymentTransactionDetail`). Required
    permission `transaction:read`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Transaction]
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
) -> Problem | Transaction | None:
    """Get a payment transaction

     One payment transaction (docs.fynn.eu "Get transaction", operation
    `getPaymentTransaction`, schema `Transaction-PaymentTransactionDetail`). Required
    permission `transaction:read`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Transaction
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | Transaction]:
    """Get a payment transaction

     One payment transaction (docs.fynn.eu "Get transaction", operation
    `getPaymentTransaction`, schema `Transaction-PaymentTransactionDetail`). Required
    permission `transaction:read`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Transaction]
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
) -> Problem | Transaction | None:
    """Get a payment transaction

     One payment transaction (docs.fynn.eu "Get transaction", operation
    `getPaymentTransaction`, schema `Transaction-PaymentTransactionDetail`). Required
    permission `transaction:read`.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Transaction
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
