from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_line_list import InvoiceLineList
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    invoice: str,
    *,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(stripe_version, Unset):
        headers["Stripe-Version"] = stripe_version

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/{invoice}/lines".format(
            invoice=path_segment(invoice),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceLineList | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceLineList)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 402:
        try:
            response_402 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_402

    if response.status_code == 403:
        try:
            response_403 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_403

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_404

    if response.status_code == 429:
        try:
            response_429 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_429

    if response.status_code == 500:
        try:
            response_500 = msgspec.json.decode(response.content, type=ErrorResponse)
        except msgspec.MsgspecError:
            return None
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceLineList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceLineList]:
    """Retrieve an invoice's line items

     The invoice's line items, in the invoice's order, as a list object. An invoice embeds only
    the first page of its lines (`lines`, 10 items); this endpoint pages through all of them
    by cursor: while `has_more` is true, fetch the next page with `starting_after=<id of the
    last line of data>`. Source: https://docs.stripe.com/api/invoice-line-item/retrieve
    (`limit` 1-100, default 10; `starting_after`, `ending_before`).

    Args:
        invoice (str):
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceLineList]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        expand=expand,
        stripe_version=stripe_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> ErrorResponse | InvoiceLineList | None:
    """Retrieve an invoice's line items

     The invoice's line items, in the invoice's order, as a list object. An invoice embeds only
    the first page of its lines (`lines`, 10 items); this endpoint pages through all of them
    by cursor: while `has_more` is true, fetch the next page with `starting_after=<id of the
    last line of data>`. Source: https://docs.stripe.com/api/invoice-line-item/retrieve
    (`limit` 1-100, default 10; `starting_after`, `ending_before`).

    Args:
        invoice (str):
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceLineList
    """

    return sync_detailed(
        invoice=invoice,
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        expand=expand,
        stripe_version=stripe_version,
    ).parsed


async def asyncio_detailed(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceLineList]:
    """Retrieve an invoice's line items

     The invoice's line items, in the invoice's order, as a list object. An invoice embeds only
    the first page of its lines (`lines`, 10 items); this endpoint pages through all of them
    by cursor: while `has_more` is true, fetch the next page with `starting_after=<id of the
    last line of data>`. Source: https://docs.stripe.com/api/invoice-line-item/retrieve
    (`limit` 1-100, default 10; `starting_after`, `ending_before`).

    Args:
        invoice (str):
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceLineList]
    """

    kwargs = _get_kwargs(
        invoice=invoice,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        expand=expand,
        stripe_version=stripe_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> ErrorResponse | InvoiceLineList | None:
    """Retrieve an invoice's line items

     The invoice's line items, in the invoice's order, as a list object. An invoice embeds only
    the first page of its lines (`lines`, 10 items); this endpoint pages through all of them
    by cursor: while `has_more` is true, fetch the next page with `starting_after=<id of the
    last line of data>`. Source: https://docs.stripe.com/api/invoice-line-item/retrieve
    (`limit` 1-100, default 10; `starting_after`, `ending_before`).

    Args:
        invoice (str):
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceLineList
    """

    return (
        await asyncio_detailed(
            invoice=invoice,
            client=client,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            expand=expand,
            stripe_version=stripe_version,
        )
    ).parsed
