"""Normalization of Fynn invoices (issue 3): recorded payloads in, exact `Invoice`s out."""

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
from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    NormalizationError,
    Party,
    TaxSubtotal,
    Totals,
)

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "fynn"
SEED_ID = "3f1c2a9e-6b7d-4e2f-9a41-0c5d8e7b1a23"


def body(name: str) -> bytes:
    return (PAYLOADS / f"{name}.json").read_bytes()


def payload(name: str = "seed_invoice") -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(body(name))
    return loaded


def money(amount: int | str, precision: int | None = 2, currency: str | None = "EUR") -> dict:
    value: dict[str, Any] = {"amount": amount}
    if precision is not None:
        value["precision"] = precision
    if currency is not None:
        value["currencyCode"] = currency
    return value


def normalize(source: dict[str, Any] | bytes) -> Invoice:
    data = source if isinstance(source, bytes) else msgspec.json.encode(source)
    invoice = invoicekit.normalize("fynn", data)
    # Every invoice the plugin builds must survive its own JSON form.
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice
    return invoice


def fails_at(source: dict[str, Any] | bytes, path: str) -> NormalizationError:
    data = source if isinstance(source, bytes) else msgspec.json.encode(source)
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("fynn", data)
    assert caught.value.vendor == "fynn"
    assert caught.value.path == path, caught.value
    return caught.value


def position(**changes: Any) -> dict[str, Any]:
    item = copy.deepcopy(payload()["positions"][0])
    item.update(changes)
    return item


# --------------------------------------------------------------------------- recorded payloads


def test_the_seed_invoice_normalizes_to_the_values_it_states() -> None:
    invoice = normalize(body("seed_invoice"))

    assert invoice.vendor == "fynn"
    assert invoice.id == SEED_ID
    assert invoice.number == "RE-0000000001"
    assert (invoice.kind, invoice.kind_raw) == (InvoiceKind.INVOICE, "TYPE_INVOICE")
    assert (invoice.status, invoice.status_raw) == (InvoiceStatus.OPEN, "STATUS_UNPAID")
    assert invoice.issue_date == dt.date(2023, 11, 7)
    assert invoice.due_date == dt.date(2023, 11, 21)
    assert invoice.period_start == dt.date(2023, 11, 1)
    assert invoice.period_end == dt.date(2023, 11, 30)
    assert invoice.currency == "EUR"
    assert invoice.created_at == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert invoice.updated_at is None
    assert invoice.seller is None
    assert invoice.buyer == Party(
        id="8d2b6c1e-4f3a-4b7d-9e2c-5a1f0b3d7c64",
        number="CUSTOMER-000",
        name="Acme Inc.",
        contact_name="John Doe",
        vat_id="DE123456789",
        address=Address(
            lines=("Musterstraße 1",), city="Berlin", postal_code="10115", country="DE"
        ),
    )
    assert invoice.buyer_reference is None
    assert invoice.totals == Totals(
        net=Decimal("49.00"),
        tax=Decimal("9.31"),
        gross=Decimal("58.31"),
        paid=Decimal("0.00"),
        due=Decimal("58.31"),
    )
    # Equal Decimals can differ in scale; the scale is part of the contract.
    totals = invoice.totals
    assert [str(totals.net), str(totals.tax), str(totals.gross), str(totals.paid)] == [
        "49.00",
        "9.31",
        "58.31",
        "0.00",
    ]
    (line,) = invoice.lines
    assert line.id == "5b7e1d2c-9a3f-4c6e-8b1d-2f4a6c8e0b13"
    assert line.name == "Basic"
    assert line.description == "Basic plan, monthly"
    assert line.product_id == "ad8f1c2c-3b1c-4b0a-8b0a-0b0b0b0b0b0b"
    assert line.quantity == Decimal(1)
    assert line.unit == "Stück"
    assert str(line.unit_price) == "49.00"
    assert str(line.net_amount) == "49.00"
    assert str(line.tax_amount) == "9.31"
    assert str(line.gross_amount) == "58.31"
    assert line.discount_amount is None
    assert line.tax_rate == Decimal(19)
    assert (line.period_start, line.period_end) == (dt.date(2023, 11, 1), dt.date(2023, 11, 30))
    assert invoice.tax_breakdown == (
        TaxSubtotal(
            rate=Decimal(19),
            taxable_amount=Decimal("49.00"),
            tax_amount=Decimal("9.31"),
            name="19%",
        ),
    )
    assert invoice.payments == ()
    assert invoice.preceding_invoice is None
    assert invoice.notes == (
        "Rechnung RE-0000000001",
        "Vielen Dank für Ihren Auftrag.",
        "Bitte begleichen Sie den Betrag innerhalb von 14 Tagen.",
    )
    assert invoice.pdf_url is None
    assert invoice.prices_include_tax is None
    assert invoice.extra == {
        "dunningLevel": 0,
        "dunningStatus": "none",
        "dunningDisabled": False,
        "sourceType": "subscription",
        "lastSentAt": "2023-11-07T05:32:10+00:00",
        "customFields": {},
        "dateTimeZone": "Europe/Berlin",  # the seed's customer.timeZone
    }


