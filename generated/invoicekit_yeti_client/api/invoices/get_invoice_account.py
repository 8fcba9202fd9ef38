from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_document import AccountDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: UUID,
    *,
    fieldsaccounts: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields[accounts]"] = fieldsaccounts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/rest/customer/v1/invoices/{id}/account".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=AccountDocument, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_404

    if response.status_code == 500:
        try:
            response_500 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountDocument | ErrorDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    fieldsaccounts: str | Unset = UNSET,
) -> Response[AccountDocument | ErrorDocument]:
    """Get the invoice's account (related resource)

     The related Account resource (`account_resource.rb`), i.e. the target of
    `relationships.account.links.related`. Its `currency` is the way to learn an invoice's currency.

    Args:
        id (UUID):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        fieldsaccounts=fieldsaccounts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    fieldsaccounts: str | Unset = UNSET,
) -> AccountDocument | ErrorDocument | None:
    """Get the invoice's account (related resource)

     The related Account resource (`account_resource.rb`), i.e. the target of
    `relationships.account.links.related`. Its `currency` is the way to learn an invoice's currency.

    Args:
        id (UUID):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountDocument | ErrorDocument
    """

    return sync_detailed(
        id=id,
        client=client,
        fieldsaccounts=fieldsaccounts,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    fieldsaccounts: str | Unset = UNSET,
) -> Response[AccountDocument | ErrorDocument]:
    """Get the invoice's account (related resource)

     The related Account resource (`account_resource.rb`), i.e. the target of
    `relationships.account.links.related`. Its `currency` is the way to learn an invoice's currency.

    Args:
        id (UUID):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        fieldsaccounts=fieldsaccounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    fieldsaccounts: str | Unset = UNSET,
) -> AccountDocument | ErrorDocument | None:
    """Get the invoice's account (related resource)

     The related Account resource (`account_resource.rb`), i.e. the target of
    `relationships.account.links.related`. Its `currency` is the way to learn an invoice's currency.

    Args:
        id (UUID):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            fieldsaccounts=fieldsaccounts,
        )
    ).parsed
