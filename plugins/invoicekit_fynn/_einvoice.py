"""A Fynn invoice's e-invoice XML: the ZUGFeRD CII that its PDF embeds.

Fynn creates every invoice, credit note and cancellation "in PDF and XML format (ZUGFeRD)"
(docs.fynn.eu, guide "E-Invoicing"; ZUGFeRD is the CII attached to the PDF/A-3), and lists
the XML as the invoice's ``xmlFile``. Its API documents no route to that file, so the XML is
read out of the PDF that ``PUT /invoices/{id}/download-link`` serves. A customer set to
XRechnung gets a bare XML, not a ZUGFeRD PDF (GUESS: whether that PDF embeds it too is not
documented); a PDF without an embedded XML is `invoicekit.Unsupported`, saying so.
Reading the PDF needs the ``einvoice`` extra.
"""

from __future__ import annotations

from invoicekit.plugin import ConfigurationError, Unsupported

from ._values import VENDOR

__all__ = ["NO_XML_REASON", "embedded_zugferd"]

NO_XML_REASON = (
    "its PDF embeds no ZUGFeRD XML (an XRechnung customer's XML is a separate file, "
    "xmlFile, that Fynn's API documents no route to)"
)


def embedded_zugferd(pdf: bytes) -> bytes:
    """The XML attached to a Fynn invoice PDF, byte for byte."""
    try:
        from invoicekit.einvoice import embedded_xml  # noqa: PLC0415 - the optional extra
    except ImportError as exc:
        raise ConfigurationError(
            "download_xml reads the XML out of the PDF and needs the einvoice extra: "
            "pip install 'invoicekit[einvoice]'",
            vendor=VENDOR,
        ) from exc
    xml = embedded_xml(pdf, source=VENDOR)
    if xml is None:
        raise Unsupported(VENDOR, "the e-invoice XML of this invoice", NO_XML_REASON)
    return xml