def test_raw_is_the_exact_json_given() -> None:
    data = body("seed_invoice")
    invoice = normalize(data)
    assert bytes(invoice.raw) == data.strip()
    assert msgspec.json.decode(msgspec.json.encode(invoice.raw)) == json.loads(data)
    assert invoice.raw_json() == json.loads(data)


def test_the_credit_note_refers_to_its_invoice() -> None:
    invoice = normalize(body("credit_note"))

    assert (invoice.kind, invoice.kind_raw) == (InvoiceKind.CREDIT_NOTE, "TYPE_CREDIT")
    assert (invoice.status, invoice.status_raw) == (InvoiceStatus.PAID, "STATUS_PAID")
    assert invoice.number == "GS-0000000001"
    assert invoice.preceding_invoice == InvoiceReference(
        id=SEED_ID, number="RE-0000000001", kind=InvoiceKind.INVOICE
    )
    assert invoice.issue_date == dt.date(2023, 11, 20)
    assert invoice.due_date is None
    assert str(invoice.totals.gross) == "58.31"
    assert str(invoice.totals.due) == "0.00"
    assert str(invoice.totals.paid) == "58.31"
    assert invoice.lines == ()
    assert invoice.tax_breakdown == ()
    # internalNote is not printed on the document, so it is no note.
    assert invoice.notes == ("Gutschrift GS-0000000001",)
    assert invoice.extra["internalNote"] == "Goodwill credit"
    assert invoice.extra["payDate"] == "2023-11-20T09:12:05+00:00"
    assert invoice.buyer == Party(
        id="8d2b6c1e-4f3a-4b7d-9e2c-5a1f0b3d7c64", number="CUSTOMER-000", name="Acme Inc."
    )


def test_a_preceding_invoice_with_a_finalization_date_gives_its_issue_date() -> None:
    source = payload("credit_note")
    source["referencedInvoice"]["finalizationDate"] = "2023-11-07T23:30:00-02:00"
    source["referencedInvoice"]["type"] = "TYPE_SOMETHING_NEW"
    reference = normalize(source).preceding_invoice
    assert reference is not None
    assert reference.issue_date == dt.date(2023, 11, 8)  # its UTC day
    assert reference.kind is InvoiceKind.OTHER


def test_credit_documents_stored_negative_are_flipped_to_positive() -> None:
    source = payload("credit_note")
    source.update(
        netAmount=money(-4900),
        taxAmount=money(-931),
        grossAmount=money(-5831),
        unpaidAmount=money(-2000),
        discountAmount=money(0),
        positions=[
            position(
                netAmount=money(-4900),
                taxAmount=money(-931),
                grossAmount=money(-5831),
                unitPrice=money(-4900),
            )
        ],
    )
    invoice = normalize(source)
    assert [str(invoice.totals.net), str(invoice.totals.gross), str(invoice.totals.due)] == [
        "49.00",
        "58.31",
        "20.00",
    ]
    assert str(invoice.totals.paid) == "38.31"
    assert str(invoice.totals.discount) == "0.00"  # not -0.00
    assert str(invoice.lines[0].gross_amount) == "58.31"
    assert str(invoice.tax_breakdown[0].taxable_amount) == "49.00"
    assert invoice.raw_json()["grossAmount"]["amount"] == -5831


def test_an_invoice_keeps_a_negative_amount() -> None:
    source = payload()
    source.update(grossAmount=money(-100), unpaidAmount=money(-100))
    assert str(normalize(source).totals.gross) == "-1.00"


# --------------------------------------------------------------------------- kind and status


@pytest.mark.parametrize(
    ("fynn_type", "kind", "type_code"),
    [
        ("TYPE_INVOICE", InvoiceKind.INVOICE, "380"),
        ("TYPE_CREDIT", InvoiceKind.CREDIT_NOTE, "381"),
        ("TYPE_REFUND", InvoiceKind.REFUND, None),
        ("TYPE_CANCEL", InvoiceKind.CANCELLATION, None),
        ("TYPE_REMINDER", InvoiceKind.REMINDER, None),
        ("TYPE_DUNNING", InvoiceKind.REMINDER, None),
        ("TYPE_PROFORMA", InvoiceKind.OTHER, None),
    ],
)
def test_type_maps_to_kind_and_kind_raw_keeps_it(
    fynn_type: str, kind: InvoiceKind, type_code: str | None
) -> None:
    invoice = normalize({**payload(), "type": fynn_type})
    assert invoice.kind is kind
    assert invoice.kind_raw == fynn_type
    assert invoice.type_code == type_code  # BT-3 only where Fynn's type settles it


