from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_relationship_document import AccountRelationshipDocument
from ...models.error_document import ErrorDocument
from ...types import Response, path_segment


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/rest/customer/v1/invoices/{id}/relationships/account".format(
            id=path_segment(id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountRelationshipDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=AccountRelationshipDocument)
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountRelationshipDocument | ErrorDocument]:
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
) -> Response[AccountRelationshipDocument | ErrorDocument]:
    """Get the invoice's account linkage (relationship object)

     `jsonapi_relationships only: :show` on `invoices` (`config/routes.rb`): the relationship object of
    `account`, i.e. the target of `relationships.account.links.self`: its `links` and the resource
    linkage `{type: accounts, id}` (the account UUID), without the account's attributes.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRelationshipDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> AccountRelationshipDocument | ErrorDocument | None:
    """Get the invoice's account linkage (relationship object)

     `jsonapi_relationships only: :show` on `invoices` (`config/routes.rb`): the relationship object of
    `account`, i.e. the target of `relationships.account.links.self`: its `links` and the resource
    linkage `{type: accounts, id}` (the account UUID), without the account's attributes.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRelationshipDocument | ErrorDocument
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AccountRelationshipDocument | ErrorDocument]:
    """Get the invoice's account linkage (relationship object)

     `jsonapi_relationships only: :show` on `invoices` (`config/routes.rb`): the relationship object of
    `account`, i.e. the target of `relationships.account.links.self`: its `links` and the resource
    linkage `{type: accounts, id}` (the account UUID), without the account's attributes.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountRelationshipDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> AccountRelationshipDocument | ErrorDocument | None:
    """Get the invoice's account linkage (relationship object)

     `jsonapi_relationships only: :show` on `invoices` (`config/routes.rb`): the relationship object of
    `account`, i.e. the target of `relationships.account.links.self`: its `links` and the resource
    linkage `{type: accounts, id}` (the account UUID), without the account's attributes.

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountRelationshipDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
