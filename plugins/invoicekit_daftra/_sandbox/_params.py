"""The Daftra sandbox's list parameters: paging, order and filters, checked and converted.

List parameters
    ``page`` (default 1), ``limit`` (default 20; above 1000, the maximum the daftradocs222 page
    states, is a 400, as are a non-integer or a value below 1), ``recursive`` (-1 header only;
    0 header and ``Client`` beside it, the default; 1 the full invoice with ``Client``,
    ``InvoiceItem`` and ``InvoicePayment`` nested inside ``Invoice``, exactly as the
    single-invoice endpoint answers), ``sort`` (``id``, ``date``, ``no`` or ``created``; default
    ``date``; another field is a 400) and ``direction`` (``ASC``/``DESC``, default ``DESC``).
    ``recursive`` is read with PHP's ``(int)`` cast (``"a"`` is 0, values beyond +-1 clamp) and
    a ``direction`` other than ``ASC`` means the default, as a CakePHP app reads them. Ids,
    dates, numbers and creation times all grow with the invoice's index, so every sort is index
    order (ties on ``date`` broken by id in the same direction) and the plugin's
    ``sort=id&direction=ASC`` is oldest first, the order of `invoice_ids`. ``pagination`` is
    ``{"prev", "next", "page", "page_count", "total_results"}`` with relative
    ``/api2/invoices/?...`` links (the documented form) that keep the other parameters; a page
    past the end has an empty ``data``.

Undocumented parameters
    A parameter Daftra does not document, or a value of the wrong type, answers 400 with
    ``validation_errors`` (a sandbox choice: the docs do not say what api2 does with them, and
    silently ignoring a typo would hide a bug). What the filters do is described in
    `._filters`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from invoicekit.sandbox import SandboxRequest

from ._errors import BadRequest

__all__ = ["Paging", "filters", "paging"]

_MAX_LIMIT = 1000
_DEFAULT_LIMIT = 20


def _integer(name: str, value: str) -> int:
    text = value.strip()
    digits = text[1:] if text.startswith("-") else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 18:
        raise BadRequest({name: "must be an integer"})
    return int(text)


def _php_int(value: str) -> int:
    """PHP's ``(int)`` cast: the leading integer of ``value``, or 0 when there is none."""
    match = re.match(r"\s*([+-]?[0-9]{1,18})", value)
    return int(match.group(1)) if match else 0


def _day(name: str, value: str) -> date:
    text = value.strip()
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise BadRequest({name: "Invalid date"})


def _decimal(name: str, value: str) -> Decimal:
    text = value.strip()
    whole, _, fraction = text.removeprefix("-").partition(".")
    if not (whole.isascii() and whole.isdigit()) or (
        fraction and not (fraction.isascii() and fraction.isdigit())
    ):
        raise BadRequest({name: "must be a number"})
    return Decimal(text)


def _text(name: str, value: str) -> str:
    return value.strip()


# Documented list parameters -> how a value is read. Blank values count as not given, as
# CakePHP list filters skip empty values.
_PAGING = {"page", "limit", "recursive", "sort", "direction"}
_INTEGER_FILTERS = (
    "client_id",
    "client_type",
    "payment_status",
    "draft",
    "follow_up_status",
    "subscription_id",
    "work_order_id",
    "source_type",
    "source_id",
    "order_source_id",
    "shipping_option_id",
    "einvoice_status",
    "requisition_delivery_status",
    "staff_id",
    "pos_shift_id",
    "store_id",
)
_DATE_FILTERS = (
    "date_from",
    "date_to",
    "due_date_from",
    "due_date_to",
    "created_from",
    "created_to",
)
_DECIMAL_FILTERS = ("summary_total_from", "summary_total_to")
_TEXT_FILTERS = (
    "keywords",
    "currency_code",
    "no",
    "item",
    "tags",
    "po_number",
    "external_source",
    "custom_field",
    "custom_field_label",
)
_READERS: dict[str, Callable[[str, str], object]] = {
    "type": lambda name, value: _php_int(value),
    **dict.fromkeys(_INTEGER_FILTERS, _integer),
    **dict.fromkeys(_DATE_FILTERS, _day),
    **dict.fromkeys(_DECIMAL_FILTERS, _decimal),
    **dict.fromkeys(_TEXT_FILTERS, _text),
}
_SORTS = ("id", "date", "no", "created")


def filters(request: SandboxRequest) -> dict[str, object]:
    """The list's filter parameters, checked and converted; 400 on anything undocumented."""
    found: dict[str, object] = {}
    for name, value in request.query:
        if name in _PAGING or name in found:
            continue
        reader = _READERS.get(name)
        if reader is None:
            raise BadRequest({name: "Unknown parameter"})
        found[name] = reader(name, value) if value.strip() else None
    if found.get("draft") not in {None, 0, 1}:
        raise BadRequest({"draft": "must be 0 or 1"})
    # `draft` is documented as "1 = drafts only"; CakePHP's empty() reads "0" as not given.
    if found.get("draft") == 0:
        found["draft"] = None
    return {name: value for name, value in found.items() if value is not None}


class Paging(NamedTuple):
    """The list's ``page``, ``limit``, ``recursive`` and direction."""

    page: int
    limit: int
    recursive: int
    descending: bool


def paging(request: SandboxRequest) -> Paging:
    """The paging parameters, checked (400 with every problem at once)."""

    def value(name: str) -> str | None:
        raw = request.param(name)
        return raw.strip() if raw is not None and raw.strip() else None

    page_text, limit_text, recursive_text = value("page"), value("limit"), value("recursive")
    page = _integer("page", page_text) if page_text else 1
    limit = _integer("limit", limit_text) if limit_text else _DEFAULT_LIMIT
    # CakePHP reads `recursive` with PHP's (int) cast ("a" is 0) and falls back to the default
    # direction for anything but asc/desc; page and limit, by contrast, are checked.
    recursive = max(-1, min(1, _php_int(recursive_text))) if recursive_text else 0
    errors = {}
    if page < 1:
        errors["page"] = "must be 1 or more"
    if not 1 <= limit <= _MAX_LIMIT:
        errors["limit"] = f"must be between 1 and {_MAX_LIMIT}"
    sort = value("sort") or "date"
    if sort not in _SORTS:
        errors["sort"] = f"cannot sort by {sort!r}; use one of {', '.join(_SORTS)}"
    if errors:
        raise BadRequest(errors)
    return Paging(page, limit, recursive, (value("direction") or "").upper() != "ASC")
