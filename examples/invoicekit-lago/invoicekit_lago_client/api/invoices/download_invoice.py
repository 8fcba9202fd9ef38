from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import path_segment

from ...models.error import Error
from ...models.invoice_response import InvoiceResponse
from ...operations import OPERATIONS

OPERATION = OPERATIONS["download_invoice"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    lago_id: str,
    *,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `download_invoice`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/invoices/{lago_id}/download".format(
            lago_id=path_segment(lago_id),
        ),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> Error | InvoiceResponse | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceResponse, strict=False)
        return response_200

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=Error)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=Error)
        except msgspec.MsgspecError:
            return None
        return response_404

    return None
