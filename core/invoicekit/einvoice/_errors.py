"""The errors of `invoicekit.einvoice`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from invoicekit.errors import InvoiceKitError

from ._terms import term_label

__all__ = ["EInvoiceError", "MissingBusinessTerms", "MissingTerm"]


class EInvoiceError(InvoiceKitError, ValueError):
    """An e-invoice cannot be written or read: bad arguments, or a document that is not one."""

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        self.vendor = vendor
        super().__init__(message)


class MissingTerm(NamedTuple):
    """One missing business term.

    Attributes:
        term: the business term number, such as ``"BT-31"``.
        where: where in the invoice it is missing: ``"invoice"``, ``"seller"``, ``"lines[2]"``.
    """

    term: str
    where: str


class MissingBusinessTerms(EInvoiceError):
    """EN 16931 requires data the invoice does not hold; nothing was written.

    One error lists every missing term, so a user fixes them all at once (with ``seller=``,
    ``default_vat_category=`` or ``unit_codes=`` where the vendor does not state them).

    Attributes:
        invoice_id: the vendor's id of the invoice.
        missing: the missing terms, in the order EN 16931 numbers them.
    """

    def __init__(
        self, missing: Iterable[MissingTerm], *, vendor: str | None, invoice_id: str | None
    ) -> None:
        self.invoice_id = invoice_id
        self.missing = tuple(sorted(set(missing), key=_order))
        places: dict[str, list[str]] = {}
        for item in self.missing:
            places.setdefault(item.term, []).append(item.where)
        listed = "; ".join(
            f"{term_label(term)} ({', '.join(_shorten(where))})" for term, where in places.items()
        )
        super().__init__(
            f"{vendor} invoice {invoice_id!r} lacks what EN 16931 requires: {listed}",
            vendor=vendor,
        )

    @property
    def terms(self) -> tuple[str, ...]:
        """The distinct missing term numbers, in order."""
        return tuple(dict.fromkeys(item.term for item in self.missing))


def _order(item: MissingTerm) -> tuple[int, int, str]:
    kind, _, number = item.term.partition("-")
    return (0 if kind == "BT" else 1, int(number) if number.isdigit() else 0, item.where)


def _shorten(places: list[str], limit: int = 5) -> list[str]:
    return places if len(places) <= limit else [*places[:limit], f"{len(places) - limit} more"]
