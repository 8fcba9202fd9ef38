"""Talking to Stripe's API: key and id checks, filters, the sans-I/O flows and error bodies.

Requests come from the generated client's ``build_request`` (paths and parameter names follow
the spec); invoicekit's client sends them. Every API request carries ``Stripe-Version:
2024-06-20``, the version the spec describes, so the shape of the answer does not depend on
the account's default API version (the mapping still reads the fields of later versions).

Authentication
    ``Authorization: Bearer <api_key>`` with a secret key (``sk_...``) or a restricted key
    (``rk_...``) that may read invoices. A publishable key (``pk_...``) can never read
    invoices, so it is refused before any request. Connected accounts (the ``Stripe-Account``
    header) are not supported.

Getting one invoice
    ``GET /v1/invoices/{id}``. Stripe invoice ids start with ``in_``; anything else is refused
    before a request.

Every line
    An invoice object embeds only its first 10 lines; when ``lines.has_more`` says more follow,
    the rest comes from ``GET /v1/invoices/{id}/lines?limit=100&starting_after=<last line>``
    (`invoicekit_stripe._all_lines`), for one invoice and for each listed invoice alike, so
    every `Invoice` has all its lines. Its `Invoice.raw` is the invoice's JSON with every
    line spliced into ``lines.data`` (``has_more`` false).

Listing
    ``GET /v1/invoices?limit=N``, then ``starting_after=<id of the last invoice>`` while
    ``has_more`` is true (declared as `PAGING`, run by invoicekit). ``limit`` is
    ``page_size`` (1-100), else 100, Stripe's largest page.
    Stripe lists **newest first** (by creation) and has no ascending order, so this vendor
    cannot list oldest first. Paging is by cursor, not by offset: invoices created while you
    page appear at the head of the list, before the cursor, so the walk neither repeats nor
    skips the older invoices it has yet to reach, and it does not pick up the new ones. A page
    that says ``has_more`` but is empty, or that ends on the invoice the previous page ended
    on, means the cursor was ignored: listing stops with `invoicekit.Unsupported` rather than
    loop or return a truncated list as complete.

Filters
    ``page_size`` → ``limit``. ``status`` → Stripe's ``status``, one per request: draft,
    open, partially_paid, paid, overpaid or void. Stripe's status is coarser than
    invoicekit's (an ``open`` Stripe invoice may normalize to open or partially_paid, a
    ``paid`` one to paid or overpaid), so the flow asks Stripe for the coarse status and keeps
    only the invoices whose normalized status is the one asked for. ``unknown`` cannot be
    filtered (it also covers null and future statuses, which no Stripe filter selects), nor
    can issued, refunded, or several statuses at once.
    ``issued_since``/``issued_until`` are **not** supported: Stripe filters on ``created``,
    and the issue date (``effective_at``, which the merchant may set to any date, or
    ``finalized_at``) is neither bounded by nor equal to the creation time, so a ``created``
    range would silently drop or add invoices. Stripe's list has no last-change filter:
    ``updated_since`` reads the Events API instead (`invoicekit_stripe._events`).
    Stripe's own list parameters pass through as native filters: ``customer``,
    ``subscription``, ``collection_method``, and ``created[gte]``, ``created[gt]``,
    ``created[lte]``, ``created[lt]``, ``due_date[gte]``, ``due_date[gt]``,
    ``due_date[lte]``, ``due_date[lt]`` (Unix seconds, or an ISO 8601 date-time with a UTC
    offset; for example ``client.list_invoices(**{"created[gte]": "2024-07-01T00:00:00Z"})``).

PDF
    ``GET /v1/invoices/{id}`` for its ``invoice_pdf`` link, then that link (``purpose="pdf"``).
    The link lives on another host (``pay.stripe.com``, redirecting to ``files.stripe.com``)
    and is a public signed link, so the client sends it without the API key. A draft has no
    PDF yet: `invoicekit.Unsupported`.

Errors
    Stripe answers errors with ``{"error": {"type", "code", "message", "param", ...}}``:
    `parse_error` gives ``code`` (else ``type``) and ``message``, with any echo of the API key
    cut out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator, Mapping
from typing import Any

import httpx
import msgspec
from invoicekit import ConfigurationError, Invoice, InvoiceStatus, NormalizationError, Unsupported
from invoicekit.plugin import Call, ErrorDetail, ListQuery, RawPage, mask_text, read_invoice, rooted

from invoicekit_stripe_client.api.invoices import get_invoice, list_invoices
from invoicekit_stripe_client.models import CollectionMethod
from invoicekit_stripe_client.models import Invoice as StripeInvoice
from invoicekit_stripe_client.models import InvoiceStatus as StripeStatus

from ._all_lines import complete_lines
from ._declared import DEFAULT_PAGE_SIZE, ENVELOPE, MAX_PAGE_SIZE, PAGING
from ._mapping import decode_invoice, to_invoice
from ._values import VENDOR

__all__ = [
    "DEFAULT_PAGE_SIZE",
    "ENVELOPE",
    "FILTER_STATUSES",
    "MAX_PAGE_SIZE",
    "NATIVE_FILTERS",
    "PAGING",
    "STRIPE_VERSION",
    "check_api_key",
    "check_id",
    "download_pdf_flow",
    "get_invoice_flow",
    "list_request",
    "map_invoice",
    "normalize_body",
    "parse_error",
    "read_page",
    "status_filter",
    "whole_invoice",
]

#: The API version the spec describes; sent with every API request.
STRIPE_VERSION = "2024-06-20"
#: Normalized status → the Stripe status to ask for (the flow then keeps only that status).
FILTER_STATUSES: dict[InvoiceStatus, StripeStatus] = {
    InvoiceStatus.DRAFT: StripeStatus.DRAFT,
    InvoiceStatus.OPEN: StripeStatus.OPEN,
    InvoiceStatus.PARTIALLY_PAID: StripeStatus.OPEN,
    InvoiceStatus.PAID: StripeStatus.PAID,
    InvoiceStatus.OVERPAID: StripeStatus.PAID,
    InvoiceStatus.VOID: StripeStatus.VOID,
}
_RANGES = ("created", "due_date")
_PREDICATES = ("gte", "gt", "lte", "lt")
#: Stripe's list parameters passed through as given (see "Filters").
NATIVE_FILTERS: frozenset[str] = frozenset(
    {"customer", "subscription", "collection_method"}
    | {f"{field}[{op}]" for field in _RANGES for op in _PREDICATES}
)

_ID = re.compile(r"in_[A-Za-z0-9]{1,250}")
_API_KEY = re.compile(r"[\x21-\x7e]+")
_INTEGER = re.compile(r"-?[0-9]{1,12}")
_MAX_MESSAGE = 1000
# Stripe echoes a refused key partly starred ("sk_test_****1234"); its prefix and last four
# characters still tell keys apart, so the whole value is masked.
_ECHOED_KEY = re.compile(r"(?i)(api key provided:\s*)[^\s,;]+")


def check_api_key(api_key: str) -> None:
    """Refuse a key that cannot be a bearer token or cannot read invoices (never shown)."""
    if not isinstance(api_key, str) or not _API_KEY.fullmatch(api_key):
        raise ConfigurationError(
            "api_key must be one token of visible ASCII characters (no spaces or line breaks)",
            vendor=VENDOR,
        )
    if api_key.startswith("pk_"):
        raise ConfigurationError(
            "api_key is a publishable key (pk_...), which cannot read invoices; "
            "use a secret key (sk_...) or a restricted key (rk_...)",
            vendor=VENDOR,
        )


def check_id(invoice_id: str) -> None:
    """Stripe invoice ids look like ``in_1PXs3aLkdIwHu7ix0oVq7Wcx``."""
    if not _ID.fullmatch(invoice_id):
        raise ConfigurationError(
            f"{invoice_id[:40]!r} is not a Stripe invoice id (in_...)", vendor=VENDOR
        )


def status_filter(statuses: tuple[InvoiceStatus, ...]) -> tuple[str, ...]:
    """The one normalized status to list, as the token the listing flow reads (its value)."""
    wanted = set(statuses)
    if len(wanted) > 1:
        raise Unsupported(
            VENDOR,
            f"filtering by several statuses at once ({', '.join(sorted(wanted))})",
            "Stripe's list takes one status per request",
        )
    status = wanted.pop()
    if status not in FILTER_STATUSES:
        supported = ", ".join(sorted(FILTER_STATUSES))
        raise Unsupported(VENDOR, f"the {status.value!r} status filter", f"it filters {supported}")
    return (status.value,)


def map_invoice(raw: msgspec.Raw, context: object = None) -> Invoice:
    """One invoice object (its own bytes ``raw``); msgspec's errors escape with their paths."""
    return to_invoice(decode_invoice(raw), raw)


