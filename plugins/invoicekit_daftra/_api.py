"""Talking to Daftra's api2: credentials, the sans-I/O flows, and its error bodies.

Listing pages with ``page``/``limit`` through ``GET /api2/invoices.json?sort=id&direction=ASC``
(declared in `PAGING`, run by invoicekit; a next-page link back to page 1 ends in its
"pagination loop" error). Invoice ids grow with creation, so the order is oldest first and an
invoice created while you page gets a higher id and lands on a later page (listed if its page
is not fetched yet). Paging is by offset, so an invoice deleted meanwhile shifts the later ones
back by one and the first invoice of the next page can be missed; the client never yields an id
twice.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx
import msgspec

from invoicekit.plugin import Call, ErrorDetail, HeaderAuth, Unsupported
from invoicekit_daftra_client.api.invoices import get_invoice
from invoicekit_daftra_client.models import ErrorResponse

from ._declared import ENVELOPE, PAGING
from ._values import VENDOR

__all__ = [
    "ENVELOPE",
    "PAGING",
    "ApiKeyAuth",
    "download_pdf_flow",
    "parse_error",
]


class ApiKeyAuth(HeaderAuth):
    """Daftra's API key, sent in the ``apikey`` header and alone.

    Daftra's docs warn that an ``Authorization`` header sent together with the API key makes
    authentication fail, so one set elsewhere (``httpx_args`` headers) is removed.
    """

    def __init__(self, api_key: str) -> None:
        super().__init__("apikey", api_key)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set the ``apikey`` header (and drop any ``Authorization``)."""
        request.headers.pop("authorization", None)
        yield from super().auth_flow(request)


class _PdfLink(msgspec.Struct):
    """Just enough of a single-invoice body to find its PDF link."""

    data: _PdfEnvelope


class _PdfEnvelope(msgspec.Struct):
    invoice: _PdfInvoice = msgspec.field(name="Invoice")


class _PdfInvoice(msgspec.Struct):
    invoice_pdf_url: str | None = None


def _pdf_url(body: bytes) -> str | None:
    return msgspec.json.decode(body, type=_PdfLink).data.invoice.invoice_pdf_url


def download_pdf_flow(invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
    """Fetch the invoice, then its ``invoice_pdf_url`` (api2 has no PDF endpoint of its own).

    The link points at the account's own host, so the client sends the credentials with it. If
    Daftra answers with a login page instead of a PDF, the client raises `Unsupported`.
    """
    response = yield Call(get_invoice.build_request(id=invoice_id))
    link = _pdf_url(response.content)
    if not link or not link.strip():
        raise Unsupported(
            VENDOR, "PDF download", f"invoice {invoice_id} has no invoice_pdf_url to fetch"
        )
    try:
        url = httpx.URL(link.strip())
    except httpx.InvalidURL as exc:
        raise Unsupported(VENDOR, "PDF download", "its invoice_pdf_url is not a URL") from exc
    # A relative link hangs from base_url; an absolute one must be a web address.
    if url.scheme not in {"", "http", "https"} or (url.scheme and not url.host):
        raise Unsupported(VENDOR, "PDF download", "its invoice_pdf_url is not an http(s) URL")
    document = yield Call({"method": "GET", "url": url}, purpose="pdf")
    return document.content


def _reasons(errors: object) -> list[str]:
    """``field: reason`` for each entry of a ``validation_errors`` (or v2 ``errors``) object."""
    if not isinstance(errors, dict):
        return []
    reasons = []
    for field, reason in errors.items():
        said = "; ".join(map(str, reason)) if isinstance(reason, list) else reason
        reasons.append(f"{field}: {said}")
    return reasons


def parse_error(response: httpx.Response) -> ErrorDetail:
    """Daftra's ``{"result": "failed", "code": 404, "message": "Invoice not found"}``.

    A 400's ``validation_errors`` are appended to the message as ``field: reason`` pairs.
    Bodies of another shape give what they have (a ``message``; v2's 422 ``errors``).
    """
    try:
        body = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
    except msgspec.MsgspecError:
        return _loose_error(response.content)
    reasons = _reasons(body.validation_errors)
    message = f"{body.message} ({', '.join(reasons)})" if reasons else body.message
    return ErrorDetail(code=str(body.code), message=message or None)


def _loose_error(content: bytes) -> ErrorDetail:
    try:
        body = msgspec.json.decode(content)
    except msgspec.MsgspecError:
        return ErrorDetail()
    if not isinstance(body, dict):
        return ErrorDetail()
    message = body.get("message")
    code = body.get("code")
    reasons = _reasons(body.get("errors"))
    text = message if isinstance(message, str) and message else None
    if reasons:
        text = f"{text or 'error'} ({', '.join(reasons)})"
    return ErrorDetail(
        code=str(code) if isinstance(code, int | str) and not isinstance(code, bool) else None,
        message=text,
    )
