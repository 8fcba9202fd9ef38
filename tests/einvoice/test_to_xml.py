"""to_xml writes what the invoice states, exactly, and validates under the official rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import msgspec
import pytest
from helpers.einvoice import RULES, SELLER, complete_invoice
from lxml import etree

from invoicekit import InvoiceKind, Line, PaymentInstructions, Totals
from invoicekit.einvoice import (
    EInvoiceError,
    MissingBusinessTerms,
    business_terms,
    to_xml,
    validate,
)

UBL_INVOICE = "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"
UBL_CREDIT = "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_a_complete_invoice_validates_under_the_official_rules(syntax: str, en16931: Path) -> None:
    document = to_xml(complete_invoice(), syntax)  # type: ignore[arg-type]
    report = validate(document, RULES[syntax])
    assert report.syntax == syntax
    assert report.fatal == (), report.fatal
    assert report.ok


def test_amounts_are_written_exactly_as_stated() -> None:
    document = to_xml(complete_invoice(), "ubl")
    root = etree.fromstring(document)
    assert root.tag == UBL_INVOICE
    prices = root.findall(f".//{{{CBC}}}PriceAmount")
    assert [price.text for price in prices] == ["33.3333", "20.00"]
    assert root.findtext(f".//{{{CBC}}}TaxInclusiveAmount") == "142.80"


def test_a_credit_note_is_a_ubl_credit_note() -> None:
    credit = complete_invoice(kind=InvoiceKind.CREDIT_NOTE)
    root = etree.fromstring(to_xml(credit, "ubl"))
    assert root.tag == UBL_CREDIT
    assert root.findtext(f"{{{CBC}}}CreditNoteTypeCode") == "381"
    assert validate(etree.tostring(root), RULES["ubl"]).ok


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_vendor_totals_that_break_a_rule_are_written_and_reported(syntax: str) -> None:
    wrong = complete_invoice(
        totals=Totals(
            line_net=Decimal("120.00"),
            net=Decimal("120.00"),
            tax=Decimal("22.80"),
            gross=Decimal("142.81"),  # one cent off: BR-CO-15
            paid=Decimal("0.00"),
            due=Decimal("142.81"),
        )
    )
    document = to_xml(wrong, syntax)  # type: ignore[arg-type]
    assert b"142.81" in document
    assert "BR-CO-15" in validate(document, RULES[syntax]).rule_ids()


def test_missing_terms_raise_one_error_naming_every_term() -> None:
    bare = complete_invoice(
        number=None,
        seller=None,
        lines=(Line(id="1", name="Thing", net_amount=Decimal("1.00")),),
        tax_breakdown=(),
    )
    with pytest.raises(MissingBusinessTerms) as caught:
        to_xml(bare, "cii")
    error = caught.value
    assert {"BT-1", "BT-27", "BT-40", "BT-129", "BT-130", "BT-146", "BT-151", "BT-152"} <= set(
        error.terms
    )
    assert "BT-1 Invoice number" in str(error)
    assert "BT-130 Invoiced quantity unit of measure code (lines[0])" in str(error)
    assert error.vendor == "acme"
    assert error.invoice_id == "inv-1"


def test_the_user_fills_what_the_vendor_does_not_state() -> None:
    vague = complete_invoice(
        seller=None,
        lines=(
            Line(
                id="1",
                name="Consulting",
                quantity=Decimal("1"),
                unit="Stunde",
                unit_price=Decimal("120.00"),
                net_amount=Decimal("120.00"),
                tax_rate=Decimal("19"),
            ),
        ),
        tax_breakdown=(),
    )
    with pytest.raises(MissingBusinessTerms):
        to_xml(vague, "cii")
    document = to_xml(
        vague,
        "cii",
        seller=msgspec.to_builtins(SELLER),
        default_vat_category="S",
        unit_codes={"Stunde": "HUR"},
    )
    assert validate(document, RULES["cii"]).ok
    assert b'unitCode="HUR"' in document


def test_the_vendors_seller_is_completed_by_the_given_one() -> None:
    partial = complete_invoice(seller=SELLER.__replace__(vat_id=None, phone=None))
    terms = business_terms(partial, seller={"vat_id": "DE999999999", "name": "Other"})
    assert terms["BG-4"]["vat_identifier"] == "DE999999999"
    assert terms["BG-4"]["name"] == "Sandbox Software GmbH"  # the vendor's own value wins


@pytest.mark.parametrize(
    ("profile", "bt24"),
    [
        ("xrechnung", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"),
        (
            "peppol",
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        ),
    ],
)
@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_profiles_set_their_specification_identifier(syntax: str, profile: str, bt24: str) -> None:
    document = to_xml(complete_invoice(), syntax, profile)  # type: ignore[arg-type]
    assert bt24.encode() in document
    assert validate(document, RULES[syntax]).ok


def test_xrechnung_requires_the_buyer_reference_and_the_seller_contact() -> None:
    invoice = complete_invoice(buyer_reference=None, seller=SELLER.__replace__(phone=None))
    to_xml(invoice, "ubl")  # plain EN 16931 needs neither
    with pytest.raises(MissingBusinessTerms) as caught:
        to_xml(invoice, "ubl", "xrechnung")
    assert set(caught.value.terms) == {"BT-10", "BT-42"}


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(EInvoiceError, match="profile"):
        to_xml(complete_invoice(), "ubl", "nope")  # type: ignore[arg-type]
    with pytest.raises(EInvoiceError, match="syntax"):
        to_xml(complete_invoice(), "pdf")  # type: ignore[arg-type]
    with pytest.raises(EInvoiceError, match="UNCL 5305"):
        to_xml(complete_invoice(), "ubl", default_vat_category="X")


def test_the_dates_and_the_line_sum_are_copied_not_invented() -> None:
    invoice = complete_invoice(
        totals=complete_invoice().totals.__replace__(line_net=None),
        delivery_date=dt.date(2026, 11, 2),
    )
    terms = business_terms(invoice)
    assert terms["BT-106"] == "120.00"  # the sum of the stated line net amounts, exact
    assert terms["BT-72"] == dt.date(2026, 11, 2)
    assert "BT-107" not in terms  # no discount stated: none written


def test_a_document_discount_is_its_one_allowance() -> None:
    # Stripe's shape: line nets before the invoice discount, which the lines share.
    discounted = complete_invoice(
        lines=tuple(
            line.__replace__(discount_amount=Decimal("10.00")) for line in complete_invoice().lines
        ),
        totals=Totals(
            line_net=Decimal("120.00"),
            discount=Decimal("20.00"),
            net=Decimal("100.00"),
            tax=Decimal("19.00"),
            gross=Decimal("119.00"),
            paid=Decimal("0.00"),
            due=Decimal("119.00"),
        ),
        tax_breakdown=(
            complete_invoice()
            .tax_breakdown[0]
            .__replace__(taxable_amount=Decimal("100.00"), tax_amount=Decimal("19.00")),
        ),
    )
    terms = business_terms(discounted)
    assert terms["BG-20"] == [
        {"amount": "20.00", "reason_code": "95", "vat_category_code": "S", "vat_rate": "19"}
    ]
    assert all("BG-27" not in line for line in terms["BG-25"])
    for syntax in ("ubl", "cii"):
        assert validate(to_xml(discounted, syntax), RULES[syntax]).ok  # type: ignore[arg-type]


def test_a_star_unit_code_stands_for_every_other_unit() -> None:
    lines = tuple(line.__replace__(unit_code=None) for line in complete_invoice().lines)
    invoice = complete_invoice(lines=(lines[0].__replace__(unit="Stunde"), lines[1]))
    terms = business_terms(invoice, unit_codes={"Stunde": "HUR", "*": "C62"})
    assert [line["BT-130"] for line in terms["BG-25"]] == ["HUR", "C62"]


def test_payment_instructions_without_their_means_are_listed_with_the_other_gaps() -> None:
    vague = complete_invoice(number=None, payment_instructions=PaymentInstructions(iban="DE02"))
    with pytest.raises(MissingBusinessTerms) as caught:
        to_xml(vague, "ubl")
    assert set(caught.value.terms) == {"BT-1", "BT-81"}
    assert "BT-81 Payment means type code (payment_instructions)" in str(caught.value)


@pytest.mark.parametrize("syntax", ["ubl", "cii"])
def test_a_discount_taken_on_the_lines_is_written_as_line_allowances(syntax: str) -> None:
    # Fynn's shape: line nets after their discounts, and one discount total of those.
    discounted = complete_invoice(
        lines=(
            complete_invoice()
            .lines[0]
            .__replace__(
                quantity=Decimal("1"),
                unit_price=Decimal("110.00"),
                discount_amount=Decimal("10.00"),
            ),
            complete_invoice().lines[1],
        ),
        totals=complete_invoice().totals.__replace__(discount=Decimal("10.00")),
    )
    terms = business_terms(discounted)
    assert "BT-107" not in terms
    assert "BG-20" not in terms
    assert terms["BG-25"][0]["BG-27"] == [{"amount": "10.00", "reason_code": "95"}]
    assert "BG-27" not in terms["BG-25"][1]
    document = to_xml(discounted, syntax)  # type: ignore[arg-type]
    assert validate(document, RULES[syntax]).fatal == ()
