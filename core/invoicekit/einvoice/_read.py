"""Reading an e-invoice (UBL 2.1, CII, or the CII inside a Factur-X PDF) into an `Invoice`.

The document goes through the hardened parser, then factur-x's reader turns it into a dict
keyed by business-term numbers, which maps onto the model. Amounts are the document's own text
as `Decimal`, scale kept. What the model has no field for is not lost: the whole term dict is in
``extra["en16931"]`` (dates as ISO strings, binary attachments as base64), which `to_xml` writes
back, and ``raw`` holds the document itself,
``{"format": "ubl", "encoding": "base64", "document": "..."}``.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import logging
from decimal import Decimal, InvalidOperation
from typing import Any

import msgspec
from facturx.parse_xml import parse_ubl_cii_xml
from pypdf import PdfReader

from invoicekit.errors import NormalizationError
from invoicekit.model import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    PaymentInstructions,
    TaxSubtotal,
    Totals,
)

from ._parse import MAX_BYTES, parse_document
from ._validate import detect_syntax
from ._write import EXTRA_KEY

__all__ = ["EXTRA_KEY", "embedded_xml", "read_facturx", "read_xml", "terms_of"]


_CREDIT_NOTES = frozenset({"81", "83", "261", "262", "296", "308", "381", "396", "420", "458"})
_KINDS = {"383": InvoiceKind.DEBIT_NOTE}
_FACTURX_LOGGER = logging.getLogger("factur-x")
#: The names Factur-X/ZUGFeRD 2.x, ZUGFeRD 1.x and XRechnung (in ZUGFeRD) give the XML.
_XML_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")


def terms_of(root: Any, source: str) -> dict[str, Any]:
    """The business-term dict of a parsed UBL or CII document (factur-x's reader)."""
    level = _FACTURX_LOGGER.level
    _FACTURX_LOGGER.setLevel(logging.ERROR)
    try:
        terms: dict[str, Any] = parse_ubl_cii_xml(root, level="en16931", check_xsd=False)
    except Exception as exc:  # factur-x raises bare Exception and ValueError on bad input
        raise NormalizationError(source, "$", f"cannot read the e-invoice: {exc}") from exc
    finally:
        _FACTURX_LOGGER.setLevel(level)
    return terms


class _Reader:
    """Turns one term dict into model values; a bad value is a NormalizationError at its BT."""

    def __init__(self, source: str) -> None:
        self.source = source

    def decimal(self, terms: dict[str, Any], term: str, where: str = "") -> Decimal | None:
        value = terms.get(term)
        if value is None:
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise NormalizationError(
                self.source, f"{where}{term}", f"not a number: {value!r}"
            ) from exc
        if not number.is_finite():
            raise NormalizationError(self.source, f"{where}{term}", f"not a number: {value!r}")
        return number

    def party(self, data: Any) -> Party | None:
        if not isinstance(data, dict) or not data:
            return None
        contacts = data.get("contacts") or [{}]
        contact = contacts[0] if isinstance(contacts, list) and contacts else {}
        identifiers = data.get("identifiers") or {}
        lines = tuple(data[key] for key in ("addr_l1", "addr_l2", "addr_l3") if data.get(key))
        address = Address(
            lines=lines,
            city=data.get("city"),
            postal_code=data.get("postcode"),
            region=data.get("country_subdivision"),
            country=_country(data.get("country_code")),
        )
        return Party(
            number=next(iter(identifiers.values()), None)
            if isinstance(identifiers, dict)
            else None,
            name=data.get("name"),
            trading_name=data.get("biz_name"),
            contact_name=contact.get("name"),
            email=contact.get("email"),
            phone=contact.get("phone"),
            vat_id=data.get("vat_identifier"),
            legal_registration_id=data.get("legal_identifier"),
            address=address if address != Address() else None,
        )

    def line(self, data: dict[str, Any], index: int) -> Line:
        where = f"BG-25[{index}]."
        return Line(
            id=data.get("BT-126"),
            name=data.get("BT-153"),
            description=data.get("BT-154"),
            product_id=data.get("BT-155"),
            quantity=self.decimal(data, "BT-129", where),
            unit=data.get("BT-130"),
            unit_code=data.get("BT-130"),
            unit_price=self.decimal(data, "BT-146", where),
            discount_amount=self.allowances(data, where),
            net_amount=self.decimal(data, "BT-131", where),
            tax_rate=self.decimal(data, "BT-152", where),
            vat_category=data.get("BT-151"),
            period_start=data.get("BT-134"),
            period_end=data.get("BT-135"),
        )

    def allowances(self, line: dict[str, Any], where: str) -> Decimal | None:
        """BT-136: the line's allowances (BG-27) added up exactly; None when it has none."""
        items = [item for item in line.get("BG-27") or [] if isinstance(item, dict)]
        amounts = [
            self.decimal(item, "amount", f"{where}BG-27[{index}].")
            for index, item in enumerate(items)
        ]
        if not amounts or None in amounts:
            return None
        return sum((amount for amount in amounts if amount is not None), Decimal(0))

    def subtotal(self, data: dict[str, Any], index: int) -> TaxSubtotal:
        where = f"BG-23[{index}]."
        return TaxSubtotal(
            rate=self.decimal(data, "BT-119", where),
            taxable_amount=self.decimal(data, "BT-116", where),
            tax_amount=self.decimal(data, "BT-117", where),
            category=data.get("BT-118"),
            exemption_reason=data.get("BT-120"),
            exemption_reason_code=data.get("BT-121"),
        )

    def instructions(self, terms: dict[str, Any]) -> PaymentInstructions | None:
        # A document may give several means (BT-81 repeats): the model keeps the first, and
        # extra["en16931"] all of them.
        values = {
            name: _first(terms.get(term))
            for name, term in (
                ("means_code", "BT-81"),
                ("means_text", "BT-82"),
                ("remittance", "BT-83"),
                ("iban", "BT-84"),
                ("account_name", "BT-85"),
                ("bic", "BT-86"),
            )
        }
        if not any(values.values()):
            return None
        return PaymentInstructions(**values)

    def invoice(self, terms: dict[str, Any], document: bytes, fmt: str) -> Invoice:
        type_code = terms.get("BT-3")
        kind = (
            InvoiceKind.CREDIT_NOTE
            if type_code in _CREDIT_NOTES
            else _KINDS.get(type_code or "", InvoiceKind.INVOICE)
        )
        preceding = None
        for reference in terms.get("BG-3") or []:
            preceding = InvoiceReference(
                number=reference.get("BT-25"), issue_date=reference.get("BT-26")
            )
            break
        raw = {
            "format": fmt,
            "encoding": "base64",
            "document": base64.b64encode(document).decode("ascii"),
        }
        try:
            return Invoice(
                vendor=self.source,
                id=str(terms.get("BT-1") or ""),
                number=terms.get("BT-1"),
                kind=kind,
                kind_raw=type_code,
                type_code=type_code,
                status=InvoiceStatus.ISSUED,
                issue_date=terms.get("BT-2"),
                due_date=terms.get("BT-9"),
                period_start=terms.get("BT-73"),
                period_end=terms.get("BT-74"),
                delivery_date=terms.get("BT-72"),
                currency=terms.get("BT-5"),
                seller=self.party(terms.get("BG-4")),
                buyer=self.party(terms.get("BG-7")),
                buyer_reference=terms.get("BT-10"),
                purchase_order_reference=terms.get("BT-13"),
                payment_terms=terms.get("BT-20"),
                payment_instructions=self.instructions(terms),
                lines=tuple(
                    self.line(line, index) for index, line in enumerate(terms.get("BG-25") or [])
                ),
                totals=Totals(
                    line_net=self.decimal(terms, "BT-106"),
                    discount=self.decimal(terms, "BT-107"),
                    charges=self.decimal(terms, "BT-108"),
                    net=self.decimal(terms, "BT-109"),
                    tax=self.decimal(terms, "BT-110"),
                    gross=self.decimal(terms, "BT-112"),
                    paid=self.decimal(terms, "BT-113"),
                    due=self.decimal(terms, "BT-115"),
                ),
                tax_breakdown=tuple(
                    self.subtotal(item, index)
                    for index, item in enumerate(terms.get("BG-23") or [])
                ),
                preceding_invoice=preceding,
                notes=tuple(note["BT-22"] for note in terms.get("BG-1") or [] if note.get("BT-22")),
                extra={EXTRA_KEY: _json_native(terms)},
                raw=msgspec.Raw(msgspec.json.encode(raw)),
            )
        except (ValueError, TypeError) as exc:
            raise NormalizationError(self.source, "$", str(exc)) from exc


def _first(value: Any) -> Any:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _country(value: Any) -> str | None:
    return value if isinstance(value, str) and len(value) == 2 and value.isupper() else None


def _json_native(value: Any) -> Any:
    if isinstance(value, dict):
        # factur-x keys a term without scheme by None; JSON keys are strings ("null", as factur-x
        # itself writes it and reads it back).
        return {
            "null" if key is None else str(key): _json_native(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [_json_native(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    return value


def read_xml(document: bytes, *, source: str, expect: str | None = None) -> Invoice:
    """Read one UBL or CII document into an `Invoice` whose vendor is ``source``.

    ``expect`` (``"ubl"`` or ``"cii"``) refuses the other syntax.
    """
    root = parse_document(document, source=source)
    try:
        syntax = detect_syntax(root)
    except ValueError as exc:
        raise NormalizationError(source, "$", str(exc)) from exc
    if expect is not None and syntax != expect:
        raise NormalizationError(source, "$", f"this is a {syntax} document, not {expect}")
    return _Reader(source).invoice(terms_of(root, source), bytes(document), syntax)


def embedded_xml(pdf: bytes, *, source: str) -> bytes | None:
    """The Factur-X/ZUGFeRD (or XRechnung) XML a PDF attaches, byte for byte; None if none.

    The attachment named as Factur-X, ZUGFeRD 1.x or XRechnung name it wins, else the first
    ``*.xml`` one. Its bytes are returned unparsed: whoever reads them goes through the
    hardened parser (factur-x's own extractor would parse them with lxml's defaults first).

    Raises:
        NormalizationError: ``pdf`` is not a PDF that can be read, or is over `MAX_BYTES`.
    """
    data = bytes(pdf)
    if len(data) > MAX_BYTES:
        raise NormalizationError(
            source, "$", f"the PDF has {len(data)} bytes, more than the {MAX_BYTES} accepted"
        )
    try:
        attachments = list(PdfReader(io.BytesIO(data)).attachment_list)
        names = [item.name.lower() for item in attachments]
        chosen = next((names.index(name) for name in _XML_NAMES if name in names), None)
        if chosen is None:
            chosen = next((i for i, name in enumerate(names) if name.endswith(".xml")), None)
        content = None if chosen is None else attachments[chosen].content
    except Exception as exc:  # pypdf raises many kinds on a broken PDF
        raise NormalizationError(source, "$", f"cannot read the PDF: {exc}") from exc
    if content is not None and len(content) > MAX_BYTES:
        raise NormalizationError(source, "$", f"the PDF's XML is over {MAX_BYTES} bytes")
    return bytes(content) if content else None


def read_facturx(pdf: bytes, *, source: str) -> Invoice:
    """Read the CII embedded in a Factur-X/ZUGFeRD PDF into an `Invoice`."""
    xml = embedded_xml(pdf, source=source)
    if xml is None:
        raise NormalizationError(source, "$", "the PDF embeds no Factur-X/ZUGFeRD XML")
    root = parse_document(xml, source=source)
    if detect_syntax(root) != "cii":
        raise NormalizationError(source, "$", "the PDF's embedded XML is not CII")
    invoice = _Reader(source).invoice(terms_of(root, source), bytes(xml), "cii")
    return invoice
