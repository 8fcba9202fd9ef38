"""The plugins' value toolkit (`invoicekit.plugin`, implemented in `invoicekit._values`)."""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import msgspec
import pytest

from invoicekit import NormalizationError
from invoicekit.plugin import (
    check_country,
    check_currency,
    day,
    exact_difference,
    exact_product,
    exact_sum,
    finite,
    given,
    instant_text,
    is_json_native,
    local_day,
    minor_to_major,
    present,
    text,
    unix_instant,
    utc_instant,
)


@pytest.mark.parametrize("value", [msgspec.UNSET, None])
def test_absent_fields_are_neither_given_nor_present(value: object) -> None:
    assert not given(value)
    assert present(value) is None


@pytest.mark.parametrize("value", [0, "", False, []])
def test_falsy_values_are_still_given_and_present(value: object) -> None:
    assert given(value)
    assert present(value) is value


def test_text_is_none_when_blank_and_kept_as_written_otherwise() -> None:
    assert text("  ") is None
    assert text(msgspec.UNSET) is None
    assert text(" Acme ") == " Acme "


@pytest.mark.parametrize(
    ("minor", "precision", "major"),
    [
        (Decimal(5831), 2, "58.31"),
        (Decimal(0), 2, "0.00"),
        (Decimal("-0"), 2, "0.00"),
        (Decimal("5831.0"), 2, "58.31"),
        (Decimal("1E+3"), 2, "10.00"),
        (Decimal(-125), 3, "-0.125"),
        (Decimal(7), 0, "7"),
    ],
)
def test_minor_units_become_exact_major_units_at_their_scale(
    minor: Decimal, precision: int, major: str
) -> None:
    result = minor_to_major("acme", minor, precision, "$.total", "EUR")
    assert str(result) == major


@pytest.mark.parametrize(
    ("minor", "precision", "cause"),
    [
        (Decimal("58.5"), 2, "whole number of minor units"),
        (Decimal("NaN"), 2, "finite"),
        (Decimal("1E+70"), 2, "digits"),
        (Decimal(1), 9, "decimal places"),
    ],
)
def test_unusable_minor_units_fail_at_their_path(
    minor: Decimal, precision: int, cause: str
) -> None:
    with pytest.raises(NormalizationError, match=cause) as caught:
        minor_to_major("acme", minor, precision, "$.lines[0].amount", "EUR")
    assert caught.value.vendor == "acme"
    assert caught.value.path == "$.lines[0].amount"


def test_exact_arithmetic_does_not_round_past_28_digits() -> None:
    big = Decimal("123456789012345678901234567890.01")
    assert exact_sum([big, Decimal("0.01")]) == Decimal("123456789012345678901234567890.02")
    assert exact_difference(big, big) == 0
    assert exact_product(Decimal("1.5"), Decimal(2), shift=1) == Decimal(30)
    assert exact_sum([]) == 0


def test_inexact_arithmetic_raises_instead_of_rounding() -> None:
    third = Decimal(1).scaleb(-600)
    with pytest.raises(ArithmeticError):
        exact_product(third, third)


def test_a_decimal_that_is_no_amount_may_have_any_scale_but_must_be_finite() -> None:
    assert finite("acme", Decimal("0.123456"), "$.qty") == Decimal("0.123456")
    assert finite("acme", msgspec.UNSET, "$.qty") is None
    with pytest.raises(NormalizationError, match="finite"):
        finite("acme", Decimal("Infinity"), "$.qty")


def test_instants_are_aware_utc_and_a_time_without_offset_fails() -> None:
    berlin = dt.datetime(2026, 1, 1, 1, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert utc_instant("acme", berlin, "$.at") == dt.datetime(2026, 1, 1, 0, 30, tzinfo=dt.UTC)
    assert utc_instant("acme", None, "$.at") is None
    with pytest.raises(NormalizationError, match="no UTC offset"):
        utc_instant("acme", dt.datetime(2026, 1, 1), "$.at")
    assert local_day("acme", berlin, "$.at", ZoneInfo("Europe/Berlin")) == dt.date(2026, 1, 1)
    assert instant_text(berlin) == "2026-01-01T00:30:00Z"


@pytest.mark.parametrize(
    "zone",
    [dt.UTC, dt.timezone(dt.timedelta(0)), ZoneInfo("UTC"), dt.timezone(dt.timedelta(hours=2))],
)
def test_instant_text_is_the_same_utc_text_whichever_zone_object_holds_it(
    zone: dt.tzinfo,
) -> None:
    # The fast path for instants already in dt.UTC must write what the conversion writes.
    moment = dt.datetime(2026, 1, 1, 0, 30, 15, 250, tzinfo=dt.UTC).astimezone(zone)
    assert instant_text(moment) == "2026-01-01T00:30:15.000250Z"


@pytest.mark.parametrize("seconds", [True, -1, 10**12])
def test_unix_timestamps_outside_the_calendar_fail(seconds: int) -> None:
    with pytest.raises(NormalizationError, match="Unix timestamp"):
        unix_instant("acme", seconds, "$.created")


def test_unix_timestamps_are_utc_instants() -> None:
    assert unix_instant("acme", 0, "$.created") == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def test_a_day_is_read_as_written_from_a_date_or_a_date_time() -> None:
    assert day("acme", "2026-03-01", "$.d") == dt.date(2026, 3, 1)
    assert day("acme", "2026-03-01T23:30:00-05:00", "$.d") == dt.date(2026, 3, 1)
    assert day("acme", "", "$.d") is None
    with pytest.raises(NormalizationError, match="date"):
        day("acme", "March 1st", "$.d")


def test_codes_must_have_their_iso_shape() -> None:
    assert check_currency("acme", "EUR", "$.currency") == "EUR"
    assert check_country("acme", "DE", "$.country") == "DE"
    with pytest.raises(NormalizationError, match="three upper-case"):
        check_currency("acme", "eur", "$.currency")
    with pytest.raises(NormalizationError, match="country"):
        check_country("acme", "DEU", "$.country")


@pytest.mark.parametrize(
    ("value", "native"),
    [
        ({"a": [1, "x", None, True]}, True),
        ({"a": 1.5}, False),
        ({1: "x"}, False),
        ([Decimal(1)], False),
    ],
)
def test_is_json_native_is_what_invoice_extra_accepts(value: object, native: bool) -> None:
    assert is_json_native(value) is native
