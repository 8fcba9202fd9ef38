from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset

from ...models.collection_method import CollectionMethod
from ...models.error_response import ErrorResponse
from ...models.invoice_list import InvoiceList
from ...models.invoice_status import InvoiceStatus
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_invoices"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
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
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `list_invoices`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
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
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | InvoiceList | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
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

    return None
