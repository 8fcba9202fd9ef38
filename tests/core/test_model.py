"""The Invoice struct tree: immutable, keyword-only, exact money, lossless JSON."""

import datetime as dt
import inspect
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

import invoicekit
from invoicekit import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    Payment,
    PaymentStatus,
    TaxSubtotal,
    Totals,
)
from invoicekit.model import Base

STRUCTS = [Invoice, Party, Address, Line, Totals, Payment, TaxSubtotal, InvoiceReference]

RAW = b'{"id": 2621, "no": "000021", "summary_total": "115.00", "rate": 15.50, "paid": 50}'


def minimal(**fields: Any) -> Invoice:
    """An invoice with only the required fields, plus ``fields``."""
    defaults: dict[str, Any] = {
        "vendor": "acme",
        "id": "2621",
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.OPEN,
        "raw": msgspec.Raw(RAW),
    }
    return Invoice(**(defaults | fields))


def full() -> Invoice:
    """An invoice with every field set."""
    address = Address(
        lines=("Main St 1", "Floor 2"),
        city="Riyadh",
        postal_code="12211",
        region="Riyadh Province",
        country="SA",
    )
    return minimal(
        number="000021",
        kind_raw="0",
        status=InvoiceStatus.PARTIALLY_PAID,
        status_raw="1",
        issue_date=dt.date(2023, 3, 23),
        due_date=dt.date(2023, 4, 22),
        period_start=dt.date(2023, 3, 1),
        period_end=dt.date(2023, 3, 31),
        currency="SAR",
        seller=Party(name="Seller LLC", vat_id="SA300000000000003"),
        buyer=Party(
            id="15",
            number="C-15",
            name="ACME",
            trading_name="Acme Shop",
            contact_name="Jane Roe",
            email="a@b.c",
            phone="+966 1",
            vat_id="SA1",
            legal_registration_id="CR-1",
            address=address,
        ),
        buyer_reference="04011000-1234512345-06",
        purchase_order_reference="PO-7",
        lines=(
            Line(
                id="456",
                name="Widget",
                description="A widget",
                product_id="SKU-1",
                quantity=Decimal("1.000"),
                unit="piece",
                unit_price=Decimal("100.0000"),
                discount_amount=Decimal("0.00"),
                net_amount=Decimal("100.00"),
                tax_rate=Decimal("15"),
                tax_amount=Decimal("15.00"),
                gross_amount=Decimal("115.00"),
                period_start=dt.date(2023, 3, 1),
                period_end=dt.date(2023, 3, 31),
            ),
        ),
        totals=Totals(
            line_net=Decimal("100.00"),
            discount=Decimal("0.00"),
            charges=Decimal("0.00"),
            net=Decimal("100.00"),
            tax=Decimal("15.00"),
            gross=Decimal("115.00"),
            paid=Decimal("50.00"),
            due=Decimal("65.00"),
        ),
        tax_breakdown=(
            TaxSubtotal(
                rate=Decimal("15"),
                taxable_amount=Decimal("100.00"),
                tax_amount=Decimal("15.00"),
                category="S",
                name="VAT",
            ),
        ),
        payments=(
            Payment(
                id="789",
                date=dt.date(2023, 3, 24),
                amount=Decimal("50.00"),
                currency="SAR",
                method="cash",
                reference="T-1",
                status=PaymentStatus.COMPLETED,
                status_raw="1",
            ),
        ),
        prices_include_tax=False,
        preceding_invoice=InvoiceReference(
            id="2600", number="000020", issue_date=dt.date(2023, 2, 1), kind=InvoiceKind.INVOICE
        ),
        notes=("Thank you", "Pay within 30 days"),
        pdf_url="https://x.daftra.com/invoices/view/2621.pdf",
        created_at=dt.datetime(2023, 3, 23, 9, 30, tzinfo=dt.UTC),
        updated_at=dt.datetime(2023, 3, 24, 10, 0, 1, 500, tzinfo=dt.UTC),
        extra={
            "qr_code_url": "https://x/qr",
            "deposit": "0.00",
            "flags": [1, True, None],
            "nested": {"a": {"b": ["c"]}},
        },
    )


@pytest.mark.parametrize("struct", STRUCTS)
def test_structs_share_the_documented_base(struct: type[Base]) -> None:
    config = struct.__struct_config__
    assert issubclass(struct, Base)
    assert config.frozen
    assert not config.forbid_unknown_fields
    assert not config.omit_defaults


