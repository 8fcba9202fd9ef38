from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_note_response import CreditNoteResponse
from ...models.error_response import ErrorResponse
from ...types import Response, path_segment


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api2/credit_notes/{id}.json".format(
            id=path_segment(id),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditNoteResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=CreditNoteResponse, strict=False)
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
) -> Response[CreditNoteResponse | ErrorResponse]:
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
) -> Response[CreditNoteResponse | ErrorResponse]:
    """Get a single credit note

     One credit note by id ("Default module.md" L2228, `GET /credit_notes/{id}{format}`). The docs
    give the envelope key `data.CreditNote` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"CreditNote": null}`), so the `CreditNote` header is read with the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNoteResponse | ErrorResponse]
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
) -> CreditNoteResponse | ErrorResponse | None:
    """Get a single credit note

     One credit note by id ("Default module.md" L2228, `GET /credit_notes/{id}{format}`). The docs
    give the envelope key `data.CreditNote` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"CreditNote": null}`), so the `CreditNote` header is read with the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNoteResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CreditNoteResponse | ErrorResponse]:
    """Get a single credit note

     One credit note by id ("Default module.md" L2228, `GET /credit_notes/{id}{format}`). The docs
    give the envelope key `data.CreditNote` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"CreditNote": null}`), so the `CreditNote` header is read with the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditNoteResponse | ErrorResponse]
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
) -> CreditNoteResponse | ErrorResponse | None:
    """Get a single credit note

     One credit note by id ("Default module.md" L2228, `GET /credit_notes/{id}{format}`). The docs
    give the envelope key `data.CreditNote` (an allOf of the invoice base, client, items, payments,
    ...; the example body is only `{"CreditNote": null}`), so the `CreditNote` header is read with the
    invoice schema and its associations inside or beside it, as for invoices (GUESS: the
    nesting follows the single-invoice endpoint). Daftra keeps all document types in one id
    sequence, which is why the single-invoice endpoint answers 404 for this id (L782-790).

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditNoteResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