def normalize_body(body: bytes) -> Invoice:
    """Normalize one invoice's JSON, raising only `NormalizationError` for a bad payload."""
    return read_invoice(VENDOR, ENVELOPE, body, map_invoice)


def _decoded_and_mapped(raw: msgspec.Raw) -> tuple[StripeInvoice, Invoice]:
    item = decode_invoice(raw)
    return item, to_invoice(item, raw)


def read_page(query: ListQuery, page: RawPage) -> Generator[Call, httpx.Response, list[Invoice]]:
    """The page's invoices of the status asked for (all without one), each with every line.

    Stripe's status is coarser than invoicekit's (see "Filters"), so the list asks Stripe for
    the coarse status and keeps here only the invoices of the one asked for. The status does
    not depend on the lines, so an invoice the filter drops costs no lines request.
    """
    wanted = InvoiceStatus(query.status[0]) if query.status else None
    invoices = []
    for index, raw in enumerate(page.items):
        item, invoice = page.invoice(index, _decoded_and_mapped)
        if wanted is not None and invoice.status is not wanted:
            continue
        if item.lines.has_more:
            invoice = yield from whole_invoice(item, bytes(raw), page.where(index))
        invoices.append(invoice)
    return invoices


def whole_invoice(
    item: StripeInvoice, raw: bytes, path: str
) -> Generator[Call, httpx.Response, Invoice]:
    """``raw`` (decoded as ``item``) normalized with every line; errors name ``path``."""
    whole = yield from complete_lines(item.id, item.lines, raw, STRIPE_VERSION)
    return rooted(VENDOR, path, lambda: map_invoice(msgspec.Raw(whole)))


