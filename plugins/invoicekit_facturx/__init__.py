"""Factur-X / ZUGFeRD PDFs as an invoicekit source: the CII XML embedded in the PDF/A-3.

::

    invoice = invoicekit.normalize("facturx", pdf_bytes)

``raw`` keeps the embedded XML (not the PDF). See `invoicekit.einvoice` and docs/einvoice.md.
"""

from __future__ import annotations

from collections.abc import Callable

from invoicekit._einvoice_source import EInvoiceSource
from invoicekit.plugin import Vendor, hookimpl

__all__ = ["FacturxSource", "register_vendors"]


class FacturxSource(EInvoiceSource):
    """Factur-X and ZUGFeRD 2.x PDFs."""

    name = "facturx"
    title = "Factur-X / ZUGFeRD PDF"
    docs_url = "https://fnfe-mpe.org/factur-x/"
    document_format = "facturx"


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Factur-X source."""
    register(FacturxSource())
