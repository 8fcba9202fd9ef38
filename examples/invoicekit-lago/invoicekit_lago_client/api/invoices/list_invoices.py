import datetime
from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset

from ...models.error import Error
from ...models.invoice_status import InvoiceStatus
from ...models.invoices_page import InvoicesPage
from ...models.payment_status import PaymentStatus
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_invoices"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    issuing_date_from: datetime.date | Unset = UNSET,
    issuing_date_to: datetime.date | Unset = UNSET,
    status: InvoiceStatus | Unset = UNSET,
    payment_status: PaymentStatus | Unset = UNSET,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `list_invoices`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    json_issuing_date_from: str | Unset = UNSET
    if not isinstance(issuing_date_from, Unset):
        json_issuing_date_from = issuing_date_from.isoformat()
    params["issuing_date_from"] = json_issuing_date_from

    json_issuing_date_to: str | Unset = UNSET
    if not isinstance(issuing_date_to, Unset):
        json_issuing_date_to = issuing_date_to.isoformat()
    params["issuing_date_to"] = json_issuing_date_to

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_payment_status: str | Unset = UNSET
    if not isinstance(payment_status, Unset):
        json_payment_status = payment_status.value

    params["payment_status"] = json_payment_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/invoices",
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | InvoicesPage | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoicesPage, strict=False)
        return response_200

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=Error)
        except msgspec.MsgspecError:
            return None
        return response_401

    return None