def get_invoice_flow(invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
    """``GET /v1/invoices/{id}`` with every line (see "Every line"), normalized."""
    response = yield Call(get_invoice.build_request(invoice_id, stripe_version=STRIPE_VERSION))
    item = decode_invoice(response.content)
    whole = yield from complete_lines(item.id, item.lines, response.content, STRIPE_VERSION)
    return normalize_body(whole)


def _unix_seconds(name: str, value: str) -> int:
    text = value.strip()
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        raise ConfigurationError(
            f"{name} takes Unix seconds or an ISO 8601 date-time with a UTC offset, "
            f"got {value[:40]!r}",
            vendor=VENDOR,
        )
    return int(moment.timestamp())


def _native_params(native: Mapping[str, str]) -> dict[str, Any]:
    """The native filters as ``build_request`` arguments (``created[gte]`` → ``createdgte``)."""
    params: dict[str, Any] = {}
    for name, value in native.items():
        if name == "collection_method":
            params[name] = CollectionMethod(value)  # open enum: any value is sent as given
        elif name in {"customer", "subscription"}:
            params[name] = value
        else:
            params[name.replace("[", "").replace("]", "")] = _unix_seconds(name, value)
    return params


def list_request(query: ListQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """One page of ``GET /v1/invoices`` (``params``: its cursor and limit), newest first; see
    the module docstring."""
    native = _native_params(query.native)  # bad values fail here, before any request
    wanted = InvoiceStatus(query.status[0]) if query.status else None
    kwargs: dict[str, Any] = list_invoices.build_request(
        **params,
        status=FILTER_STATUSES[wanted] if wanted is not None else msgspec.UNSET,
        stripe_version=STRIPE_VERSION,
        **native,
    )
    return kwargs


def download_pdf_flow(invoice_id: str) -> Generator[Call, httpx.Response, bytes]:
    """The invoice's ``invoice_pdf`` link, fetched without credentials (another host)."""
    response = yield Call(get_invoice.build_request(invoice_id, stripe_version=STRIPE_VERSION))
    invoice = normalize_body(response.content)
    if invoice.pdf_url is None:
        raise Unsupported(
            VENDOR,
            f"the PDF of invoice {invoice_id}",
            f"it has no invoice_pdf link (status {invoice.status_raw}); "
            "Stripe creates the PDF when a draft is finalized",
        )
    url = httpx.URL(invoice.pdf_url)
    if url.scheme not in {"http", "https"} or not url.host:
        raise NormalizationError(VENDOR, "$.invoice_pdf", "the PDF link is not an http(s) URL")
    document = yield Call({"method": "GET", "url": str(url)}, purpose="pdf")
    return document.content


def parse_error(response: httpx.Response) -> ErrorDetail:
    """Stripe's ``error.code`` (else ``error.type``) and ``error.message``, as far as they parse.

    Read leniently (not with the generated model, which requires ``type``): an error answer
    that is only partly Stripe's shape still gives what it has.
    """
    try:
        document = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return ErrorDetail()
    error = document.get("error") if isinstance(document, dict) else None
    if not isinstance(error, dict):
        return ErrorDetail()
    code = _first_text(error.get("code"), error.get("type"))
    message = _first_text(error.get("message"))
    return ErrorDetail(code=_redacted(code, response), message=_redacted(message, response))


def _first_text(*values: object) -> str | None:
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _redacted(value: str | None, response: httpx.Response) -> str | None:
    """Mask the API key where a message echoes it (whole values only), bound the length."""
    if value is None:
        return None
    value = _ECHOED_KEY.sub(r"\1***", value)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built without its request
        request = None
    if request is not None:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        keys = [key] if scheme.lower() == "bearer" else []
        value = mask_text(value, keys, keep=[request.url.path])
    return value[:_MAX_MESSAGE]