@pytest.mark.parametrize(
    ("fynn_status", "status"),
    [
        ("STATUS_DRAFT", InvoiceStatus.DRAFT),
        ("STATUS_NEW", InvoiceStatus.DRAFT),
        ("STATUS_FINALIZING", InvoiceStatus.DRAFT),
        ("STATUS_UNPAID", InvoiceStatus.OPEN),
        ("STATUS_REMINDED", InvoiceStatus.OPEN),
        ("STATUS_PAID", InvoiceStatus.PAID),
        ("STATUS_REFUNDED", InvoiceStatus.REFUNDED),
        ("STATUS_CANCELLED", InvoiceStatus.VOID),
        ("STATUS_CLOSED", InvoiceStatus.UNKNOWN),
        ("STATUS_ON_HOLD", InvoiceStatus.UNKNOWN),
    ],
)
def test_status_maps_and_status_raw_keeps_it(fynn_status: str, status: InvoiceStatus) -> None:
    invoice = normalize({**payload(), "status": fynn_status})
    assert invoice.status is status
    assert invoice.status_raw == fynn_status


@pytest.mark.parametrize("fynn_status", ["STATUS_UNPAID", "STATUS_REMINDED"])
def test_an_open_invoice_paid_in_part_is_partially_paid(fynn_status: str) -> None:
    invoice = normalize({**payload(), "status": fynn_status, "unpaidAmount": money(2000)})
    assert invoice.status is InvoiceStatus.PARTIALLY_PAID
    assert invoice.status_raw == fynn_status
    assert str(invoice.totals.paid) == "38.31"
    assert str(invoice.totals.due) == "20.00"


@pytest.mark.parametrize(
    ("fynn_status", "unpaid", "status"),
    [
        ("STATUS_UNPAID", 5831, InvoiceStatus.OPEN),  # nothing paid
        ("STATUS_UNPAID", 0, InvoiceStatus.OPEN),  # Fynn's status is not second-guessed
        ("STATUS_UNPAID", 9000, InvoiceStatus.OPEN),
        ("STATUS_PAID", 2000, InvoiceStatus.PAID),
        ("STATUS_CANCELLED", 2000, InvoiceStatus.VOID),
    ],
)
def test_partially_paid_needs_an_open_status_and_an_unpaid_rest_below_gross(
    fynn_status: str, unpaid: int, status: InvoiceStatus
) -> None:
    invoice = normalize({**payload(), "status": fynn_status, "unpaidAmount": money(unpaid)})
    assert invoice.status is status


def test_paid_is_unknown_without_the_unpaid_amount() -> None:
    source = payload()
    del source["unpaidAmount"]
    totals = normalize(source).totals
    assert totals.due is None
    assert totals.paid is None
    assert str(totals.gross) == "58.31"


# --------------------------------------------------------------------------- money


def _in_currency(currency: str, minor: int | str, precision: int | None) -> dict[str, Any]:
    source = payload()
    source["currencyCode"] = currency
    for key in ("netAmount", "taxAmount", "grossAmount", "unpaidAmount"):
        source[key] = money(minor, precision, currency)
    source["positions"] = [
        position(
            **{
                key: money(minor, precision, currency)
                for key in ("unitPrice", "netAmount", "taxAmount", "grossAmount")
            }
        )
    ]
    return source


@pytest.mark.parametrize(
    ("currency", "minor", "precision", "expected"),
    [
        ("EUR", 5831, 2, "58.31"),
        ("EUR", 0, 2, "0.00"),
        ("EUR", 5, 2, "0.05"),
        ("EUR", -150, 2, "-1.50"),
        ("EUR", "-0", 2, "0.00"),
        ("EUR", 5831, None, "58.31"),  # precision absent: 2
        ("EUR", "5831", 2, "58.31"),  # a string amount is tolerated
        ("JPY", 5831, 0, "5831"),
        ("KWD", 5831, 3, "5.831"),
        ("BHD", 1000, 3, "1.000"),
        ("EUR", "123456789012345678", 3, "123456789012345.678"),
        # the largest amount invoicekit.bounds allows: 18 integer digits
        ("EUR", "99999999999999999999", 2, "999999999999999999.99"),
    ],
)
def test_money_is_amount_over_ten_to_the_precision_exactly(
    currency: str, minor: int | str, precision: int | None, expected: str
) -> None:
    invoice = normalize(_in_currency(currency, minor, precision))
    amounts = [
        invoice.totals.net,
        invoice.totals.tax,
        invoice.totals.gross,
        invoice.totals.due,
        invoice.lines[0].unit_price,
        invoice.lines[0].net_amount,
        invoice.lines[0].tax_amount,
        invoice.lines[0].gross_amount,
    ]
    assert [str(value) for value in amounts] == [expected] * len(amounts)
    assert all(type(value) is Decimal for value in amounts)
    assert invoice.currency == currency
    # gross - due is exact at any size, at the same scale.
    assert invoice.totals.paid == Decimal(0)
    assert invoice.totals.paid is not None
    assert invoice.totals.paid.as_tuple().exponent == -(2 if precision is None else precision)


