"""Daftra payloads -> Invoice: the seed, the official shape, and every mapping decision."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest

import invoicekit
from invoicekit import InvoiceKind, InvoiceStatus, NormalizationError, PaymentStatus
from invoicekit.flows import locate
from invoicekit.testing import assert_conformant

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"


def body_of(name: str) -> bytes:
    return (PAYLOADS / name).read_bytes()


def payload(name: str = "full_invoice.json") -> dict[str, Any]:
    return json.loads(body_of(name))


def normalize(document: dict[str, Any] | bytes) -> invoicekit.Invoice:
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    return invoicekit.normalize("daftra", body)


def with_header(**changes: Any) -> dict[str, Any]:
    """The full invoice with some `data.Invoice` keys changed (None means JSON null)."""
    document = payload()
    document["data"]["Invoice"].update(changes)
    return document


# --- the seed (daftradocs222, sibling layout) ---------------------------------------------------


def test_seed_normalizes_to_the_values_it_states() -> None:
    body = body_of("seed_invoice.json")
    invoice = invoicekit.normalize("daftra", body)
    assert invoice.vendor == "daftra"
    assert invoice.id == "123"
    assert invoice.number == "INV-2023-001"
    assert invoice.kind is InvoiceKind.INVOICE
    assert invoice.kind_raw is None
    assert invoice.status is InvoiceStatus.PARTIALLY_PAID
    assert invoice.status_raw == "1"
    assert invoice.issue_date == dt.date(2023, 3, 23)
    assert invoice.due_date == dt.date(2023, 4, 22)
    assert invoice.currency == "USD"
    assert invoice.notes == ("Thank you for your business",)
    assert invoice.created_at is None
    assert invoice.updated_at is None
    assert invoice.extra == {"created": "2023-03-23 10:15:22", "modified": "2023-03-23 10:15:22"}


def test_seed_total_keeps_its_scale_and_nothing_else_is_invented() -> None:
    totals = normalize(body_of("seed_invoice.json")).totals
    assert totals.gross == Decimal("120.00")
    assert str(totals.gross) == "120.00"
    # The seed states no subtotal, so net and tax are unknown; its one payment has no status,
    # so how much of it counts as paid is unknown too.
    assert (totals.net, totals.tax, totals.line_net, totals.discount) == (None,) * 4
    assert (totals.paid, totals.due) == (None, None)


def test_seed_client_beside_the_invoice_is_the_buyer() -> None:
    buyer = normalize(body_of("seed_invoice.json")).buyer
    assert buyer == invoicekit.Party(id="15", name="ACME Corporation", email="billing@acmecorp.com")


def test_seed_line_reads_tax1_as_an_id_and_total_as_gross() -> None:
    (line,) = normalize(body_of("seed_invoice.json")).lines
    assert line.id == "456"
    assert line.name is None
    assert line.description == "Premium Widget"
    assert line.product_id == "1"
    assert line.quantity == Decimal("1")
    assert str(line.unit_price) == "100.00"
    assert line.tax_amount is None  # tax1: 20.00 is a tax id, not an amount
    assert str(line.gross_amount) == "120.00"
    assert line.net_amount is None
    assert line.discount_amount == Decimal("0")


def test_seed_payment() -> None:
    (payment,) = normalize(body_of("seed_invoice.json")).payments
    assert payment == invoicekit.Payment(
        id="789",
        date=dt.date(2023, 3, 24),
        amount=Decimal("50.00"),
        method="Credit Card",
        reference="TXN123456",
        status=PaymentStatus.UNKNOWN,
    )


def test_seed_payment_with_a_completed_status_gives_paid_and_due() -> None:
    document = payload("seed_invoice.json")
    document["data"]["InvoicePayment"][0]["status"] = 1
    totals = normalize(document).totals
    assert (totals.paid, totals.due) == (Decimal("50.00"), Decimal("70.00"))


# --- the official shape (nested associations, numbers as strings) ------------------------------


def _all_numbers_as_strings(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _all_numbers_as_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_all_numbers_as_strings(item) for item in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value


@pytest.mark.parametrize("stringify", [False, True], ids=["as-in-spec", "every-number-a-string"])
def test_official_example_normalizes(stringify: bool) -> None:
    document = payload("official_invoice.json")
    if stringify:
        document = _all_numbers_as_strings(document)
    invoice = normalize(document)
    assert invoice.id == "2621"
    assert invoice.number == "000021"
    assert invoice.status is InvoiceStatus.PARTIALLY_PAID
    assert invoice.status_raw == "1"
    assert invoice.currency == "SAR"
    assert invoice.issue_date == dt.date(2023, 3, 23)
    assert invoice.due_date is None  # no due_after
    assert invoice.totals == invoicekit.Totals(
        line_net=Decimal("100"),
        discount=Decimal("0"),
        net=Decimal("100"),
        tax=Decimal("15"),
        gross=Decimal("115"),
        paid=Decimal("50"),
        due=Decimal("65"),
    )
    assert invoice.buyer == invoicekit.Party(
        id="15", name="ACME", email="a@b.c", address=invoicekit.Address(country="SA")
    )
    (line,) = invoice.lines
    assert (line.id, line.name, line.net_amount, line.tax_amount) == (
        "456",
        "Widget",
        Decimal("100"),
        Decimal("15"),
    )
    assert line.discount_amount == Decimal("0")
    (payment,) = invoice.payments
    assert (payment.id, payment.method, payment.amount) == ("789", "cash", Decimal("50"))
    assert (payment.status, payment.status_raw) == (PaymentStatus.COMPLETED, "1")
    assert invoice.pdf_url == (
        "https://x.daftra.com/invoices/view/2621.pdf?hash=c06543fe13bd4850b521733687c53259"
    )


def test_full_invoice_totals_lines_and_extra() -> None:
    invoice = normalize(body_of("full_invoice.json"))
    assert invoice.totals == invoicekit.Totals(
        line_net=Decimal("475.00"),
        discount=Decimal("55.00"),
        net=Decimal("420.00"),
        tax=Decimal("64.50"),
        gross=Decimal("484.50"),
        paid=Decimal("300.00"),
        due=Decimal("184.50"),
    )
    first, second = invoice.lines
    assert first.discount_amount == Decimal("40.00")  # calculated_discount wins
    assert second.discount_amount == Decimal("5")  # discount_type 2: an absolute amount
    assert str(second.unit_price) == "50.000"
    assert second.quantity == Decimal("1.5")
    assert second.tax_amount == Decimal("10.50")  # summary_tax1 + summary_tax2 (0.00)
    assert invoice.purchase_order_reference == "PO-77"
    assert invoice.notes == ("Thank you!",)
    assert invoice.extra == {
        "created": "2024-01-10 09:15:00",
        "modified": "2024-01-12 14:03:05",
        "issue_date": "2024-01-11",
        "invoice_html_url": (
            "https://acme.daftra.com/invoices/preview/2622?hash=5e6f9b1c0f3e5d2a4b6c8e0f1a2b3c4d"
        ),
        "qr_code_url": "https://acme.daftra.com/qr/?d64=QVE1TmIy",
        "html_notes": "<p>Thank you!</p>",
        "discount_amount": "10.00",
    }


def test_invoice_date_is_the_issue_date_and_due_after_counts_from_it() -> None:
    invoice = normalize(body_of("full_invoice.json"))
    assert invoice.issue_date == dt.date(2024, 1, 10)  # `date`, not `issue_date`
    assert invoice.due_date == dt.date(2024, 2, 9)
    assert normalize(with_header(due_after="0")).due_date == dt.date(2024, 1, 10)
    assert normalize(with_header(due_after=None)).due_date is None
    assert normalize(with_header(date=None)).issue_date == dt.date(2024, 1, 11)


def test_an_explicit_due_date_wins_over_due_after() -> None:
    assert normalize(with_header(due_date="2024-03-01")).due_date == dt.date(2024, 3, 1)


def test_payments_map_their_status_codes() -> None:
    payments = normalize(body_of("full_invoice.json")).payments
    assert [(p.status, p.status_raw) for p in payments] == [
        (PaymentStatus.COMPLETED, "1"),
        (PaymentStatus.FAILED, "0"),
        (PaymentStatus.PENDING, "2"),
    ]
    assert payments[0].date == dt.date(2024, 1, 12)  # the day of a naive timestamp
    assert payments[0].currency == "SAR"
    assert payments[0].reference == "RCPT-1"


@pytest.mark.parametrize(
    ("code", "status"),
    [(1, PaymentStatus.COMPLETED), (2, PaymentStatus.PENDING), (0, PaymentStatus.FAILED),
     (3, PaymentStatus.FAILED), (9, PaymentStatus.UNKNOWN)],
)  # fmt: skip
def test_payment_status_codes(code: int, status: PaymentStatus) -> None:
    document = payload()
    document["data"]["Invoice"]["InvoicePayment"][0]["status"] = str(code)
    (first, *_) = normalize(document).payments
    assert (first.status, first.status_raw) == (status, str(code))


def test_without_summary_paid_only_completed_payments_count() -> None:
    document = with_header(summary_paid=None, summary_unpaid=None)
    totals = normalize(document).totals
    assert totals.paid == Decimal("300.00")  # 902 failed and 903 pending do not count
    assert totals.due == Decimal("184.50")


def test_without_summary_paid_an_unknown_payment_status_leaves_paid_unknown() -> None:
    document = with_header(summary_paid=None, summary_unpaid=None)
    del document["data"]["Invoice"]["InvoicePayment"][1]["status"]
    totals = normalize(document).totals
    assert (totals.paid, totals.due) == (None, None)


def test_without_summary_paid_and_no_payments_nothing_is_paid() -> None:
    document = with_header(summary_paid=None, summary_unpaid=None, InvoicePayment=[])
    totals = normalize(document).totals
    assert (totals.paid, totals.due) == (Decimal(0), Decimal("484.50"))


# --- status and kind -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "payment_status", "status", "raw"),
    [
        ("0", "0", InvoiceStatus.OPEN, "0"),
        ("0", "", InvoiceStatus.OPEN, ""),
        ("0", None, InvoiceStatus.OPEN, None),
        ("0", "1", InvoiceStatus.PARTIALLY_PAID, "1"),
        ("0", 2, InvoiceStatus.PAID, "2"),
        ("0", "3", InvoiceStatus.REFUNDED, "3"),
        ("0", "4", InvoiceStatus.OVERPAID, "4"),
        ("0", "-1", InvoiceStatus.DRAFT, "-1"),
        ("1", "0", InvoiceStatus.DRAFT, "draft"),
        (True, "2", InvoiceStatus.DRAFT, "draft"),
        ("0", "7", InvoiceStatus.UNKNOWN, "7"),
        ("0", "overdue", InvoiceStatus.UNKNOWN, "overdue"),
        ("0", "1" * 50, InvoiceStatus.UNKNOWN, "1" * 50),
    ],
)
def test_status(draft: Any, payment_status: Any, status: InvoiceStatus, raw: str | None) -> None:
    invoice = normalize(with_header(draft=draft, payment_status=payment_status))
    assert (invoice.status, invoice.status_raw) == (status, raw)


def test_no_status_at_all_is_unknown() -> None:
    document = payload()
    del document["data"]["Invoice"]["payment_status"]
    invoice = normalize(document)
    assert (invoice.status, invoice.status_raw) == (InvoiceStatus.UNKNOWN, None)


def test_payment_status_wins_over_the_seed_status_alias() -> None:
    invoice = normalize(with_header(payment_status="2", status=1))
    assert (invoice.status, invoice.status_raw) == (InvoiceStatus.PAID, "2")


@pytest.mark.parametrize(
    ("code", "kind"),
    [("0", InvoiceKind.INVOICE), ("5", InvoiceKind.CREDIT_NOTE), ("6", InvoiceKind.REFUND),
     ("16", InvoiceKind.DEBIT_NOTE), ("19", InvoiceKind.OTHER), ("3", InvoiceKind.OTHER),
     ("42", InvoiceKind.OTHER)],
)  # fmt: skip
def test_kind(code: str, kind: InvoiceKind) -> None:
    invoice = normalize(with_header(type=code))
    assert (invoice.kind, invoice.kind_raw) == (kind, code)


def test_a_debit_note_refers_to_its_parent_invoice() -> None:
    invoice = normalize(with_header(type="16", subscription_id="2600"))
    assert invoice.preceding_invoice == invoicekit.InvoiceReference(id="2600")
    assert "subscription_id" not in invoice.extra


def test_an_invoice_keeps_its_subscription_in_extra() -> None:
    invoice = normalize(with_header(type="0", subscription_id="12"))
    assert invoice.preceding_invoice is None
    assert invoice.extra["subscription_id"] == 12


# --- buyer -----------------------------------------------------------------------------------


def test_buyer_prefers_the_snapshot_and_fills_in_from_the_client() -> None:
    buyer = normalize(body_of("full_invoice.json")).buyer
    assert buyer == invoicekit.Party(
        id="15",
        number="000015",
        name="ACME Trading",
        contact_name="Sara Ali",
        email="billing@acme.example",
        phone="+966 11 555 0100",
        vat_id="300000000000003",
        legal_registration_id="1010101010",
        address=invoicekit.Address(
            lines=("King Fahd Rd 12", "Floor 3"),
            city="Riyadh",
            postal_code="12271",
            region="Riyadh Province",
            country="SA",
        ),
    )


def test_without_a_snapshot_the_client_record_is_the_buyer() -> None:
    document = payload()
    header = document["data"]["Invoice"]
    for key in [key for key in header if key.startswith("client_") and key != "client_id"]:
        del header[key]
    buyer = normalize(document).buyer
    assert buyer is not None
    assert buyer.name == "ACME Trading Co."
    assert buyer.email == "accounts@acme.example"
    assert buyer.address == invoicekit.Address(lines=("Old Street 1",), city="Jeddah", country="SA")


def test_a_person_without_business_name_is_named_by_first_and_last_name() -> None:
    document = payload("list_page.json")["data"][1]
    buyer = normalize({"result": "successful", "code": 200, "data": document}).buyer
    assert buyer is not None
    assert (buyer.name, buyer.contact_name) == ("Sara Ali", None)


def test_business_numbers_need_a_vat_label_to_be_a_vat_id() -> None:
    document = payload()
    client = document["data"]["Invoice"]["Client"]
    client.update(bn1_label="الرقم الضريبي", bn2_label="Something else")
    buyer = normalize(document).buyer
    assert buyer is not None
    assert (buyer.vat_id, buyer.legal_registration_id) == ("300000000000003", None)


def test_no_client_details_at_all_means_no_buyer() -> None:
    document = payload("official_invoice.json")
    del document["data"]["Invoice"]["Client"]
    del document["data"]["Invoice"]["client_id"]
    assert normalize(document).buyer is None


# --- lines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"discount": "10", "discount_type": "1"}, Decimal("40.0000")),  # 10 % of 200.00 x 2
        ({"discount": "12.5", "discount_type": "2"}, Decimal("12.5")),
        ({"discount": "0", "discount_type": None}, Decimal("0")),
        ({"discount": "10", "discount_type": None}, None),
        ({"discount": "10", "discount_type": "9"}, None),
        ({"discount": None, "discount_type": "1"}, None),
    ],
)
def test_line_discount_follows_discount_type(
    changes: dict[str, Any], expected: Decimal | None
) -> None:
    document = payload()
    item = document["data"]["Invoice"]["InvoiceItem"][0]
    del item["calculated_discount"]
    item.update(changes)
    line = normalize(document).lines[0]
    assert line.discount_amount == expected
    if expected is not None:
        assert str(line.discount_amount) == str(expected)


def test_a_tax_id_without_its_amount_makes_the_line_tax_and_the_total_tax_fall_back() -> None:
    document = payload()
    document["data"]["Invoice"]["InvoiceItem"][1]["summary_tax2"] = None
    invoice = normalize(document)
    assert invoice.lines[1].tax_amount is None
    # Not every line has a tax amount: tax is derived from the totals instead.
    assert invoice.totals.tax == Decimal("64.50")


def test_tax_falls_back_to_total_minus_net_and_needs_every_input() -> None:
    document = with_header(summary_total="500.00")
    for item in document["data"]["Invoice"]["InvoiceItem"]:
        item["summary_tax1"] = None
    assert normalize(document).totals.tax == Decimal("80.00")  # 500.00 - (475.00 - 55.00)
    document["data"]["Invoice"]["summary_discount"] = None
    totals = normalize(document).totals
    assert (totals.net, totals.tax) == (None, None)


def test_shipping_is_a_charge_and_stops_net_from_being_derived() -> None:
    totals = normalize(with_header(shipping_amount="15.00")).totals
    assert totals.charges == Decimal("15.00")
    assert totals.net is None
    assert totals.tax == Decimal("64.50")  # still the lines' own tax amounts


def test_empty_lines_and_payments() -> None:
    document = with_header(InvoiceItem=[], InvoicePayment=[])
    invoice = normalize(document)
    assert invoice.lines == ()
    assert invoice.payments == ()
    assert invoice.totals.tax == Decimal("64.50")  # gross - net, no lines to sum


def test_nested_associations_win_over_siblings() -> None:
    document = payload()
    document["data"]["InvoiceItem"] = [{"id": 1, "item": "sibling"}]
    document["data"]["Client"] = {"id": 99, "business_name": "Sibling Ltd"}
    invoice = normalize(document)
    assert [line.id for line in invoice.lines] == ["501", "502"]
    assert invoice.buyer is not None
    assert invoice.buyer.id == "15"


# --- money: scale, size, currency ------------------------------------------------------------


@pytest.mark.parametrize(
    ("currency", "total", "paid"),
    [("JPY", "1500", "500"), ("KWD", "12.345", "2.005"), ("BHD", "0.500", "0.125")],
)
def test_currency_scale_is_kept(currency: str, total: str, paid: str) -> None:
    document = with_header(
        currency_code=currency,
        summary_total=total,
        summary_paid=paid,
        summary_unpaid=None,
        summary_subtotal=total,
        summary_discount="0",
        InvoiceItem=[],
    )
    invoice = normalize(document)
    assert invoice.currency == currency
    assert str(invoice.totals.gross) == total
    assert str(invoice.totals.paid) == paid
    assert invoice.totals.due == Decimal(total) - Decimal(paid)
    assert str(invoice.totals.tax) in {"0", "0.000"}


def test_large_amounts_stay_exact() -> None:
    big = "123456789012345.678"
    document = with_header(
        summary_total=big, summary_subtotal=big, summary_discount="0.001", InvoiceItem=[]
    )
    totals = normalize(document).totals
    assert str(totals.gross) == big
    assert totals.net == Decimal("123456789012345.677")
    assert totals.tax == Decimal("0.001")


def test_numbers_written_as_json_numbers_keep_their_scale() -> None:
    body = json.dumps(payload()).replace('"summary_total": "484.50"', '"summary_total": 484.50')
    assert '"summary_total": 484.50' in body
    assert str(normalize(body.encode()).totals.gross) == "484.50"


# --- null and absent -------------------------------------------------------------------------

_REQUIRED = {("result",), ("code",), ("data",), ("data", "Invoice"), ("data", "Invoice", "id")}


def _leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    paths = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            paths += _leaf_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += _leaf_paths(item, (*prefix, index))
    return paths


def _optional_paths() -> list[tuple[Any, ...]]:
    return [
        path
        for path in _leaf_paths(payload())
        if path not in _REQUIRED
        and not isinstance(path[-1], int)  # list elements are not fields
        and path[-1] != "id"  # every record's id is required
    ]


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


@pytest.mark.parametrize("path", _optional_paths(), ids=lambda path: ".".join(map(str, path)))
def test_null_in_any_optional_field_normalizes(path: tuple[Any, ...]) -> None:
    document = payload()
    _set(document, path, None)
    invoice = normalize(document)
    assert invoice.id == "2622"
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice


def test_null_in_every_optional_field_at_once() -> None:
    document = payload()
    for path in sorted(_optional_paths(), key=len, reverse=True):  # leaves before containers
        _set(document, path, None)
    invoice = normalize(document)
    assert invoice.id == "2622"
    assert (invoice.status, invoice.status_raw) == (InvoiceStatus.OPEN, None)
    assert (invoice.kind, invoice.kind_raw) == (InvoiceKind.INVOICE, None)
    assert invoice.totals == invoicekit.Totals()
    assert (invoice.lines, invoice.payments, invoice.notes) == ((), (), ())
    assert invoice.buyer is None
    assert (invoice.number, invoice.currency, invoice.issue_date) == (None, None, None)
    assert invoice.extra == {}


@pytest.mark.parametrize("blank", ["", "   "])
def test_blank_strings_are_absent(blank: str) -> None:
    invoice = normalize(with_header(no=blank, currency_code=blank, notes=blank, po_number=blank))
    assert (invoice.number, invoice.currency, invoice.notes) == (None, None, ())
    assert invoice.purchase_order_reference is None


def test_mysql_zero_dates_are_no_date() -> None:
    document = payload()
    document["data"]["Invoice"]["InvoicePayment"][0]["date"] = "0000-00-00 00:00:00"
    assert normalize(document).payments[0].date is None


# --- raw and the JSON round trip -------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["seed_invoice.json", "official_invoice.json", "full_invoice.json"]
)
def test_raw_is_the_documents_own_bytes_and_the_invoice_round_trips(name: str) -> None:
    body = body_of(name)
    invoice = normalize(body)
    assert bytes(invoice.raw) == bytes(locate("daftra", body, ("data",)))
    assert json.loads(msgspec.json.encode(invoice.raw)) == json.loads(body)["data"]
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice


@pytest.mark.parametrize(
    "name", ["seed_invoice.json", "official_invoice.json", "full_invoice.json"]
)
def test_recorded_payloads_pass_the_conformance_checks(name: str) -> None:
    assert_conformant(normalize(body_of(name)))


# --- payloads that are not Daftra invoices ---------------------------------------------------


def _error(document: dict[str, Any] | bytes) -> NormalizationError:
    with pytest.raises(NormalizationError) as caught:
        normalize(document)
    assert caught.value.vendor == "daftra"
    return caught.value


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"id": "abc"}, "$.data.Invoice.id"),
        ({"id": 0}, "$.data.Invoice.id"),
        ({"summary_total": "abc"}, "$.data.Invoice.summary_total"),
        ({"summary_total": "NaN"}, "$.data.Invoice.summary_total"),
        ({"summary_paid": "Infinity"}, "$.data.Invoice.summary_paid"),
        ({"date": "23/03/2023"}, "$.data.Invoice.date"),
        ({"date": "2023-02-30"}, "$.data.Invoice.date"),
        ({"currency_code": "usd"}, "$.data.Invoice.currency_code"),
        ({"currency_code": 840}, "$.data.Invoice.currency_code"),
        ({"no": ["000022"]}, "$.data.Invoice.no"),
        ({"draft": "maybe"}, "$.data.Invoice.draft"),
        ({"due_after": "-5"}, "$.data.Invoice.due_after"),
        ({"due_after": "999999999"}, "$.data.Invoice.due_after"),
        ({"client_country_code": "Saudi Arabia"}, "$.data.Invoice.client_country_code"),
        ({"InvoiceItem": {"id": 1}}, "$.data.Invoice.InvoiceItem"),
    ],
)
def test_invalid_values_name_their_path(changes: dict[str, Any], path: str) -> None:
    assert _error(with_header(**changes)).path == path


def test_invalid_values_inside_lines_and_payments_name_their_path() -> None:
    document = payload()
    document["data"]["Invoice"]["InvoiceItem"][1]["unit_price"] = "12,50"
    assert _error(document).path == "$.data.Invoice.InvoiceItem[1].unit_price"
    document = payload()
    document["data"]["Invoice"]["InvoicePayment"][2]["date"] = "yesterday"
    assert _error(document).path == "$.data.Invoice.InvoicePayment[2].date"
    document = payload("seed_invoice.json")
    document["data"]["InvoicePayment"][0]["amount"] = "fifty"
    assert _error(document).path == "$.data.InvoicePayment[0].amount"


def test_missing_required_keys() -> None:
    document = payload()
    del document["data"]["Invoice"]["id"]
    assert _error(document).path == "$.data.Invoice"
    document = payload()
    del document["data"]["Invoice"]
    assert _error(document).path == "$.data"
    document = payload()
    del document["data"]
    assert (_error(document).path, _error(document).cause) == ("$.data", "missing")


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b"", b'{"data": ', b"null"])
def test_not_an_invoice_document(body: bytes) -> None:
    assert _error(body).path == "$"


def test_amounts_too_large_to_compute_exactly_are_an_error_not_a_rounded_value() -> None:
    document = with_header(summary_subtotal="1e500", summary_discount="0.01", InvoiceItem=[])
    assert _error(document).path == "$.data.Invoice.summary_subtotal"


def test_the_payload_is_not_changed_by_normalizing() -> None:
    document = payload()
    before = copy.deepcopy(document)
    normalize(document)
    assert document == before
