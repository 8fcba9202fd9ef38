from typing import Any
from uuid import UUID

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset, path_segment

from ...models.error_document import ErrorDocument
from ...models.invoice_document import InvoiceDocument
from ...models.invoice_include import InvoiceInclude
from ...operations import OPERATIONS

OPERATION = OPERATIONS["get_invoice"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    id: UUID,
    *,
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `get_invoice`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

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
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorDocument | InvoiceDocument | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
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

    return None
