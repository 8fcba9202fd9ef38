"""The base of the e-invoice source plugins (``ubl``, ``cii``, ``facturx``).

They are vendors without an API: `invoicekit.normalize` reads one document with them. This
module imports nothing of the ``einvoice`` extra, so the plugins always load; reading a document
without the extra installed is a clear `invoicekit.ConfigurationError`.
"""

from __future__ import annotations

import importlib
from typing import ClassVar

from invoicekit.errors import ConfigurationError
from invoicekit.model import Invoice
from invoicekit.vendor import Vendor

__all__ = ["EInvoiceSource"]


class EInvoiceSource(Vendor):
    """A vendor whose "response body" is an e-invoice document: XML, or a Factur-X PDF.

    Attributes:
        document_format: ``"ubl"``, ``"cii"`` or ``"facturx"``.
    """

    document_format: ClassVar[str]
    pdf_unsupported_reason = "an e-invoice source reads documents; it has no API to serve PDFs"
    webhooks_unsupported_reason = "an e-invoice source has no API that sends webhooks"

    def normalize(self, body: bytes) -> Invoice:
        """Read one document into an `Invoice` (``raw`` keeps the document, base64)."""
        try:
            reader = importlib.import_module("invoicekit.einvoice._read")
        except ImportError as exc:
            raise ConfigurationError(
                f"reading {self.document_format} documents needs the einvoice extra: "
                "pip install 'invoicekit[einvoice]'",
                vendor=self.name,
            ) from exc
        if self.document_format == "facturx":
            invoice: Invoice = reader.read_facturx(body, source=self.name)
        else:
            invoice = reader.read_xml(body, source=self.name, expect=self.document_format)
        return invoice