def test_large_amounts_stay_exact_when_subtracted() -> None:
    source = payload()
    source["grossAmount"] = money("123456789012345678", 3)
    source["unpaidAmount"] = money(1, 3)
    totals = normalize(source).totals
    assert str(totals.gross) == "123456789012345.678"
    assert str(totals.paid) == "123456789012345.677"


@pytest.mark.parametrize("written", [b"5831.0", b"5.831e3", b"583100e-2"])
def test_a_whole_number_of_minor_units_may_be_written_with_a_fraction(written: bytes) -> None:
    data = body("seed_invoice").replace(
        b'"grossAmount": {\n    "amount": 5831', b'"grossAmount": {\n    "amount": ' + written
    )
    assert written in data
    assert str(normalize(data).totals.gross) == "58.31"


def test_a_money_object_without_amount_is_absent() -> None:
    source = payload()
    source["taxAmount"] = {"precision": 2, "currencyCode": "EUR"}
    assert normalize(source).totals.tax is None


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("grossAmount", {"amount": "abc", "precision": 2}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": "12,50"}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": True}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": 58.5, "precision": 2}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": "NaN"}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": "-Infinity"}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": "1e100"}, "$.grossAmount.amount"),
        ("grossAmount", {"amount": 1, "precision": -1}, "$.grossAmount.precision"),
        ("grossAmount", {"amount": 1, "precision": 19}, "$.grossAmount.precision"),
        ("grossAmount", {"amount": 1, "precision": "two"}, "$.grossAmount.precision"),
        ("grossAmount", {"amount": 1, "currencyCode": "USD"}, "$.grossAmount.currencyCode"),
        ("grossAmount", {"amount": 1, "currency": "USD"}, "$.grossAmount.currency"),
        ("netAmount", "58.31", "$.netAmount"),
        ("unpaidAmount", [5831, 2], "$.unpaidAmount"),
        ("discountAmount", {"amount": "x"}, "$.discountAmount.amount"),
    ],
)
def test_money_that_cannot_be_exact_is_an_error_at_its_path(
    field: str, value: object, path: str
) -> None:
    fails_at({**payload(), field: value}, path)


def test_a_position_amount_in_another_currency_is_an_error_at_its_path() -> None:
    source = payload()
    source["positions"] = [position(), position(unitPrice=money(4900, 2, "CHF"))]
    fails_at(source, "$.positions[1].unitPrice.currencyCode")


@pytest.mark.parametrize("code", ["eur", "EURO", "", "E1R"])
def test_an_invoice_currency_that_is_no_iso_code_is_an_error(code: str) -> None:
    fails_at({**payload(), "currencyCode": code}, "$.currencyCode")


# --------------------------------------------------------------------------- dates


def test_a_draft_has_no_issue_date_even_though_it_was_created() -> None:
    source = payload()
    source.update(status="STATUS_DRAFT", number=None, finalizationDate=None)
    invoice = normalize(source)
    assert invoice.status is InvoiceStatus.DRAFT
    assert invoice.number is None
    assert invoice.issue_date is None
    assert invoice.created_at == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)


def test_issue_and_due_dates_are_days_in_the_customers_zone() -> None:
    source = payload()
    assert source["customer"]["timeZone"] == "Europe/Berlin"
    source.update(
        finalizationDate="2023-11-07T23:30:00Z",  # 00:30 on November 8 in Berlin
        dueDate="2023-11-21T23:30:00-05:00",  # 05:30 on November 22 in Berlin
        creationDate="2023-11-07T06:31:56+01:00",
        referencedInvoice={"id": "r1", "finalizationDate": "2023-10-31T23:15:00Z"},
    )
    invoice = normalize(source)
    assert invoice.issue_date == dt.date(2023, 11, 8)
    assert invoice.due_date == dt.date(2023, 11, 22)
    assert invoice.preceding_invoice is not None
    assert invoice.preceding_invoice.issue_date == dt.date(2023, 11, 1)
    assert invoice.extra["dateTimeZone"] == "Europe/Berlin"
    # Instants stay instants, in UTC.
    assert invoice.created_at == dt.datetime(2023, 11, 7, 5, 31, 56, tzinfo=dt.UTC)
    assert invoice.created_at is not None
    assert invoice.created_at.utcoffset() == dt.timedelta(0)
    source["customer"]["timeZone"] = "America/New_York"
    west = normalize(source)
    assert (west.issue_date, west.due_date) == (dt.date(2023, 11, 7), dt.date(2023, 11, 21))


