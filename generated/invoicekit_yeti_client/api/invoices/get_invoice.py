from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.invoice_document import InvoiceDocument
from ...models.invoice_include import InvoiceInclude
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: UUID,
    *,
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["fields[invoices]"] = fieldsinvoices

    params["fields[accounts]"] = fieldsaccounts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/rest/customer/v1/invoices/{id}".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | InvoiceDocument | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceDocument, strict=False)
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
) -> Response[ErrorDocument | InvoiceDocument]:
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
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
) -> Response[ErrorDocument | InvoiceDocument]:
    """Get one invoice

     One approved invoice of the customer by UUID. With `include=account` the relationship carries `data`
    and the account is in the top-level `included`.

    Args:
        id (UUID):
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | InvoiceDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        fieldsinvoices=fieldsinvoices,
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
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
) -> ErrorDocument | InvoiceDocument | None:
    """Get one invoice

     One approved invoice of the customer by UUID. With `include=account` the relationship carries `data`
    and the account is in the top-level `included`.

    Args:
        id (UUID):
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | InvoiceDocument
    """

    return sync_detailed(
        id=id,
        client=client,
        include=include,
        fieldsinvoices=fieldsinvoices,
        fieldsaccounts=fieldsaccounts,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
) -> Response[ErrorDocument | InvoiceDocument]:
    """Get one invoice

     One approved invoice of the customer by UUID. With `include=account` the relationship carries `data`
    and the account is in the top-level `included`.

    Args:
        id (UUID):
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | InvoiceDocument]
    """

    kwargs = _get_kwargs(
        id=id,
        include=include,
        fieldsinvoices=fieldsinvoices,
        fieldsaccounts=fieldsaccounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
) -> ErrorDocument | InvoiceDocument | None:
    """Get one invoice

     One approved invoice of the customer by UUID. With `include=account` the relationship carries `data`
    and the account is in the top-level `included`.

    Args:
        id (UUID):
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | InvoiceDocument
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            include=include,
            fieldsinvoices=fieldsinvoices,
            fieldsaccounts=fieldsaccounts,
        )
    ).parsed