@pytest.mark.parametrize("struct", STRUCTS)
def test_structs_are_keyword_only(struct: type[Base]) -> None:
    parameters = inspect.signature(struct).parameters.values()
    assert parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)


def test_positional_arguments_are_rejected() -> None:
    with pytest.raises(TypeError):
        Totals(Decimal("1"))


@pytest.mark.parametrize(
    ("value", "field"),
    [(full(), "number"), (Totals(), "net"), (Party(), "name"), (Address(), "city")],
)
def test_structs_are_frozen(value: Base, field: str) -> None:
    with pytest.raises(AttributeError):
        setattr(value, field, "changed")


def test_defaults_mean_not_given() -> None:
    invoice = minimal()
    assert invoice.number is None
    assert invoice.currency is None
    assert invoice.lines == ()
    assert invoice.payments == ()
    assert invoice.notes == ()
    assert invoice.totals == Totals()
    assert all(getattr(invoice.totals, f) is None for f in Totals.__struct_fields__)
    assert invoice.extra == {}


def test_required_fields() -> None:
    required = {
        name
        for name, field in zip(
            Invoice.__struct_fields__, msgspec.structs.fields(Invoice), strict=True
        )
        if field.required
    }
    assert required == {"vendor", "id", "kind", "status", "raw"}


def test_round_trip_is_exact() -> None:
    invoice = full()
    encoded = invoicekit.to_json(invoice)
    decoded = invoicekit.from_json(encoded)
    assert decoded == invoice
    assert invoicekit.to_json(decoded) == encoded
    assert bytes(decoded.raw) == RAW


def test_raw_is_embedded_byte_for_byte() -> None:
    encoded = invoicekit.to_json(minimal())
    assert b'"raw":' + RAW in encoded


def test_whitespace_around_raw_is_dropped_so_the_round_trip_stays_exact() -> None:
    invoice = minimal(raw=msgspec.Raw(b"\n  " + RAW + b"\r\n"))
    assert bytes(invoice.raw) == RAW
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice


def test_raw_must_not_be_empty() -> None:
    with pytest.raises(ValueError, match="raw"):
        minimal(raw=msgspec.Raw(b" "))


def test_decimals_keep_their_scale() -> None:
    invoice = minimal(totals=Totals(gross=Decimal("120.00"), tax=Decimal("0E-8")))
    encoded = invoicekit.to_json(invoice)
    assert b'"gross":"120.00"' in encoded
    decoded = invoicekit.from_json(encoded).totals
    assert decoded.gross == Decimal("120.00")
    assert str(decoded.gross) == "120.00"
    assert str(decoded.tax) == "0E-8"


def test_json_numbers_decode_to_decimal_not_float() -> None:
    encoded = invoicekit.to_json(minimal()).replace(b'"line_net":null', b'"line_net":19.90')
    assert invoicekit.from_json(encoded).totals.line_net == Decimal("19.90")


def _types(node: object, seen: set[int]) -> Iterator[msgspec.inspect.Type]:
    """Every `msgspec.inspect.Type` reachable from ``node`` (types and fields are Structs)."""
    if isinstance(node, tuple):
        for item in node:
            yield from _types(item, seen)
    elif isinstance(node, msgspec.Struct) and id(node) not in seen:
        seen.add(id(node))
        if isinstance(node, msgspec.inspect.Type):
            yield node
        for name in node.__struct_fields__:
            yield from _types(getattr(node, name), seen)


def test_no_field_anywhere_is_a_float() -> None:
    types = list(_types(msgspec.inspect.type_info(Invoice), set()))
    assert any(isinstance(t, msgspec.inspect.DecimalType) for t in types)  # the walk works
    assert not [t for t in types if isinstance(t, msgspec.inspect.FloatType)]


def test_money_fields_are_decimals() -> None:
    invoice = invoicekit.from_json(invoicekit.to_json(full()))
    amounts = [
        *msgspec.structs.asdict(invoice.totals).values(),
        invoice.lines[0].unit_price,
        invoice.lines[0].net_amount,
        invoice.payments[0].amount,
        invoice.tax_breakdown[0].tax_amount,
    ]
    assert all(type(amount) is Decimal for amount in amounts)