@pytest.mark.parametrize("zone", [None, "", "Mars/Olympus", 7, "absent"])
def test_without_a_usable_customer_zone_the_days_are_utc_days(zone: object) -> None:
    source = payload()
    if zone == "absent":
        del source["customer"]["timeZone"]
    else:
        source["customer"]["timeZone"] = zone
    source.update(finalizationDate="2023-11-07T23:30:00Z", dueDate="2023-11-21T23:30:00-05:00")
    if zone == 7:  # a number where Fynn sends a string: the decoder says where
        with pytest.raises(NormalizationError, match="timeZone"):
            normalize(source)
        return
    invoice = normalize(source)
    assert (invoice.issue_date, invoice.due_date) == (dt.date(2023, 11, 7), dt.date(2023, 11, 22))
    assert "dateTimeZone" not in invoice.extra


def test_service_dates_stay_as_written_whatever_the_customers_zone() -> None:
    source = payload()
    source["customer"]["timeZone"] = "Pacific/Kiritimati"  # UTC+14
    source.update(serviceDateFrom="2023-11-01T00:00:00+01:00", serviceDateTo="2023-11-30")
    invoice = normalize(source)
    assert (invoice.period_start, invoice.period_end) == (
        dt.date(2023, 11, 1),
        dt.date(2023, 11, 30),
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-11-01", "2023-11-30", (dt.date(2023, 11, 1), dt.date(2023, 11, 30))),
        (
            "2023-11-01T00:00:00+01:00",  # the day as written, not the UTC day (Oct 31)
            "2023-11-30T23:59:59+01:00",
            (dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
        ),
        ("2023-11-01T00:00:00Z", None, (dt.date(2023, 11, 1), None)),
    ],
)
def test_service_dates_are_days_from_dates_or_date_times(
    start: str, end: str | None, expected: tuple[dt.date, dt.date | None]
) -> None:
    invoice = normalize({**payload(), "serviceDateFrom": start, "serviceDateTo": end})
    assert (invoice.period_start, invoice.period_end) == expected


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("serviceDateFrom", "01.11.2023", "$.serviceDateFrom"),
        ("serviceDateTo", "2023-11-31", "$.serviceDateTo"),
        ("serviceDateTo", 20231130, "$.serviceDateTo"),
        ("finalizationDate", "yesterday", "$.finalizationDate"),
        ("dueDate", "2023-11-21", "$.dueDate"),
        ("creationDate", "2023-11-07T05:31:56", "$.creationDate"),  # no offset: zone unknown
        ("finalizationDate", "2023-11-07T05:31:56", "$.finalizationDate"),
        ("lastSentAt", "soon", "$.lastSentAt"),
    ],
)
def test_a_malformed_date_is_an_error_at_its_path(field: str, value: object, path: str) -> None:
    fails_at({**payload(), field: value}, path)


# --------------------------------------------------------------------------- lines


def test_a_line_net_amount_is_after_its_discount() -> None:
    source = payload()
    source["positions"] = [
        position(
            quantity="2.5",
            unitPrice=money(4000),
            netAmount=money(10000),
            discountAmount=money(1000),
            discountPercentage="10",
            taxAmount=money(1710),
            grossAmount=money(10710),
        )
    ]
    (line,) = normalize(source).lines
    assert line.quantity == Decimal("2.5")
    assert str(line.net_amount) == "90.00"
    assert str(line.discount_amount) == "10.00"
    assert str(line.tax_amount) == "17.10"
    assert str(line.gross_amount) == "107.10"


@pytest.mark.parametrize(
    "discount",
    [{"discountPercentage": 10}, {"discountFixed": {"amount": 1000, "precision": 2}}],
)
def test_a_line_net_is_unknown_when_a_discount_applies_without_its_amount(
    discount: dict[str, Any],
) -> None:
    source = payload()
    source["positions"] = [position(discountAmount=None, **discount)]
    invoice = normalize(source)
    assert invoice.lines[0].net_amount is None
    assert invoice.tax_breakdown == ()


def test_a_zero_discount_leaves_the_net_amount_as_stated() -> None:
    source = payload()
    source["positions"] = [position(discountAmount=None, discountPercentage="0")]
    assert str(normalize(source).lines[0].net_amount) == "49.00"


