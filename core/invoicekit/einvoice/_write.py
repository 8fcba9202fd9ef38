"""`business_terms`: an `Invoice` as a dict keyed by EN 16931 business-term numbers.

The dict has factur-x's shape (``{"BT-1": "...", "BG-25": [{"BT-126": ...}]}``), so factur-x
writes it as UBL or CII. Amounts are the invoice's own `Decimal` values as plain strings, scale
kept; nothing is rounded. The one derived term is BT-106, the sum of the line net amounts, when
the vendor states every line's net amount but not the sum: it is that sum by definition, and
adding exact decimals loses nothing. Everything else EN 16931 requires and the invoice lacks is
collected and raised at once as `MissingBusinessTerms`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import msgspec

from invoicekit.model import Address, Invoice, InvoiceKind, Line, Party, TaxSubtotal

from ._errors import EInvoiceError, MissingBusinessTerms, MissingTerm

#: The key of a ``unit_codes`` map whose code stands for every unit the map does not name.
ANY_UNIT = "*"
#: The key of `Invoice.extra` that holds a read e-invoice's complete business-term dict.
EXTRA_KEY = "en16931"

__all__ = ["ANY_UNIT", "EXTRA_KEY", "PROFILES", "Profile", "business_terms", "merge_party"]

Profile = Literal["en16931", "xrechnung", "peppol"]

#: BT-24 (and BT-23 where the profile sets one) of each profile.
PROFILES: dict[str, tuple[str, str | None]] = {
    "en16931": ("urn:cen.eu:en16931:2017", None),
    "xrechnung": ("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0", None),
    "peppol": (
        "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
    ),
}

# BT-3 where it follows from the kind without doubt; the others need Invoice.type_code.
_TYPE_CODES = {
    InvoiceKind.INVOICE: "380",
    InvoiceKind.CREDIT_NOTE: "381",
    InvoiceKind.DEBIT_NOTE: "383",
}
# UNCL 5305 categories whose seller must have a VAT identifier (BR-S-02, BR-Z-02, BR-E-02,
# BR-AE-02, BR-IC-02, BR-G-02, BR-AF-02, BR-AG-02): BT-31 is then required here.
_SELLER_VAT_ID_CATEGORIES = frozenset({"S", "Z", "E", "AE", "K", "G", "L", "M"})
_VAT_CATEGORIES = frozenset({*_SELLER_VAT_ID_CATEGORIES, "O"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


def _amount(value: Decimal) -> str:
    # format "f" keeps the scale ("120.00") and never writes an exponent ("1E+2").
    return format(value, "f")


def merge_party(stated: Party | None, given: Party | Mapping[str, Any] | None) -> Party | None:
    """The vendor's party, with what it leaves out taken from ``given`` (the user's)."""
    if given is not None and not isinstance(given, Party):
        try:
            given = msgspec.convert(dict(given), Party)
        except msgspec.ValidationError as exc:
            raise EInvoiceError(f"seller: {exc}") from exc
    if stated is None or given is None:
        return stated if given is None else given
    values = {
        name: getattr(stated, name) if getattr(stated, name) is not None else getattr(given, name)
        for name in Party.__struct_fields__
        if name != "address"
    }
    address = stated.address
    if given.address is not None:
        address = given.address if address is None else _merge_address(address, given.address)
    return Party(**values, address=address)


def _merge_address(stated: Address, given: Address) -> Address:
    return Address(
        lines=stated.lines or given.lines,
        city=stated.city or given.city,
        postal_code=stated.postal_code or given.postal_code,
        region=stated.region or given.region,
        country=stated.country or given.country,
    )


class _Collector:
    """Collects missing terms while the dict is built, so that one error lists them all."""

    def __init__(self) -> None:
        self.missing: list[MissingTerm] = []

    def need(self, value: Any, term: str, where: str = "invoice") -> Any:
        if value is None or value in ("", ()):
            self.missing.append(MissingTerm(term, where))
        return value


def _party(
    party: Party | None, role: Literal["seller", "buyer"], profile: str, need: _Collector
) -> dict[str, Any]:
    seller = role == "seller"
    name_term, country_term = ("BT-27", "BT-40") if seller else ("BT-44", "BT-55")
    if party is None:
        need.need(None, name_term, role)
        need.need(None, country_term, role)
        return {}
    address = party.address or Address()
    out: dict[str, Any] = {
        "name": need.need(party.name, name_term, role),
        "country_code": need.need(address.country, country_term, role),
    }
    optional: dict[str, Any] = {
        "biz_name": party.trading_name,
        "vat_identifier": party.vat_id,
        "legal_identifier": party.legal_registration_id,
        "city": address.city,
        "postcode": address.postal_code,
        "country_subdivision": address.region,
    }
    for index, line in enumerate(address.lines[:3]):
        optional[f"addr_l{index + 1}"] = line
    if party.number:
        optional["identifiers"] = {None: party.number}
    contact = {"name": party.contact_name, "phone": party.phone, "email": party.email}
    if any(contact.values()):
        optional["contacts"] = [{key: value for key, value in contact.items() if value}]
    if profile != "en16931":
        # XRechnung and Peppol require the electronic address (BT-34 / BT-49); the model's one
        # is the e-mail address, in the EAS scheme "EM".
        if party.email and _EMAIL.match(party.email):
            optional["einvoicing_addr"] = party.email
            optional["einvoicing_addr_schemeid"] = "EM"
        else:
            need.need(None, "BT-34" if seller else "BT-49", role)
    if profile == "xrechnung" and seller:
        # BR-DE-2, -5, -6, -7: XRechnung wants the seller's contact and its city and post code.
        need.need(party.contact_name, "BT-41", role)
        need.need(party.phone, "BT-42", role)
        need.need(party.email, "BT-43", role)
        need.need(address.city, "BT-37", role)
        need.need(address.postal_code, "BT-38", role)
    out.update({key: value for key, value in optional.items() if value})
    return out


def _line(
    line: Line,
    index: int,
    *,
    default_vat_category: str | None,
    unit_codes: Mapping[str, str],
    need: _Collector,
    allowance: bool,
) -> dict[str, Any]:
    where = f"lines[{index}]"
    unit_code = (
        line.unit_code
        or (unit_codes.get(line.unit) if line.unit is not None else None)
        or unit_codes.get(ANY_UNIT)
    )
    category = line.vat_category or default_vat_category
    name = line.name or line.description
    out: dict[str, Any] = {
        "BT-126": line.id or str(index + 1),
        "BT-129": need.need(line.quantity, "BT-129", where),
        "BT-130": need.need(unit_code, "BT-130", where),
        "BT-131": need.need(line.net_amount, "BT-131", where),
        "BT-146": need.need(line.unit_price, "BT-146", where),
        "BT-151": need.need(category, "BT-151", where),
        "BT-153": need.need(name, "BT-153", where),
    }
    if category != "O":
        out["BT-152"] = need.need(line.tax_rate, "BT-152", where)
    if line.name and line.description and line.description != line.name:
        out["BT-154"] = line.description
    optional = {
        "BT-155": line.product_id,
        "BT-134": line.period_start,
        "BT-135": line.period_end,
    }
    out.update({key: value for key, value in optional.items() if value is not None})
    if allowance and line.discount_amount:
        # The line's discount, already taken off its net amount: its line allowance (BG-27),
        # UNCL 5189 reason code 95 "Discount".
        out["BG-27"] = [{"amount": line.discount_amount, "reason_code": "95"}]
    return out


def discount_in_lines(invoice: Invoice) -> bool:
    """Whether `Totals.discount` is the sum of the line discounts, inside the line net amounts.

    A vendor that reports one discount total, line discounts included, puts it in
    `Totals.discount` (Fynn). When every line states its net amount, those add up (with the
    charges) to the document's net, and the line discounts add up to that total, the discount
    was taken on the lines: it is written as each line's allowance (BG-27), and the document
    has no allowance of its own (no BT-107, which would count it twice). Otherwise (Stripe:
    line nets before an invoice discount) it stays a document-level allowance.
    """
    totals = invoice.totals
    lines = invoice.lines
    if not totals.discount or totals.net is None or not lines:
        return False
    nets = [line.net_amount for line in lines]
    if any(net is None for net in nets):
        return False
    discounts = sum((line.discount_amount or Decimal(0) for line in lines), Decimal(0))
    line_sum = sum((net or Decimal(0) for net in nets), Decimal(0))
    return discounts == totals.discount and line_sum + (totals.charges or 0) == totals.net


def _breakdown(
    invoice: Invoice, lines: list[dict[str, Any]], default: str | None, need: _Collector
) -> list[dict[str, Any]]:
    subtotals = list(invoice.tax_breakdown)
    if not subtotals:
        groups = {(line.get("BT-151"), line.get("BT-152")) for line in lines}
        if len(groups) == 1:
            # One category and rate on every line: its subtotal IS the document's totals,
            # copied (BT-116 = BT-109, BT-117 = BT-110), not summed.
            ((category, rate),) = groups
            subtotals = [
                TaxSubtotal(
                    rate=rate,
                    taxable_amount=invoice.totals.net,
                    tax_amount=invoice.totals.tax,
                    category=category,
                )
            ]
    if not subtotals:
        need.need(None, "BG-23")
    out = []
    for index, subtotal in enumerate(subtotals):
        where = f"tax_breakdown[{index}]"
        category = subtotal.category or default
        entry: dict[str, Any] = {
            "BT-116": need.need(subtotal.taxable_amount, "BT-116", where),
            "BT-117": need.need(subtotal.tax_amount, "BT-117", where),
            "BT-118": need.need(category, "BT-118", where),
        }
        if category != "O":
            entry["BT-119"] = need.need(subtotal.rate, "BT-119", where)
        if subtotal.exemption_reason:
            entry["BT-120"] = subtotal.exemption_reason
        if subtotal.exemption_reason_code:
            entry["BT-121"] = subtotal.exemption_reason_code
        out.append(entry)
    return out


def business_terms(
    invoice: Invoice,
    *,
    profile: Profile = "en16931",
    seller: Party | Mapping[str, Any] | None = None,
    default_vat_category: str | None = None,
    unit_codes: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The invoice's EN 16931 business terms, ready for factur-x's writers.

    Raises:
        MissingBusinessTerms: EN 16931 (or the profile) requires terms the invoice lacks.
        EInvoiceError: an unknown profile or VAT category, or a ``seller`` that is no Party.
    """
    if profile not in PROFILES:
        raise EInvoiceError(f"profile must be one of {sorted(PROFILES)}, got {profile!r}")
    if default_vat_category is not None and default_vat_category not in _VAT_CATEGORIES:
        raise EInvoiceError(
            f"default_vat_category must be a UNCL 5305 code {sorted(_VAT_CATEGORIES)}, "
            f"got {default_vat_category!r}"
        )
    need = _Collector()
    totals = invoice.totals
    in_lines = discount_in_lines(invoice)
    lines = [
        _line(
            line,
            index,
            default_vat_category=default_vat_category,
            unit_codes=unit_codes or {},
            need=need,
            allowance=in_lines,
        )
        for index, line in enumerate(invoice.lines)
    ]
    if not lines:
        need.need(None, "BG-25")
    breakdown = _breakdown(invoice, lines, default_vat_category, need)
    line_net = totals.line_net
    if line_net is None and lines and all(line.net_amount is not None for line in invoice.lines):
        # Exact decimal addition keeps the largest scale of its terms: nothing is rounded.
        line_net = sum((line.net_amount or Decimal(0) for line in invoice.lines), Decimal(0))
    seller_party = merge_party(invoice.seller, seller)
    terms: dict[str, Any] = {
        "BT-1": need.need(invoice.number, "BT-1"),
        "BT-2": need.need(invoice.issue_date, "BT-2"),
        "BT-3": need.need(invoice.type_code or _TYPE_CODES.get(invoice.kind), "BT-3"),
        "BT-5": need.need(invoice.currency, "BT-5"),
        "BT-24": PROFILES[profile][0],
        "BG-4": _party(seller_party, "seller", profile, need),
        "BG-7": _party(invoice.buyer, "buyer", profile, need),
        "BT-106": need.need(line_net, "BT-106"),
        "BT-109": need.need(totals.net, "BT-109"),
        "BT-112": need.need(totals.gross, "BT-112"),
        "BT-115": need.need(totals.due, "BT-115"),
        "BG-23": breakdown,
        "BG-25": lines,
    }
    categories = {entry.get("BT-118") for entry in breakdown} | {
        line.get("BT-151") for line in lines
    }
    if categories & _SELLER_VAT_ID_CATEGORIES and seller_party is not None:
        need.need(seller_party.vat_id, "BT-31", "seller")
    if profile == "xrechnung":
        need.need(invoice.buyer_reference, "BT-10")  # BR-DE-15
    if profile == "peppol" and not (invoice.buyer_reference or invoice.purchase_order_reference):
        need.need(None, "BT-10")  # PEPPOL-EN16931-R003: a buyer reference or an order reference
    if invoice.payment_instructions is not None:
        # BR-49: payment instructions name their means.
        need.need(invoice.payment_instructions.means_code, "BT-81", "payment_instructions")
    if need.missing:
        raise MissingBusinessTerms(need.missing, vendor=invoice.vendor, invoice_id=invoice.id)
    if PROFILES[profile][1]:
        terms["BT-23"] = PROFILES[profile][1]
    optional: dict[str, Any] = {
        "BT-9": invoice.due_date,
        "BT-10": invoice.buyer_reference,
        "BT-13": invoice.purchase_order_reference,
        "BT-20": invoice.payment_terms,
        "BT-72": invoice.delivery_date,
        "BT-73": invoice.period_start,
        "BT-74": invoice.period_end,
        "BT-107": None if in_lines else totals.discount,
        "BT-108": totals.charges,
        "BT-110": totals.tax,
        "BT-113": totals.paid,
    }
    allowance = None if in_lines else _document_allowance(invoice, breakdown)
    if allowance is not None:
        optional["BG-20"] = [allowance]
    if invoice.notes:
        optional["BG-1"] = [{"BT-22": note} for note in invoice.notes]
    reference = invoice.preceding_invoice
    if reference is not None and reference.number:
        entry: dict[str, Any] = {"BT-25": reference.number}
        if reference.issue_date is not None:
            entry["BT-26"] = reference.issue_date
        optional["BG-3"] = [entry]
    instructions = invoice.payment_instructions
    if instructions is not None:
        optional.update(
            {
                "BT-81": instructions.means_code,
                "BT-82": instructions.means_text,
                "BT-83": instructions.remittance,
                "BT-84": instructions.iban,
                "BT-85": instructions.account_name,
                "BT-86": instructions.bic,
            }
        )
    terms.update({key: value for key, value in optional.items() if value is not None})
    stated = invoice.extra.get(EXTRA_KEY)
    if isinstance(stated, dict):
        # Read from an e-invoice: what the model has no field for comes back from the document.
        _fill(terms, stated)
    strings: dict[str, Any] = _as_strings(terms)
    return strings


