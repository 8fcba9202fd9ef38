"""Property test: any Fynn-shaped payload normalizes exactly or raises `NormalizationError`."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import invoicekit
from invoicekit import Invoice, NormalizationError

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "fynn"


def _base() -> dict[str, Any]:
    source: dict[str, Any] = json.loads((PAYLOADS / "seed_invoice.json").read_bytes())
    credit: dict[str, Any] = json.loads((PAYLOADS / "credit_note.json").read_bytes())
    source["referencedInvoice"] = credit["referencedInvoice"]
    source["discountAmount"] = {"amount": 100, "precision": 2, "currencyCode": "EUR"}
    source["positions"].append(copy.deepcopy(source["positions"][0]))
    source["positions"][1]["discountAmount"] = {"amount": 50, "precision": 2}
    source["cancellationDocument"] = {"id": "x", "number": "R-1"}
    source["customFields"] = {"a": "b"}
    return source


BASE = _base()


def _key_paths(node: Any, keys: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = []
    if isinstance(node, dict):
        for key, item in node.items():
            found.append((*keys, key))
            found.extend(_key_paths(item, (*keys, key)))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found.append((*keys, index))
            found.extend(_key_paths(item, (*keys, index)))
    return found


PATHS = _key_paths(BASE)

SCALARS = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=12),
    st.floats(allow_nan=False),
    st.booleans(),
    # Strings that look like the values Fynn sends, so deeper code paths are reached.
    st.sampled_from(
        ["2023-11-07T05:31:56Z", "2023-11-07", "EUR", "USD", "DE", "NaN", "1e5", "-0", "5831.0"]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(max_size=8), children, max_size=3),
    ),
    max_leaves=8,
)
MONEY = st.fixed_dictionaries(
    {"amount": st.one_of(st.integers(), st.text(max_size=6), st.floats(allow_nan=False))},
    optional={
        "precision": st.one_of(st.integers(min_value=-3, max_value=25), st.none()),
        "currencyCode": st.sampled_from(["EUR", "USD", "", None]),
    },
)


def _containers(node: Any) -> list[Any]:
    found = [node] if isinstance(node, dict) else []
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        found.extend(_containers(child))
    return found


@st.composite
def payloads(draw: st.DrawFn) -> dict[str, Any]:
    """The realistic base payload with values replaced at random keys, and keys added."""
    source = copy.deepcopy(BASE)
    for path in draw(st.lists(st.sampled_from(PATHS), max_size=6)):
        value = draw(MONEY if path[-1] in {"grossAmount", "netAmount", "unitPrice"} else VALUES)
        target: Any = source
        try:
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this path
    objects = _containers(source)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        target = draw(st.sampled_from(objects))
        target[draw(st.text(max_size=10))] = draw(VALUES)
    return source


def _amounts(invoice: Invoice) -> list[object]:
    totals = invoice.totals
    found: list[object] = [
        totals.line_net,
        totals.discount,
        totals.charges,
        totals.net,
        totals.tax,
        totals.gross,
        totals.paid,
        totals.due,
    ]
    for line in invoice.lines:
        found += [
            line.quantity,
            line.unit_price,
            line.discount_amount,
            line.net_amount,
            line.tax_rate,
            line.tax_amount,
            line.gross_amount,
        ]
    for subtotal in invoice.tax_breakdown:
        found += [subtotal.rate, subtotal.taxable_amount, subtotal.tax_amount]
    found += [payment.amount for payment in invoice.payments]
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads())
def test_any_payload_normalizes_exactly_or_raises_normalization_error(
    source: dict[str, Any],
) -> None:
    body = msgspec.json.encode(source)
    failure: NormalizationError | None = None
    try:
        invoice = invoicekit.normalize("fynn", body)
    except NormalizationError as error:
        failure = error
    if failure is not None:
        assert failure.vendor == "fynn"
        assert failure.path.startswith("$")
        return
    for value in _amounts(invoice):
        assert value is None or type(value) is Decimal, value
        assert value is None or value.is_finite()
    assert bytes(invoice.raw) == body
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=64))
def test_any_bytes_normalize_or_raise_normalization_error(data: bytes) -> None:
    failure: NormalizationError | None = None
    try:
        invoicekit.normalize("fynn", data)
    except NormalizationError as error:
        failure = error
    assert failure is None or failure.vendor == "fynn"
