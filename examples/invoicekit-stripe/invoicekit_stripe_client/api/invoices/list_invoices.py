from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection_method import CollectionMethod
from ...models.error_response import ErrorResponse
from ...models.invoice_list import InvoiceList
from ...models.invoice_status import InvoiceStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    collection_method: CollectionMethod | Unset = UNSET,
    createdgte: int | Unset = UNSET,
    createdlte: int | Unset = UNSET,
    createdgt: int | Unset = UNSET,
    createdlt: int | Unset = UNSET,
    due_dategte: int | Unset = UNSET,
    due_datelte: int | Unset = UNSET,
    due_dategt: int | Unset = UNSET,
    due_datelt: int | Unset = UNSET,
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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["customer"] = customer

    params["subscription"] = subscription

    json_collection_method: str | Unset = UNSET
    if not isinstance(collection_method, Unset):
        json_collection_method = collection_method.value

    params["collection_method"] = json_collection_method

    params["created[gte]"] = createdgte

    params["created[lte]"] = createdlte

    params["created[gt]"] = createdgt

    params["created[lt]"] = createdlt

    params["due_date[gte]"] = due_dategte

    params["due_date[lte]"] = due_datelte

    params["due_date[gt]"] = due_dategt

    params["due_date[lt]"] = due_datelt

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceList | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceList, strict=False)
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
) -> Response[ErrorResponse | InvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    collection_method: CollectionMethod | Unset = UNSET,
    createdgte: int | Unset = UNSET,
    createdlte: int | Unset = UNSET,
    createdgt: int | Unset = UNSET,
    createdlt: int | Unset = UNSET,
    due_dategte: int | Unset = UNSET,
    due_datelte: int | Unset = UNSET,
    due_dategt: int | Unset = UNSET,
    due_datelt: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceList]:
    """List invoices

     Invoices, sorted by creation date with the most recent first. Cursor pagination: while
    `has_more` is true, fetch the next page with `starting_after=<id of the last item of
    data>` (or the previous page with `ending_before=<id of the first item>`). `created`
    and `due_date` also accept an exact value (`created=<unix seconds>`), not modelled here.

    Args:
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. `draft` until finalized; then `open`
            (awaiting payment), `paid`,
            `uncollectible` or `void`.
        customer (str | Unset):
        subscription (str | Unset):
        collection_method (CollectionMethod | Unset): `charge_automatically`: Stripe charges the
            customer's default payment method;
            `send_invoice`: Stripe emails the invoice with payment instructions (has a `due_date`).
        createdgte (int | Unset):
        createdlte (int | Unset):
        createdgt (int | Unset):
        createdlt (int | Unset):
        due_dategte (int | Unset):
        due_datelte (int | Unset):
        due_dategt (int | Unset):
        due_datelt (int | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        status=status,
        customer=customer,
        subscription=subscription,
        collection_method=collection_method,
        createdgte=createdgte,
        createdlte=createdlte,
        createdgt=createdgt,
        createdlt=createdlt,
        due_dategte=due_dategte,
        due_datelte=due_datelte,
        due_dategt=due_dategt,
        due_datelt=due_datelt,
        expand=expand,
        stripe_version=stripe_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    collection_method: CollectionMethod | Unset = UNSET,
    createdgte: int | Unset = UNSET,
    createdlte: int | Unset = UNSET,
    createdgt: int | Unset = UNSET,
    createdlt: int | Unset = UNSET,
    due_dategte: int | Unset = UNSET,
    due_datelte: int | Unset = UNSET,
    due_dategt: int | Unset = UNSET,
    due_datelt: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> ErrorResponse | InvoiceList | None:
    """List invoices

     Invoices, sorted by creation date with the most recent first. Cursor pagination: while
    `has_more` is true, fetch the next page with `starting_after=<id of the last item of
    data>` (or the previous page with `ending_before=<id of the first item>`). `created`
    and `due_date` also accept an exact value (`created=<unix seconds>`), not modelled here.

    Args:
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. `draft` until finalized; then `open`
            (awaiting payment), `paid`,
            `uncollectible` or `void`.
        customer (str | Unset):
        subscription (str | Unset):
        collection_method (CollectionMethod | Unset): `charge_automatically`: Stripe charges the
            customer's default payment method;
            `send_invoice`: Stripe emails the invoice with payment instructions (has a `due_date`).
        createdgte (int | Unset):
        createdlte (int | Unset):
        createdgt (int | Unset):
        createdlt (int | Unset):
        due_dategte (int | Unset):
        due_datelte (int | Unset):
        due_dategt (int | Unset):
        due_datelt (int | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        status=status,
        customer=customer,
        subscription=subscription,
        collection_method=collection_method,
        createdgte=createdgte,
        createdlte=createdlte,
        createdgt=createdgt,
        createdlt=createdlt,
        due_dategte=due_dategte,
        due_datelte=due_datelte,
        due_dategt=due_dategt,
        due_datelt=due_datelt,
        expand=expand,
        stripe_version=stripe_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    collection_method: CollectionMethod | Unset = UNSET,
    createdgte: int | Unset = UNSET,
    createdlte: int | Unset = UNSET,
    createdgt: int | Unset = UNSET,
    createdlt: int | Unset = UNSET,
    due_dategte: int | Unset = UNSET,
    due_datelte: int | Unset = UNSET,
    due_dategt: int | Unset = UNSET,
    due_datelt: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceList]:
    """List invoices

     Invoices, sorted by creation date with the most recent first. Cursor pagination: while
    `has_more` is true, fetch the next page with `starting_after=<id of the last item of
    data>` (or the previous page with `ending_before=<id of the first item>`). `created`
    and `due_date` also accept an exact value (`created=<unix seconds>`), not modelled here.

    Args:
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. `draft` until finalized; then `open`
            (awaiting payment), `paid`,
            `uncollectible` or `void`.
        customer (str | Unset):
        subscription (str | Unset):
        collection_method (CollectionMethod | Unset): `charge_automatically`: Stripe charges the
            customer's default payment method;
            `send_invoice`: Stripe emails the invoice with payment instructions (has a `due_date`).
        createdgte (int | Unset):
        createdlte (int | Unset):
        createdgt (int | Unset):
        createdlt (int | Unset):
        due_dategte (int | Unset):
        due_datelte (int | Unset):
        due_dategt (int | Unset):
        due_datelt (int | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        status=status,
        customer=customer,
        subscription=subscription,
        collection_method=collection_method,
        createdgte=createdgte,
        createdlte=createdlte,
        createdgt=createdgt,
        createdlt=createdlt,
        due_dategte=due_dategte,
        due_datelte=due_datelte,
        due_dategt=due_dategt,
        due_datelt=due_datelt,
        expand=expand,
        stripe_version=stripe_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    collection_method: CollectionMethod | Unset = UNSET,
    createdgte: int | Unset = UNSET,
    createdlte: int | Unset = UNSET,
    createdgt: int | Unset = UNSET,
    createdlt: int | Unset = UNSET,
    due_dategte: int | Unset = UNSET,
    due_datelte: int | Unset = UNSET,
    due_dategt: int | Unset = UNSET,
    due_datelt: int | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
    stripe_version: str | Unset = UNSET,
) -> ErrorResponse | InvoiceList | None:
    """List invoices

     Invoices, sorted by creation date with the most recent first. Cursor pagination: while
    `has_more` is true, fetch the next page with `starting_after=<id of the last item of
    data>` (or the previous page with `ending_before=<id of the first item>`). `created`
    and `due_date` also accept an exact value (`created=<unix seconds>`), not modelled here.

    Args:
        limit (int | Unset):  Default: 10.
        starting_after (str | Unset):
        ending_before (str | Unset):
        status (InvoiceStatus | Unset): Invoice status. `draft` until finalized; then `open`
            (awaiting payment), `paid`,
            `uncollectible` or `void`.
        customer (str | Unset):
        subscription (str | Unset):
        collection_method (CollectionMethod | Unset): `charge_automatically`: Stripe charges the
            customer's default payment method;
            `send_invoice`: Stripe emails the invoice with payment instructions (has a `due_date`).
        createdgte (int | Unset):
        createdlte (int | Unset):
        createdgt (int | Unset):
        createdlt (int | Unset):
        due_dategte (int | Unset):
        due_datelte (int | Unset):
        due_dategt (int | Unset):
        due_datelt (int | Unset):
        expand (list[str] | Unset):
        stripe_version (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            status=status,
            customer=customer,
            subscription=subscription,
            collection_method=collection_method,
            createdgte=createdgte,
            createdlte=createdlte,
            createdgt=createdgt,
            createdlt=createdlt,
            due_dategte=due_dategte,
            due_datelte=due_datelte,
            due_dategt=due_dategt,
            due_datelt=due_datelt,
            expand=expand,
            stripe_version=stripe_version,
        )
    ).parsed
