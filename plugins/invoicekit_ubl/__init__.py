"""UBL 2.1 e-invoices (EN 16931, XRechnung, Peppol BIS) as an invoicekit source.

::

    invoice = invoicekit.normalize("ubl", xml_bytes)

An Invoice or CreditNote document reads into the same `invoicekit.Invoice` as any vendor's; see
`invoicekit.einvoice` and docs/einvoice.md.
"""

from __future__ import annotations

from collections.abc import Callable

from invoicekit._einvoice_source import EInvoiceSource
from invoicekit.plugin import Vendor, hookimpl

__all__ = ["UblSource", "register_vendors"]


class UblSource(EInvoiceSource):
    """UBL 2.1 Invoice and CreditNote documents."""

    name = "ubl"
    title = "UBL 2.1 e-invoice"
    docs_url = "https://docs.oasis-open.org/ubl/UBL-2.1.html"
    document_format = "ubl"


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the UBL source."""
    register(UblSource())