def _document_allowance(invoice: Invoice, breakdown: list[dict[str, Any]]) -> dict[str, Any] | None:
    """BT-107 as the one document-level allowance (BG-20) it is, where that is certain.

    `Totals.discount` is the document-level discount (BT-107), and EN 16931 wants it itemised
    (BR-CO-11). With a single VAT category and rate the allowance's VAT is not in doubt, so it
    is written with the stated amount and UNCL 5189 reason code 95 ("Discount"). With several,
    which rate it falls under is not stated: BT-107 stands alone and BR-CO-11 is reported.
    """
    discount = invoice.totals.discount
    if not discount or len(breakdown) != 1 or "BG-20" in invoice.extra.get(EXTRA_KEY, {}):
        return None
    (subtotal,) = breakdown
    allowance: dict[str, Any] = {
        "amount": discount,
        "reason_code": "95",
        "vat_category_code": subtotal["BT-118"],
    }
    if "BT-119" in subtotal:
        allowance["vat_rate"] = subtotal["BT-119"]
    return allowance


def _fill(terms: dict[str, Any], stated: dict[str, Any]) -> None:
    """Add the terms of ``stated`` that ``terms`` lacks, recursively; ``terms`` wins."""
    lines = [terms.get(key) for key in _ADDRESS_LINES if terms.get(key)]
    if lines and lines == [stated.get(key) for key in _ADDRESS_LINES if stated.get(key)]:
        # The same street lines, where the document had them (the model drops blank ones).
        for key in _ADDRESS_LINES:
            terms.pop(key, None)
            if stated.get(key):
                terms[key] = stated[key]
    for key, value in stated.items():
        target_key: Any = None if key == "null" else key
        if target_key not in terms:
            terms[target_key] = _from_json(value)
            continue
        current = terms[target_key]
        if key == "identifiers" and isinstance(current, dict) and isinstance(value, dict):
            if set(current.values()) <= set(value.values()):
                # The model keeps one identifier without its scheme; the document had them all.
                terms[target_key] = _from_json(value)
        elif isinstance(current, dict) and isinstance(value, dict):
            _fill(current, value)
        elif isinstance(current, list) and isinstance(value, list) and len(current) == len(value):
            for mine, theirs in zip(current, value, strict=True):
                if isinstance(mine, dict) and isinstance(theirs, dict):
                    _fill(mine, theirs)


_ADDRESS_LINES = ("addr_l1", "addr_l2", "addr_l3")


def _from_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {None if key == "null" else key: _from_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_from_json(item) for item in value]
    return value


def _as_strings(value: Any) -> Any:
    # factur-x takes amounts, quantities and rates as strings and writes them verbatim.
    if isinstance(value, Decimal):
        return _amount(value)
    if isinstance(value, dict):
        return {key: _as_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_strings(item) for item in value]
    return value
