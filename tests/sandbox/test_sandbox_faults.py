"""`Faults`: validation, the CLI syntax, and deterministic decisions."""

import dataclasses
from collections import Counter

import pytest

from invoicekit.sandbox import Faults
from invoicekit.sandbox._faults import FaultPlan


def test_defaults_inject_nothing() -> None:
    faults = Faults()
    assert not faults.enabled
    assert faults.describe() == ""
    assert FaultPlan(faults).next() == (None, False)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"rate_429": -0.1},
        {"rate_500": 1.5},
        {"rate_slow": 2.0},
        {"rate_429": 0.6, "rate_503": 0.6},
        {"slow_seconds": -1.0},
        {"retry_after": -1},
        {"retry_after": float("nan")},
        {"slow_seconds": float("inf")},
    ],
)
def test_invalid_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=r"between 0 and 1|more than 1|negative"):
        Faults(**kwargs)  # type: ignore[arg-type]


def test_parse_accepts_short_names_and_field_names() -> None:
    faults = Faults.parse("429=0.1, 500=0.05,slow=0.2,slow_seconds=0.5,retry_after=3,seed=7")
    assert faults == Faults(
        rate_429=0.1, rate_500=0.05, rate_slow=0.2, slow_seconds=0.5, retry_after=3, seed=7
    )
    assert Faults.parse("rate_disconnect=1") == Faults(rate_disconnect=1.0)
    assert Faults.parse("429=1,retry_after=0.05").retry_after == 0.05
    assert Faults.parse("") == Faults()


def test_describe_round_trips_through_parse() -> None:
    faults = Faults(rate_429=0.25, rate_truncate=0.1, rate_slow=0.5, slow_seconds=0.2, seed=4)
    assert Faults.parse(faults.describe()) == faults
    fractional = Faults(rate_429=0.5, retry_after=0.25)
    assert "retry_after=0.25" in fractional.describe()
    assert Faults.parse(fractional.describe()) == fractional


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("429", "expected KEY=VALUE"),
        ("404=0.1", "expected KEY=VALUE"),
        ("429=lots", "not a number"),
        ("429=0.7,500=0.7", "more than 1"),
    ],
)
def test_parse_names_the_bad_item(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Faults.parse(spec)


def test_decisions_are_deterministic_per_seed() -> None:
    faults = Faults(rate_429=0.2, rate_500=0.2, rate_slow=0.5, seed=3)
    first = [FaultPlan(faults).next() for _ in range(1)]
    plan_a, plan_b = FaultPlan(faults), FaultPlan(faults)
    run_a = [plan_a.next() for _ in range(200)]
    assert run_a == [plan_b.next() for _ in range(200)]
    assert run_a[0] == first[0]
    other = FaultPlan(dataclasses.replace(faults, seed=4))
    assert [other.next() for _ in range(200)] != run_a


def test_rates_are_honoured_over_many_requests() -> None:
    faults = Faults(rate_429=0.1, rate_503=0.3, rate_truncate=0.1, rate_slow=0.25, seed=1)
    plan = FaultPlan(faults)
    decisions = [plan.next() for _ in range(20_000)]
    kinds = Counter(kind for kind, _ in decisions)
    slow = sum(1 for _, is_slow in decisions if is_slow)
    assert kinds["429"] / 20_000 == pytest.approx(0.1, abs=0.01)
    assert kinds["503"] / 20_000 == pytest.approx(0.3, abs=0.01)
    assert kinds["truncate"] / 20_000 == pytest.approx(0.1, abs=0.01)
    assert kinds["500"] == kinds["disconnect"] == 0
    assert slow / 20_000 == pytest.approx(0.25, abs=0.01)


def test_a_rate_of_one_always_applies() -> None:
    plan = FaultPlan(Faults(rate_disconnect=1.0, rate_slow=1.0))
    assert {plan.next() for _ in range(50)} == {("disconnect", True)}
