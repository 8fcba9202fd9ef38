"""The vendor's own e-invoice: ``client.download_xml`` (Fynn's ZUGFeRD) and `einvoice.complete`."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal

import pytest
from helpers.einvoice import RULES, SELLER, complete_invoice

import invoicekit
from invoicekit import (
    Invoice,
    InvoiceKind,
    NormalizationError,
    Party,
    PaymentInstructions,
    TaxSubtotal,
    Unsupported,
)
from invoicekit.einvoice import (
    EInvoiceError,
    complete,
    embedded_xml,
    to_facturx,
    to_xml,
    validate,
)
from invoicekit.sandbox import SandboxServer, minimal_pdf

SIZE = 60


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn", "yeti"], size=SIZE) as running:
        yield running


@pytest.fixture(scope="module")
def fynn(server: SandboxServer) -> list[Invoice]:
    with server.connect("fynn") as client:
        return list(client.list_invoices())


def _zugferd(invoices: list[Invoice]) -> list[Invoice]:
    chosen = [
        invoice
        for invoice in invoices
        if invoice.extra.get("eInvoiceType") == "zugferd"
        and invoice.number
        and invoice.kind in (InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE)
    ]
    assert chosen, "the sandbox sample has no ZUGFeRD customer's invoice"
    return chosen


def test_fynns_xml_names_the_seller_and_validates(
    server: SandboxServer, fynn: list[Invoice]
) -> None:
    with server.connect("fynn") as client:
        for invoice in _zugferd(fynn)[:4]:
            xml = client.download_xml(invoice.id)
            assert xml.startswith(b"<?xml")
            # The sandbox writes what Fynn's docs promise: an EN 16931 CII.
            assert validate(xml, RULES["cii"]).fatal == ()
            stated = invoicekit.normalize("cii", xml)
            assert stated.number == invoice.number
            assert stated.seller is not None
            assert stated.seller.name == "Fynn Sandbox GmbH"
            assert (stated.seller.vat_id or "").startswith("DE")
            assert stated.totals.gross == invoice.totals.gross


def test_complete_takes_seller_categories_and_iban_from_fynns_xml(
    server: SandboxServer, fynn: list[Invoice]
) -> None:
    with server.connect("fynn") as client:
        chosen = _zugferd(fynn)
        completed = [complete(item, client.download_xml(item.id)) for item in chosen]
    for before, after in zip(chosen, completed, strict=True):
        assert before.seller is None  # Fynn's JSON does not describe the seller
        assert after.seller is not None
        assert after.seller.vat_id
        assert all(line.vat_category in {"S", "G"} for line in after.lines)
        assert all(line.unit_code for line in after.lines)
        assert after.totals == before.totals  # no amount is taken from the document
        assert after.lines[0].net_amount == before.lines[0].net_amount
        assert after.raw == before.raw
        assert after.type_code == before.type_code
        for syntax in ("ubl", "cii"):
            # Nothing given by the user: Fynn's XML supplied what its JSON lacks.
            document = to_xml(after, syntax)  # type: ignore[arg-type]
            # Line discounts included: Fynn's discount total is written as line allowances.
            report = validate(document, RULES[syntax])
            assert report.fatal == (), (before.id, syntax, report.fatal)
    means = {
        item.payment_instructions.means_code for item in completed if item.payment_instructions
    }
    assert means <= {"58", "59", "48"}
    assert means
    transfers = [
        item.payment_instructions
        for item in completed
        if item.payment_instructions and item.payment_instructions.means_code == "58"
    ]
    assert all(p.iban and p.iban.startswith("DE") for p in transfers)


def test_a_pdf_without_xml_is_unsupported_and_says_why(
    server: SandboxServer, fynn: list[Invoice]
) -> None:
    plain = next(
        invoice
        for invoice in fynn
        if invoice.number and invoice.extra.get("eInvoiceType") in (None, "xrechnung")
    )
    with server.connect("fynn") as client, pytest.raises(Unsupported) as caught:
        client.download_xml(plain.id)
    assert "XRechnung" in str(caught.value)
    assert caught.value.vendor == "fynn"


def test_a_vendor_without_xml_is_unsupported(server: SandboxServer) -> None:
    with server.connect("yeti") as client:
        first = next(iter(client.list_invoices()))
        with pytest.raises(Unsupported):
            client.download_xml(first.id)


def test_the_async_client_downloads_it_too(server: SandboxServer, fynn: list[Invoice]) -> None:
    invoice = _zugferd(fynn)[0]

    async def fetch() -> bytes:
        async with server.connect_async("fynn") as client:
            return await client.download_xml(invoice.id)

    with server.connect("fynn") as client:
        assert asyncio.run(fetch()) == client.download_xml(invoice.id)


def test_a_factur_x_pdf_completes_as_its_xml_does(
    server: SandboxServer, fynn: list[Invoice]
) -> None:
    invoice = _zugferd(fynn)[0]
    with server.connect("fynn") as client:
        pdf = client.download_pdf(invoice.id)
        xml = client.download_xml(invoice.id)
    assert complete(invoice, pdf) == complete(invoice, xml)


# -- complete, on its own -----------------------------------------------------------------


def _stated(**changes: object) -> bytes:
    return to_xml(complete_invoice(**changes), "cii")


def test_what_the_invoice_states_wins() -> None:
    mine = complete_invoice(
        seller=Party(name="Our Name GmbH"),
        payment_terms="Sofort",
        lines=tuple(
            line.__replace__(vat_category=None, unit_code=None) for line in complete_invoice().lines
        ),
        tax_breakdown=(
            TaxSubtotal(
                rate=Decimal("19"), taxable_amount=Decimal("120.00"), tax_amount=Decimal("22.80")
            ),
        ),
    )
    done = complete(
        mine,
        _stated(
            payment_instructions=PaymentInstructions(means_code="58", iban="DE02120300000000202051")
        ),
    )
    assert done.seller is not None
    assert done.seller.name == "Our Name GmbH"  # the invoice's own
    assert done.seller.vat_id == SELLER.vat_id  # the document's, where the invoice had none
    assert done.payment_terms == "Sofort"
    assert [line.vat_category for line in done.lines] == ["S", "S"]
    assert [line.unit_code for line in done.lines] == ["HUR", "C62"]
    assert done.tax_breakdown[0].category == "S"
    assert done.payment_instructions == PaymentInstructions(
        means_code="58", iban="DE02120300000000202051"
    )


def test_lines_that_do_not_correspond_are_left_alone() -> None:
    bare = tuple(line.__replace__(vat_category=None) for line in complete_invoice().lines)
    fewer = complete(complete_invoice(lines=bare[:1]), _stated())
    assert fewer.lines[0].vat_category is None
    other_net = (bare[0].__replace__(net_amount=Decimal("99.00")), bare[1])
    differing = complete(complete_invoice(lines=other_net), _stated())
    assert [line.vat_category for line in differing.lines] == [None, None]


def test_a_document_of_another_invoice_is_refused() -> None:
    with pytest.raises(EInvoiceError, match="RE-2026-0001"):
        complete(complete_invoice(number="RE-OTHER"), _stated())


def test_a_hostile_document_is_a_normalization_error() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(NormalizationError):
        complete(complete_invoice(), bomb)
    with pytest.raises(NormalizationError):
        complete(complete_invoice(), minimal_pdf(["no xml"]))


def test_minimal_pdf_attachments_are_read_back() -> None:
    xml = _stated()
    pdf = minimal_pdf(["x"], {"factur-x.xml": xml})
    assert embedded_xml(pdf, source="test") == xml
    assert embedded_xml(minimal_pdf(["x"]), source="test") is None
    assert isinstance(to_facturx(complete_invoice(), pdf), bytes)  # the XML is replaced


def test_a_hostile_attachment_is_handed_over_unparsed_and_refused_when_read() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>'
    )
    pdf = minimal_pdf(["x"], {"notes.xml": b"<other/>", "factur-x.xml": bomb})
    assert embedded_xml(pdf, source="test") == bomb  # the named one wins; nothing expanded
    with pytest.raises(NormalizationError, match="declares a DTD"):
        invoicekit.normalize("facturx", pdf)
    fallback = minimal_pdf(["x"], {"rechnung.xml": _stated()})
    assert embedded_xml(fallback, source="test") == _stated()
