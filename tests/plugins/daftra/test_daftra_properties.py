"""Any payload derived from a real Daftra invoice normalizes or fails with NormalizationError."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import invoicekit
from invoicekit import Invoice, NormalizationError

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"
BASES = [
    json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
    for name in ("full_invoice.json", "seed_invoice.json", "official_invoice.json")
]

_scalars = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=20),
    st.floats(allow_nan=False),
    st.booleans(),
    # Realistic text the vendor's own fields hold: numbers, codes and dates as strings.
    st.sampled_from(["0", "1", "-1", "", "12.50", "2023-03-23", "2023-03-23 10:15:22", "SAR"]),
)
_values = st.recursive(
    _scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(max_size=8), children, max_size=3),
    ),
    max_leaves=8,
)


def _containers(value: Any, found: list[Any]) -> list[Any]:
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            _containers(item, found)
    return found


@st.composite
def payloads(draw: st.DrawFn) -> dict[str, Any]:
    """A real payload with values replaced at random keys, and random keys added."""
    document: dict[str, Any] = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        containers = _containers(document, [])
        target = draw(st.sampled_from(containers))
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            target[key] = draw(_values)
        elif isinstance(target, list) and target:
            target[draw(st.integers(min_value=0, max_value=len(target) - 1))] = draw(_values)
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        dicts = [item for item in _containers(document, []) if isinstance(item, dict)]
        if dicts:
            draw(st.sampled_from(dicts))[draw(st.text(max_size=12))] = draw(_values)
    return document


def _amounts(invoice: Invoice) -> list[Any]:
    totals = [getattr(invoice.totals, name) for name in invoice.totals.__struct_fields__]
    lines = [
        getattr(line, name)
        for line in invoice.lines
        for name in (
            "quantity",
            "unit_price",
            "discount_amount",
            "net_amount",
            "tax_rate",
            "tax_amount",
            "gross_amount",
        )
    ]
    payments = [payment.amount for payment in invoice.payments]
    breakdown = [
        getattr(subtotal, name)
        for subtotal in invoice.tax_breakdown
        for name in ("rate", "taxable_amount", "tax_amount")
    ]
    return totals + lines + payments + breakdown


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(payloads())
def test_any_payload_normalizes_with_decimal_amounts_or_fails_cleanly(
    document: dict[str, Any],
) -> None:
    body = json.dumps(document).encode()
    # The plugin itself may only fail with NormalizationError or msgspec's decoding errors
    # (which invoicekit.normalize translates); a bare KeyError or TypeError would be a bug that
    # the translation below would otherwise hide.
    with contextlib.suppress(NormalizationError, msgspec.ValidationError, msgspec.DecodeError):
        invoicekit.get_vendor("daftra").normalize(body)
    try:
        invoice = invoicekit.normalize("daftra", body)
    except NormalizationError as exc:
        error = exc
    else:
        error = None
    if error is not None:
        assert error.vendor == "daftra"
        assert error.path.startswith("$")
        return
    for value in _amounts(invoice):
        assert value is None or (isinstance(value, Decimal) and value.is_finite())
    assert invoicekit.from_json(invoicekit.to_json(invoice)) == invoice


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64).map(str.encode))
def test_arbitrary_bytes_never_escape_as_anything_but_normalization_error(body: bytes) -> None:
    try:
        invoicekit.normalize("daftra", body)
    except NormalizationError as exc:
        error: NormalizationError | None = exc
    else:
        error = None
    assert error is None or error.vendor == "daftra"
