"""`complete`: what an invoice leaves out, taken from the vendor's own e-invoice of it.

Some vendors state EN 16931 facts only in the e-invoice they render, not in their JSON: Fynn's
ZUGFeRD XML names the seller with its VAT identifier, each line's VAT category and unit code,
and the account to pay into. `complete` reads that document and copies those facts into the
`Invoice` where it has none. What the invoice states always wins, and no amount is taken from
the document: the vendor's JSON stays the source of the totals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TypeVar

from msgspec.structs import replace

from invoicekit.model import Invoice, Line, TaxSubtotal

from ._errors import EInvoiceError
from ._read import read_facturx, read_xml
from ._write import merge_party

__all__ = ["complete"]

_Part = TypeVar("_Part", Line, TaxSubtotal)

_LINE_FIELDS = ("vat_category", "unit_code", "tax_rate")
_SUBTOTAL_FIELDS = ("category", "exemption_reason", "exemption_reason_code")
_INVOICE_FIELDS = (
    "type_code",
    "payment_instructions",
    "payment_terms",
    "delivery_date",
    "purchase_order_reference",
)


def complete(invoice: Invoice, document: bytes) -> Invoice:
    """``invoice`` with what it lacks filled from ``document``, the vendor's e-invoice of it.

    ``document`` is UBL or CII XML, or a Factur-X/ZUGFeRD PDF, such as
    ``client.download_xml(invoice.id)``. Filled where the invoice has none: the seller's and
    the buyer's fields (`merge_party`: the invoice's own values win), BT-3, the payment
    instructions (BG-16), payment terms (BT-20), delivery date (BT-72) and order reference
    (BT-13); per line the VAT category, unit code and VAT rate; per VAT subtotal the category
    and exemption reason. Lines are paired in order, and only when both have as many lines and
    no pair states different net amounts; a subtotal takes the document's one subtotal of the
    same rate.

    Raises:
        EInvoiceError: the document is of another invoice (its BT-1 is not the number).
        NormalizationError: the document cannot be read, or is hostile.
    """
    data = bytes(document)
    if data.startswith(b"%PDF-"):
        stated = read_facturx(data, source=invoice.vendor)
    else:
        stated = read_xml(data, source=invoice.vendor)
    if invoice.number is not None and stated.number != invoice.number:
        raise EInvoiceError(
            f"the e-invoice is of invoice {stated.number!r}, not of {invoice.number!r}",
            vendor=invoice.vendor,
        )
    changes: dict[str, object] = {
        name: getattr(stated, name)
        for name in _INVOICE_FIELDS
        if getattr(invoice, name) is None and getattr(stated, name) is not None
    }
    changes["seller"] = merge_party(invoice.seller, stated.seller)
    changes["buyer"] = merge_party(invoice.buyer, stated.buyer)
    if _paired(invoice.lines, stated.lines):
        changes["lines"] = tuple(
            _filled(mine, theirs, _LINE_FIELDS)
            for mine, theirs in zip(invoice.lines, stated.lines, strict=True)
        )
    changes["tax_breakdown"] = tuple(
        _subtotal(mine, stated.tax_breakdown) for mine in invoice.tax_breakdown
    )
    return replace(invoice, **changes)


def _paired(mine: tuple[Line, ...], theirs: tuple[Line, ...]) -> bool:
    """Whether the lines correspond one by one: as many, and no net amount disagrees."""
    return len(mine) == len(theirs) and all(
        _agree(a.net_amount, b.net_amount) for a, b in zip(mine, theirs, strict=True)
    )


def _agree(mine: Decimal | None, theirs: Decimal | None) -> bool:
    return mine is None or theirs is None or mine == theirs


def _subtotal(mine: TaxSubtotal, theirs: tuple[TaxSubtotal, ...]) -> TaxSubtotal:
    same_rate = [item for item in theirs if _agree(mine.rate, item.rate) and item.rate is not None]
    if len(same_rate) != 1:
        return mine  # none, or which one is meant is not certain
    return _filled(mine, same_rate[0], _SUBTOTAL_FIELDS)


def _filled(mine: _Part, theirs: _Part, fields: tuple[str, ...]) -> _Part:
    changes = {
        name: getattr(theirs, name)
        for name in fields
        if getattr(mine, name) is None and getattr(theirs, name) is not None
    }
    return replace(mine, **changes) if changes else mine