def test_raw_json_gives_decimals() -> None:
    data = minimal().raw_json()
    assert data["rate"] == Decimal("15.50")
    assert str(data["rate"]) == "15.50"
    assert type(data["paid"]) is int
    assert data["summary_total"] == "115.00"


def test_instants_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        minimal(created_at=dt.datetime(2023, 1, 1, 12, 0))


def test_instants_are_stored_in_utc() -> None:
    riyadh = dt.timezone(dt.timedelta(hours=3))
    invoice = minimal(updated_at=dt.datetime(2023, 1, 1, 12, 0, tzinfo=riyadh))
    assert invoice.updated_at == dt.datetime(2023, 1, 1, 9, 0, tzinfo=dt.UTC)
    assert invoice.updated_at.utcoffset() == dt.timedelta(0)
    assert b'"updated_at":"2023-01-01T09:00:00Z"' in invoicekit.to_json(invoice)


def test_decoding_converts_offsets_to_utc_and_rejects_naive_instants() -> None:
    encoded = invoicekit.to_json(minimal())
    with_offset = encoded.replace(b'"created_at":null', b'"created_at":"2023-01-01T12:00:00+03:00"')
    assert invoicekit.from_json(with_offset).created_at == dt.datetime(2023, 1, 1, 9, tzinfo=dt.UTC)
    naive = encoded.replace(b'"created_at":null', b'"created_at":"2023-01-01T12:00:00"')
    with pytest.raises(msgspec.ValidationError, match=r"\$\.created_at"):
        invoicekit.from_json(naive)


@pytest.mark.parametrize("currency", ["eur", "EURO", "€", "", "EUR\n"])
def test_currency_must_be_an_iso_code(currency: str) -> None:
    with pytest.raises(ValueError, match="currency"):
        minimal(currency=currency)
    with pytest.raises(ValueError, match="currency"):
        Payment(currency=currency)


def test_country_must_be_an_iso_code() -> None:
    with pytest.raises(ValueError, match="country"):
        Address(country="Saudi Arabia")
    # re's `$` also matches before a final newline: the whole text must be the code.
    with pytest.raises(ValueError, match="country"):
        Address(country="SA\n")
    assert Address(country="SA").country == "SA"


def test_decoding_refuses_a_code_with_a_trailing_newline() -> None:
    # msgspec's Meta pattern searches like re.search, so `$` lets "EUR\n" through; the
    # model's own check on decoding does not.
    encoded = invoicekit.to_json(minimal(currency="EUR"))
    encoded = encoded.replace(b'"currency":"EUR"', b'"currency":"EUR\\n"')
    assert b"EUR\\n" in encoded
    with pytest.raises(msgspec.ValidationError, match="currency"):
        invoicekit.from_json(encoded)


@pytest.mark.parametrize(
    ("extra", "complaint"),
    [
        ({"amount": 1.5}, "float"),
        ({"amount": Decimal("1.50")}, "Decimal"),
        ({"when": dt.date(2023, 1, 1)}, "date"),
        ({"items": ("a", "b")}, "tuple"),
        ({"nested": {"deep": [1, {"x": 2.0}]}}, "float"),
        ({"nested": {1: "a"}}, "non-string key"),
    ],
)
def test_extra_holds_only_json_native_values(extra: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        minimal(extra=extra)


def test_enums_are_strings() -> None:
    assert InvoiceStatus.PARTIALLY_PAID == "partially_paid"
    assert {kind.value for kind in InvoiceKind} == {
        "invoice",
        "credit_note",
        "debit_note",
        "refund",
        "cancellation",
        "reminder",
        "other",
    }
    assert {status.value for status in InvoiceStatus} == {
        "draft",
        "issued",
        "open",
        "partially_paid",
        "paid",
        "overpaid",
        "refunded",
        "void",
        "unknown",
    }
    assert {status.value for status in PaymentStatus} == {
        "completed",
        "pending",
        "failed",
        "unknown",
    }


def test_unknown_fields_from_a_newer_version_are_ignored() -> None:
    encoded = invoicekit.to_json(minimal())
    newer = encoded.replace(b'{"vendor"', b'{"added_later":{"x":1},"vendor"', 1)
    assert newer != encoded
    assert invoicekit.from_json(newer) == minimal()


def test_repr_shows_only_what_is_given() -> None:
    assert repr(Totals(gross=Decimal("1.00"))) == "Totals(gross=Decimal('1.00'))"


money = st.decimals(
    allow_nan=False, allow_infinity=False, places=2, min_value=-(10**12), max_value=10**12
)
optional_money = st.none() | money
json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=10)
# Decimals within invoicekit.bounds: at most 18 integer digits and 24 decimal places.
usable_decimals = st.tuples(st.integers(-(10**18) + 1, 10**18 - 1), st.integers(0, 24)).map(
    lambda pair: Decimal(pair[0]).scaleb(-pair[1])
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=10,
)


