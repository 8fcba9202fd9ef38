import datetime
from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset

from ...models.error_response import ErrorResponse
from ...models.invoice_list_response import InvoiceListResponse
from ...models.invoice_list_type import InvoiceListType
from ...models.recursive_level import RecursiveLevel
from ...models.sort_direction import SortDirection
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_invoices"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    page: int | Unset = 1,
    limit: int | Unset = 20,
    recursive: RecursiveLevel | Unset = UNSET,
    keywords: str | Unset = UNSET,
    client_id: int | Unset = UNSET,
    type_: InvoiceListType | Unset = UNSET,
    client_type: int | Unset = UNSET,
    payment_status: int | Unset = UNSET,
    draft: int | Unset = UNSET,
    follow_up_status: int | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    no: str | Unset = UNSET,
    item: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    po_number: str | Unset = UNSET,
    external_source: str | Unset = UNSET,
    custom_field: str | Unset = UNSET,
    custom_field_label: str | Unset = UNSET,
    subscription_id: int | Unset = UNSET,
    work_order_id: int | Unset = UNSET,
    source_type: int | Unset = UNSET,
    source_id: int | Unset = UNSET,
    order_source_id: int | Unset = UNSET,
    shipping_option_id: int | Unset = UNSET,
    summary_total_from: float | str | Unset = UNSET,
    summary_total_to: float | str | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    due_date_from: datetime.date | Unset = UNSET,
    due_date_to: datetime.date | Unset = UNSET,
    created_from: datetime.date | Unset = UNSET,
    created_to: datetime.date | Unset = UNSET,
    einvoice_status: int | Unset = UNSET,
    requisition_delivery_status: int | Unset = UNSET,
    staff_id: int | Unset = UNSET,
    pos_shift_id: int | Unset = UNSET,
    store_id: int | Unset = UNSET,
    sort: str | Unset = "date",
    direction: SortDirection | Unset = UNSET,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `list_invoices`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_recursive: int | Unset = UNSET
    if not isinstance(recursive, Unset):
        json_recursive = recursive.value

    params["recursive"] = json_recursive

    params["keywords"] = keywords

    params["client_id"] = client_id

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["client_type"] = client_type

    params["payment_status"] = payment_status

    params["draft"] = draft

    params["follow_up_status"] = follow_up_status

    params["currency_code"] = currency_code

    params["no"] = no

    params["item"] = item

    params["tags"] = tags

    params["po_number"] = po_number

    params["external_source"] = external_source

    params["custom_field"] = custom_field

    params["custom_field_label"] = custom_field_label

    params["subscription_id"] = subscription_id

    params["work_order_id"] = work_order_id

    params["source_type"] = source_type

    params["source_id"] = source_id

    params["order_source_id"] = order_source_id

    params["shipping_option_id"] = shipping_option_id

    json_summary_total_from: float | str | Unset
    if isinstance(summary_total_from, Unset):
        json_summary_total_from = UNSET
    else:
        json_summary_total_from = summary_total_from
    params["summary_total_from"] = json_summary_total_from

    json_summary_total_to: float | str | Unset
    if isinstance(summary_total_to, Unset):
        json_summary_total_to = UNSET
    else:
        json_summary_total_to = summary_total_to
    params["summary_total_to"] = json_summary_total_to

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    json_due_date_from: str | Unset = UNSET
    if not isinstance(due_date_from, Unset):
        json_due_date_from = due_date_from.isoformat()
    params["due_date_from"] = json_due_date_from

    json_due_date_to: str | Unset = UNSET
    if not isinstance(due_date_to, Unset):
        json_due_date_to = due_date_to.isoformat()
    params["due_date_to"] = json_due_date_to

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    params["einvoice_status"] = einvoice_status

    params["requisition_delivery_status"] = requisition_delivery_status

    params["staff_id"] = staff_id

    params["pos_shift_id"] = pos_shift_id

    params["store_id"] = store_id

    params["sort"] = sort

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api2/invoices.json",
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | InvoiceListResponse | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceListResponse, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_400

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

    if response.status_code == 500:
        try:
            response_500 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_500

    return None
