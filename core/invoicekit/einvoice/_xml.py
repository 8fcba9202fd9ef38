"""`to_xml`: an `Invoice` as UBL 2.1 or CII D16B bytes, written by factur-x."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal

from facturx import generate_xml
from lxml import etree

from invoicekit.model import Invoice, Party

from ._errors import EInvoiceError
from ._parse import hardened_parser
from ._write import PROFILES, Profile, business_terms

__all__ = ["Syntax", "terms_to_xml", "to_xml"]

Syntax = Literal["ubl", "cii"]

_PLACEHOLDER = "invoicekit-placeholder-d1f0c2"
_PLACEHOLDER_AMOUNT = "-0.0000000417"
_XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
_FLAVORS = {"ubl": "ubl-2.1", "cii": "factur-x"}
_BT24_PATHS = {
    "ubl": (
        "/*/{urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2}CustomizationID"
    ),
    "cii": (
        "/*/{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}ExchangedDocumentContext"
        "/{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}"
        "GuidelineSpecifiedDocumentContextParameter"
        "/{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}ID"
    ),
}
# factur-x logs a warning each time it replaces a profile's BT-24 with its own en16931 one,
# which to_xml then puts back; that is expected here, not worth a log line per document.
_FACTURX_LOGGER = logging.getLogger("factur-x")


def terms_to_xml(terms: Mapping[str, Any], syntax: Syntax) -> bytes:
    """Write a business-term dict (see `business_terms`) as UBL or CII bytes."""
    if syntax not in _FLAVORS:
        raise EInvoiceError(f"syntax must be 'ubl' or 'cii', got {syntax!r}")
    data = _copy(terms)
    # factur-x insists on a few terms EN 16931 leaves optional (BT-110 in CII, the name of the
    # delivery party). It gets a placeholder, and the element holding it is removed afterwards:
    # the document says what the invoice says, no more.
    data.setdefault("BT-110", _PLACEHOLDER_AMOUNT)
    if syntax == "cii" and data.get("BT-7"):
        # factur-x reads the VAT point date at the top, but writes it from the VAT breakdown.
        for subtotal in (data.get("BG-23") or [])[:1]:  # CII-SR-461: once in the document
            subtotal.setdefault("BT-7", data["BT-7"])
    for party in ("BG-13", "BG-10", "BG-11"):
        if isinstance(data.get(party), dict):
            data[party].setdefault("name", data[party].get("biz_name") or _PLACEHOLDER)
    bt24 = data.get("BT-24", PROFILES["en16931"][0])
    data["BT-24"] = PROFILES["en16931"][0]
    level = _FACTURX_LOGGER.level
    _FACTURX_LOGGER.setLevel(logging.ERROR)
    try:
        document: bytes = generate_xml(
            data, flavor=_FLAVORS[syntax], level="en16931", check_xsd=False, check_schematron=False
        )
    except (ValueError, KeyError, TypeError, AssertionError) as exc:
        raise EInvoiceError(f"factur-x cannot write this invoice as {syntax}: {exc}") from exc
    finally:
        _FACTURX_LOGGER.setLevel(level)
    root = etree.fromstring(document, hardened_parser())
    # lxml.objectify marks an element it made empty (CII's ApplicableHeaderTradeDelivery when
    # there is no delivery data) xsi:nil="true", which the CII schema does not allow.
    for element in list(root.iter()):
        element.attrib.pop(_XSI_NIL, None)
        if element.text in (_PLACEHOLDER, _PLACEHOLDER_AMOUNT):
            _remove_with_empty_parents(element)
    if bt24 != PROFILES["en16931"][0]:
        node = root.find(_BT24_PATHS[syntax].removeprefix("/*/"))
        if node is None:  # pragma: no cover - factur-x always writes BT-24
            raise EInvoiceError("factur-x wrote no BT-24")
        node.text = bt24
    etree.cleanup_namespaces(root)
    document = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return document


def to_xml(
    invoice: Invoice,
    syntax: Syntax = "ubl",
    profile: Profile = "en16931",
    *,
    seller: Party | Mapping[str, Any] | None = None,
    default_vat_category: str | None = None,
    unit_codes: Mapping[str, str] | None = None,
) -> bytes:
    """Write ``invoice`` as an EN 16931 e-invoice and return the document's bytes.

    ``syntax`` is ``"ubl"`` (UBL 2.1: an ``Invoice``, or a ``CreditNote`` for a credit-note
    type code such as 381) or ``"cii"`` (UN/CEFACT CII D16B, as Factur-X and ZUGFeRD carry
    it). ``profile`` sets the specification identifier (BT-24) and the extra terms that
    XRechnung 3.0 or Peppol BIS Billing 3.0 require.

    Amounts are copied exactly as the vendor stated them; nothing is rounded or recomputed, so
    a vendor whose totals break an EN 16931 rule gets a document that `validate` reports. Data
    the vendor does not state can be given: ``seller`` (a `Party`, or a mapping of its fields)
    fills what the invoice's seller leaves out; ``default_vat_category`` (UNCL 5305: ``S``,
    ``Z``, ``E``, ``AE``, ``K``, ``G``, ``O``, ``L``, ``M``) stands for lines and VAT
    subtotals that state none; ``unit_codes`` maps the vendor's unit names to UN/ECE
    Recommendation 20 codes (``{"Stück": "C62", "Monat": "MON"}``; the key ``"*"`` stands for
    every other unit, and for lines that name none).

    Raises:
        MissingBusinessTerms: required data is missing; the error lists every missing term by
            number and name.
        EInvoiceError: a bad argument, or factur-x refused the data.
    """
    terms = business_terms(
        invoice,
        profile=profile,
        seller=seller,
        default_vat_category=default_vat_category,
        unit_codes=unit_codes,
    )
    return terms_to_xml(terms, syntax)


def _remove_with_empty_parents(element: Any) -> None:
    parent = element.getparent()
    while parent is not None:
        parent.remove(element)
        if len(parent) or (parent.text or "").strip():
            return
        element, parent = parent, parent.getparent()


def _copy(value: Any) -> Any:
    # factur-x edits the dict it is given; the caller's stays as it was.
    if isinstance(value, Mapping):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value