def test_the_tax_breakdown_groups_positions_by_rate() -> None:
    source = payload()
    seven = {"id": "t7", "description": "7%", "code": "7", "rate": "7.0"}
    source["positions"] = [
        position(id="a"),
        position(
            id="b",
            netAmount=money(1000),
            discountAmount=money(100),
            taxAmount=money(63),
            grossAmount=money(963),
            tax=seven,
        ),
        position(
            id="c",
            netAmount=money(2000),
            taxAmount=money(380),
            grossAmount=money(2380),
            tax={"rate": "19.0", "description": "VAT"},
        ),
    ]
    assert normalize(source).tax_breakdown == (
        # 19 and 19.0 are one rate; the two positions disagree on its name.
        TaxSubtotal(rate=Decimal(19), taxable_amount=Decimal("69.00"), tax_amount=Decimal("13.11")),
        TaxSubtotal(
            rate=Decimal(7), taxable_amount=Decimal("9.00"), tax_amount=Decimal("0.63"), name="7%"
        ),
    )


@pytest.mark.parametrize("tax", [None, {"id": "x"}, {"rate": None}])
def test_no_tax_breakdown_when_a_position_has_no_rate(tax: object) -> None:
    source = payload()
    source["positions"] = [position(), position(tax=tax)]
    invoice = normalize(source)
    assert invoice.lines[1].tax_rate is None
    assert invoice.tax_breakdown == ()


@pytest.mark.parametrize("positions", [[], None])
def test_no_positions_give_no_lines(positions: object) -> None:
    invoice = normalize({**payload(), "positions": positions})
    assert invoice.lines == ()
    assert invoice.tax_breakdown == ()


def test_a_position_without_id_is_identified_by_its_number() -> None:
    source = payload()
    source["positions"] = [{"position": 3, "name": "Setup fee", "unit": {"name": 7}}]
    (line,) = normalize(source).lines
    assert line.id == "3"
    assert line.name == "Setup fee"
    assert line.unit == "7"
    assert line.net_amount is None


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"quantity": "NaN"}, "$.positions[0].quantity"),
        ({"quantity": {"value": 1}}, "$.positions[0].quantity"),
        ({"unit": {"name": ["Stück"]}}, "$.positions[0].unit.name"),
        ({"product": {"id": 1.5}}, "$.positions[0].product.id"),
        ({"tax": {"rate": "Infinity"}}, "$.positions[0].tax.rate"),
        ({"tax": {"rate": "19%"}}, "$.positions[0].tax.rate"),
        ({"serviceDateFrom": "01.11.2023"}, "$.positions[0].serviceDateFrom"),
        ({"serviceDateTo": 20231130}, "$.positions[0].serviceDateTo"),
        ({"netAmount": {"amount": 1.5}}, "$.positions[0].netAmount.amount"),
    ],
)
def test_a_bad_position_value_is_an_error_at_its_path(changes: dict[str, Any], path: str) -> None:
    source = payload()
    source["positions"] = [position(**changes)]
    fails_at(source, path)


def test_a_position_service_period_may_be_dates_or_date_times() -> None:
    """The format is a GUESS (docs examples are date-times, the invoice-level fields dates)."""
    source = payload()
    source["positions"] = [
        position(serviceDateFrom="2023-11-01", serviceDateTo="2023-11-30T23:59:59+01:00")
    ]
    (line,) = normalize(source).lines
    assert line.period_start == dt.date(2023, 11, 1)
    assert line.period_end == dt.date(2023, 11, 30)


# --------------------------------------------------------------------------- buyer


def test_a_private_buyer_is_named_by_first_and_last_name() -> None:
    source = payload()
    source["customer"] = {
        "id": "c1",
        "customerNumber": "CUSTOMER-001",
        "firstName": "Erika",
        "lastName": "Mustermann",
        "companyName": None,
        "phone": "+49 30 1234",
        "vatId": None,
    }
    source["invoiceAddress"] = {
        "street": "Heidestraße",
        "houseNumber": "17",
        "addition": "Hinterhaus",
        "zip": "51147",
        "city": "Köln",
        "countryCode": "DE",
    }
    assert normalize(source).buyer == Party(
        id="c1",
        number="CUSTOMER-001",
        name="Erika Mustermann",
        phone="+49 30 1234",
        address=Address(
            lines=("Heidestraße 17", "Hinterhaus"),
            city="Köln",
            postal_code="51147",
            country="DE",
        ),
    )


def test_the_invoice_address_overrides_the_customer_record() -> None:
    source = payload()
    source["customer"].update(vatId="DE000000000", commercialRegisterNumber="HRB 1234")
    source["invoiceAddress"].update(
        companyName="Acme Europe GmbH", vatId="DE999999999", firstName=None, lastName=None
    )
    buyer = normalize(source).buyer
    assert buyer is not None
    assert buyer.name == "Acme Europe GmbH"
    assert buyer.vat_id == "DE999999999"
    assert buyer.contact_name == "John Doe"  # from the customer record, as nothing overrides it
    assert buyer.legal_registration_id == "HRB 1234"


