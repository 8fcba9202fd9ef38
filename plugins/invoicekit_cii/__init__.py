"""UN/CEFACT CII D16B e-invoices (EN 16931, XRechnung, ZUGFeRD/Factur-X XML) as a source.

::

    invoice = invoicekit.normalize("cii", xml_bytes)

See `invoicekit.einvoice` and docs/einvoice.md.
"""

from __future__ import annotations

from collections.abc import Callable

from invoicekit._einvoice_source import EInvoiceSource
from invoicekit.plugin import Vendor, hookimpl

__all__ = ["CiiSource", "register_vendors"]


class CiiSource(EInvoiceSource):
    """CrossIndustryInvoice documents."""

    name = "cii"
    title = "CII e-invoice"
    docs_url = "https://unece.org/trade/uncefact/xml-schemas"
    document_format = "cii"


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the CII source."""
    register(CiiSource())
