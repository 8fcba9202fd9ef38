from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoice_list import InvoiceList
from ...models.invoice_status import InvoiceStatus
from ...models.invoice_type import InvoiceType
from ...models.problem import Problem
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    ordercreation_date: SortOrder | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    customer: str | Unset = UNSET,
    number: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_ordercreation_date: str | Unset = UNSET
    if not isinstance(ordercreation_date, Unset):
        json_ordercreation_date = ordercreation_date.value

    params["order[creationDate]"] = json_ordercreation_date

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["customer"] = customer

    params["number"] = number

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceList | Problem | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceList, strict=False)
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

    if response.status_code == 422:
        try:
            response_422 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceList | Problem]:
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
    ordercreation_date: SortOrder | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    customer: str | Unset = UNSET,
    number: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[InvoiceList | Problem]:
    """List invoices

     Paginated invoice list; the documented body is `{"data": [...]}`. Required permission
    `invoice:read`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        ordercreation_date (SortOrder | Unset): API-Platform sort direction.
        status (InvoiceStatus | Unset): Invoice status. STATUS_CLOSED appears in current docs
            (webhook `invoice.closed`) but not
            in the seed's list. A finalized invoice has STATUS_UNPAID.
        type_ (InvoiceType | Unset): Document type. TYPE_CREDIT = credit note, TYPE_CANCEL =
            cancellation document.
        customer (str | Unset):
        number (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        ordercreation_date=ordercreation_date,
        status=status,
        type_=type_,
        customer=customer,
        number=number,
        search=search,
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
    ordercreation_date: SortOrder | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    customer: str | Unset = UNSET,
    number: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> InvoiceList | Problem | None:
    """List invoices

     Paginated invoice list; the documented body is `{"data": [...]}`. Required permission
    `invoice:read`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        ordercreation_date (SortOrder | Unset): API-Platform sort direction.
        status (InvoiceStatus | Unset): Invoice status. STATUS_CLOSED appears in current docs
            (webhook `invoice.closed`) but not
            in the seed's list. A finalized invoice has STATUS_UNPAID.
        type_ (InvoiceType | Unset): Document type. TYPE_CREDIT = credit note, TYPE_CANCEL =
            cancellation document.
        customer (str | Unset):
        number (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceList | Problem
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        ordercreation_date=ordercreation_date,
        status=status,
        type_=type_,
        customer=customer,
        number=number,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    ordercreation_date: SortOrder | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    customer: str | Unset = UNSET,
    number: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[InvoiceList | Problem]:
    """List invoices

     Paginated invoice list; the documented body is `{"data": [...]}`. Required permission
    `invoice:read`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        ordercreation_date (SortOrder | Unset): API-Platform sort direction.
        status (InvoiceStatus | Unset): Invoice status. STATUS_CLOSED appears in current docs
            (webhook `invoice.closed`) but not
            in the seed's list. A finalized invoice has STATUS_UNPAID.
        type_ (InvoiceType | Unset): Document type. TYPE_CREDIT = credit note, TYPE_CANCEL =
            cancellation document.
        customer (str | Unset):
        number (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceList | Problem]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        ordercreation_date=ordercreation_date,
        status=status,
        type_=type_,
        customer=customer,
        number=number,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
    ordercreation_date: SortOrder | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    customer: str | Unset = UNSET,
    number: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> InvoiceList | Problem | None:
    """List invoices

     Paginated invoice list; the documented body is `{"data": [...]}`. Required permission
    `invoice:read`.

    Args:
        page (int | Unset):  Default: 1.
        limit (int | Unset):
        ordercreation_date (SortOrder | Unset): API-Platform sort direction.
        status (InvoiceStatus | Unset): Invoice status. STATUS_CLOSED appears in current docs
            (webhook `invoice.closed`) but not
            in the seed's list. A finalized invoice has STATUS_UNPAID.
        type_ (InvoiceType | Unset): Document type. TYPE_CREDIT = credit note, TYPE_CANCEL =
            cancellation document.
        customer (str | Unset):
        number (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            ordercreation_date=ordercreation_date,
            status=status,
            type_=type_,
            customer=customer,
            number=number,
            search=search,
        )
    ).parsed