def test_the_customer_record_fills_in_what_the_address_leaves_blank() -> None:
    source = payload()
    source["invoiceAddress"].update(companyName="  ", vatId=None)
    source["customer"]["vatId"] = "DE111111111"
    buyer = normalize(source).buyer
    assert buyer is not None
    assert (buyer.name, buyer.vat_id) == ("Acme Inc.", "DE111111111")


def test_no_customer_and_no_address_means_no_buyer() -> None:
    source = payload()
    source.update(customer=None, invoiceAddress=None)
    assert normalize(source).buyer is None
    source.update(customer={}, invoiceAddress={"addition": ""})
    assert normalize(source).buyer is None


def test_an_address_alone_makes_a_buyer() -> None:
    source = payload()
    source.update(customer=None, invoiceAddress={"city": "Berlin", "countryCode": "DE"})
    assert normalize(source).buyer == Party(address=Address(city="Berlin", country="DE"))


@pytest.mark.parametrize("country", ["Germany", "de", "D"])
def test_a_country_that_is_no_iso_code_is_an_error(country: str) -> None:
    source = payload()
    source["invoiceAddress"]["countryCode"] = country
    fails_at(source, "$.invoiceAddress.countryCode")


# --------------------------------------------------------------------------- notes, extra


def test_the_leitweg_id_is_the_buyer_reference() -> None:
    invoice = normalize({**payload(), "eInvoiceType": "xrechnung", "leitwegId": "04011000-1234"})
    assert invoice.buyer_reference == "04011000-1234"
    assert invoice.extra["eInvoiceType"] == "xrechnung"


def test_blank_texts_are_not_notes() -> None:
    invoice = normalize({**payload(), "title": "", "introduction": "  ", "closing": "Danke."})
    assert invoice.notes == ("Danke.",)


def test_extra_keeps_fynn_facts_without_a_normalized_home() -> None:
    source = payload()
    source.update(
        dunningLevel=2,
        dunningStatus="dunning",
        dunningDisabled=True,
        status="STATUS_REMINDED",
        lastReminderDate="2023-12-01T10:00:00+01:00",
        payDate="2023-12-05T08:00:00Z",
        usageBreakdownUrl="https://demo.coreapi.io/usage/abc",
        cancellationDocument={"number": "R2021-0001", "id": "0b7c"},
        paymentProviderFeeCents=125,
        customFields={"costCenter": "A-1", "seats": 3, "flags": [True, None]},
        internalNote="call before sending",
        eInvoiceType="zugferd",
        sourceType="cart",
    )
    assert normalize(source).extra == {
        "dunningLevel": 2,
        "dunningStatus": "dunning",
        "dunningDisabled": True,
        "sourceType": "cart",
        "eInvoiceType": "zugferd",
        "internalNote": "call before sending",
        "lastReminderDate": "2023-12-01T09:00:00+00:00",
        "lastSentAt": "2023-11-07T05:32:10+00:00",
        "payDate": "2023-12-05T08:00:00+00:00",
        "usageBreakdownUrl": "https://demo.coreapi.io/usage/abc",
        "cancellationDocument": {"id": "0b7c", "number": "R2021-0001"},
        "paymentProviderFeeCents": 125,
        "customFields": {"costCenter": "A-1", "seats": 3, "flags": [True, None]},
        "dateTimeZone": "Europe/Berlin",
    }


def test_extra_leaves_out_values_that_would_not_round_trip() -> None:
    source = payload()
    source.update(
        customFields={"rate": 1.5}, paymentProviderFeeCents={"stripe": 0.3}, dunningStatus=None
    )
    extra = normalize(source).extra
    assert "customFields" not in extra
    assert "paymentProviderFeeCents" not in extra
    assert "dunningStatus" not in extra


def test_an_empty_custom_field_map_sent_as_a_list_is_kept() -> None:
    assert normalize({**payload(), "customFields": []}).extra["customFields"] == []


# --------------------------------------------------------------------------- nulls and malformed


REQUIRED = {"id", "type", "status", "currencyCode"}


def full_payload() -> dict[str, Any]:
    """The seed with every optional field the mapping reads given a value."""
    source = payload()
    source.update(
        referencedInvoice=payload("credit_note")["referencedInvoice"],
        lastReminderDate="2023-11-15T00:00:00Z",
        payDate="2023-11-16T00:00:00Z",
        discountAmount=money(0),
        leitwegId="04011000-1234",
        eInvoiceType="xrechnung",
        internalNote="note",
        usageBreakdownUrl="https://example.org/u",
        cancellationDocument={"id": "x", "number": "R-1"},
        paymentProviderFeeCents=10,
        customFields={"a": "b"},
    )
    source["customer"].update(phone="+49", vatId="DE1", commercialRegisterNumber="HRB 1")
    source["invoiceAddress"].update(addition="c/o", email="ap@example.org")
    source["positions"][0].update(discountAmount=money(0), discountPercentage="0")
    return source