@given(
    totals=st.builds(
        Totals, net=optional_money, tax=optional_money, gross=optional_money, due=optional_money
    ),
    lines=st.lists(
        st.builds(
            Line,
            quantity=st.none() | usable_decimals,
            net_amount=optional_money,
            description=st.none() | st.text(),
        ),
        max_size=3,
    ),
    issue_date=st.none() | st.dates(),
    created_at=st.none()
    | st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(9000, 1, 1),
        timezones=st.timezones(),
    ),
    extra=st.dictionaries(st.text(max_size=8), json_values, max_size=4),
)
def test_round_trip_is_exact_for_any_invoice(
    totals: Totals,
    lines: list[Line],
    issue_date: dt.date | None,
    created_at: dt.datetime | None,
    extra: dict[str, Any],
) -> None:
    invoice = minimal(
        totals=totals, lines=tuple(lines), issue_date=issue_date, created_at=created_at, extra=extra
    )
    encoded = invoicekit.to_json(invoice)
    decoded = invoicekit.from_json(encoded)
    assert decoded == invoice
    assert invoicekit.to_json(decoded) == encoded
    for line, original in zip(decoded.lines, invoice.lines, strict=True):
        assert str(line.quantity) == str(original.quantity)  # the scale survives


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        # Too fine, both, and their sum is a zero, whose exponent must count all the same.
        (
            {"lines": (Line(quantity=Decimal("1E-25")), Line(quantity=Decimal("-1E-25")))},
            r"lines\[0\].quantity",
        ),
        ({"lines": (Line(net_amount=Decimal("0E-25")),)}, r"lines\[0\].net_amount"),
        ({"totals": Totals(tax=Decimal("0E+30"))}, r"totals\.tax"),
        ({"totals": Totals(net=Decimal("1E+18"), gross=Decimal("-1E+18"))}, r"totals\.net"),
        ({"payments": (Payment(amount=Decimal("sNaN")),)}, r"payments\[0\].amount"),
        ({"tax_breakdown": (TaxSubtotal(rate=Decimal("-Infinity")),)}, r"tax_breakdown\[0\].rate"),
        (
            {"lines": (Line(unit_price=Decimal("1.5")), Line(tax_rate=Decimal("NaN")))},
            r"lines\[1\].tax_rate",
        ),
    ],
)
def test_every_decimal_is_bounded_and_the_error_names_it(
    fields: dict[str, Any], where: str
) -> None:
    with pytest.raises(ValueError, match=where):
        minimal(**fields)


def test_decimals_at_the_bounds_and_whole_numbers_of_another_type_are_kept() -> None:
    finest, largest = Decimal("0." + "0" * 23 + "1"), "9" * 18 + "." + "9" * 24
    invoice = minimal(
        totals=Totals(net=Decimal(largest), tax=Decimal("-" + largest), gross=Decimal("0E-24")),
        lines=(Line(quantity=finest, unit_price=2),),  # type: ignore[arg-type]  # an int is exact
        payments=(Payment(amount=Decimal("1E+17")),),
    )
    assert invoice.lines[0].quantity == finest
    assert invoice.totals.net == Decimal(largest)


def test_a_code_accepted_once_is_accepted_again_and_a_bad_one_still_fails() -> None:
    assert [minimal(currency="SAR").currency, minimal(currency="SAR").currency] == ["SAR", "SAR"]
    assert Address(country="SA").country == Address(country="SA").country == "SA"
    for bad in ("Sar", "SA", "SARR"):
        with pytest.raises(ValueError, match="currency"):
            minimal(currency=bad)


def test_an_instant_in_utc_is_kept_as_it_is() -> None:
    moment = dt.datetime(2023, 1, 1, 12, 0, tzinfo=dt.UTC)
    assert minimal(created_at=moment).created_at is moment
