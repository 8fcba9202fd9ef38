"""`to_facturx`: the invoice's CII embedded in the vendor's PDF, as Factur-X (ZUGFeRD 2.x)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from facturx import generate_from_binary

from invoicekit.model import Invoice, Party

from ._errors import EInvoiceError
from ._write import Profile
from ._xml import to_xml

__all__ = ["to_facturx"]

_FACTURX_LOGGER = logging.getLogger("factur-x")


def to_facturx(
    invoice: Invoice,
    pdf: bytes,
    profile: Profile = "en16931",
    *,
    seller: Party | Mapping[str, Any] | None = None,
    default_vat_category: str | None = None,
    unit_codes: Mapping[str, str] | None = None,
) -> bytes:
    """Embed ``invoice`` as CII in ``pdf`` (the vendor's PDF, from ``download_pdf``).

    Returns a PDF/A-3 with the XML attached as ``factur-x.xml`` (``xrechnung.xml`` for the
    XRechnung profile, as ZUGFeRD 2.x names it), the Factur-X XMP metadata (conformance level
    ``EN 16931``) and the document's title, author and subject taken from the invoice. The
    other arguments are those of `to_xml`.

    Raises:
        MissingBusinessTerms: as `to_xml`.
        EInvoiceError: ``pdf`` is not a PDF factur-x can read.
    """
    xml = to_xml(
        invoice,
        "cii",
        profile,
        seller=seller,
        default_vat_category=default_vat_category,
        unit_codes=unit_codes,
    )
    if not bytes(pdf[:5]) == b"%PDF-":
        raise EInvoiceError("pdf must be a PDF document (it does not start with %PDF-)")
    level = _FACTURX_LOGGER.level
    _FACTURX_LOGGER.setLevel(logging.ERROR)
    try:
        result: bytes = generate_from_binary(
            bytes(pdf), xml, flavor="factur-x", level="en16931", check_xsd=False
        )
    except Exception as exc:  # pypdf raises many kinds on a PDF it cannot read
        raise EInvoiceError(
            f"cannot embed the XML in this PDF: {exc}", vendor=invoice.vendor
        ) from exc
    finally:
        _FACTURX_LOGGER.setLevel(level)
    return result