def _paths(value: Any, path: str = "$") -> list[tuple[str, list[str | int]]]:
    """Every key path of a JSON value (into objects and lists), as (JSON path, keys)."""
    found: list[tuple[str, list[str | int]]] = []

    def walk(node: Any, where: str, keys: list[str | int]) -> None:
        if isinstance(node, dict):
            for key, item in node.items():
                found.append((f"{where}.{key}", [*keys, key]))
                walk(item, f"{where}.{key}", [*keys, key])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}[{index}]", [*keys, index])

    walk(value, path, [])
    return found


def _set(source: Any, keys: list[str | int], value: Any) -> None:
    for key in keys[:-1]:
        source = source[key]
    source[keys[-1]] = value


@pytest.mark.parametrize(
    ("path", "keys"), _paths(full_payload()), ids=[path for path, _ in _paths(full_payload())]
)
def test_null_in_any_single_field(path: str, keys: list[str | int]) -> None:
    source = full_payload()
    _set(source, keys, None)
    if len(keys) == 1 and keys[0] in REQUIRED:
        fails_at(source, path)
    else:
        assert normalize(source).id == SEED_ID


def test_null_in_every_optional_field_at_once() -> None:
    source = {key: None for key in full_payload()}
    source.update(id=SEED_ID, type="TYPE_INVOICE", status="STATUS_DRAFT", currencyCode="EUR")
    invoice = normalize(source)
    assert invoice == Invoice(
        vendor="fynn",
        id=SEED_ID,
        kind=InvoiceKind.INVOICE,
        kind_raw="TYPE_INVOICE",
        type_code="380",
        status=InvoiceStatus.DRAFT,
        status_raw="STATUS_DRAFT",
        currency="EUR",
        raw=msgspec.Raw(msgspec.json.encode(source)),
    )


def test_the_minimal_invoice_has_only_what_it_states() -> None:
    invoice = normalize(
        {"id": SEED_ID, "type": "TYPE_INVOICE", "status": "STATUS_NEW", "currencyCode": "EUR"}
    )
    assert invoice.totals == Totals()
    assert (invoice.buyer, invoice.lines, invoice.notes, invoice.extra) == (None, (), (), {})


@pytest.mark.parametrize(
    ("data", "path"),
    [
        (b"{not json", "$"),
        (b"", "$"),
        (b"[]", "$"),
        (b'"invoice"', "$"),
        (b"null", "$"),
    ],
)
def test_a_body_that_is_no_json_object_is_an_error(data: bytes, path: str) -> None:
    fails_at(data, path)


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_a_missing_required_key_is_an_error(missing: str) -> None:
    source = payload()
    del source[missing]
    error = fails_at(source, "$")
    assert missing in error.cause


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"id": 123}, "$.id"),
        ({"id": ""}, "$.id"),
        ({"type": 1}, "$.type"),
        ({"number": ["RE-1"]}, "$.number"),
        ({"dunningLevel": "abc"}, "$.dunningLevel"),
        ({"positions": "none"}, "$.positions"),
        ({"positions": [1]}, "$.positions[0]"),
        ({"customer": []}, "$.customer"),
        ({"customer": {"companyName": 5}}, "$.customer.companyName"),
        ({"invoiceAddress": "Berlin"}, "$.invoiceAddress"),
        ({"referencedInvoice": {"finalizationDate": "x"}}, "$.referencedInvoice.finalizationDate"),
        (
            {"referencedInvoice": {"finalizationDate": "2023-11-07T05:31:56"}},
            "$.referencedInvoice.finalizationDate",
        ),
    ],
)
def test_a_wrong_type_is_an_error_at_its_path(changes: dict[str, Any], path: str) -> None:
    fails_at({**payload(), **changes}, path)


def test_a_decoded_mapping_is_accepted_too() -> None:
    assert invoicekit.normalize("fynn", payload()).id == SEED_ID


@pytest.mark.parametrize(
    ("method_type", "name", "expected"),
    [
        ("sepa_debit", "SEPA (DE89 **** 3232)", ("59", "SEPA (DE89 **** 3232)")),
        ("card", "Visa (4242)", ("48", "Visa (4242)")),
        ("card", "", ("48", None)),
        ("paypal", "PayPal", None),
        (None, None, None),
    ],
)
def test_the_payment_method_gives_the_payment_means_where_certain(
    method_type: str | None, name: str | None, expected: tuple[str, str | None] | None
) -> None:
    source = payload()
    source["paymentMethod"].update(type=method_type, name=name)
    instructions = normalize(source).payment_instructions
    if expected is None:
        assert instructions is None
    else:
        assert instructions is not None
        assert (instructions.means_code, instructions.means_text) == expected
        assert instructions.iban is None  # the buyer's masked IBAN is not the payee's account
    assert normalize(payload("credit_note")).payment_instructions is None
