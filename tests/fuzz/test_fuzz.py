"""The fuzz property in CI: 2,000 mutated real payloads per vendor, payloads drawn from each
spec's response schema (hypothesis-jsonschema), and the bounds' own cases.

`nox -s fuzz` runs the same property on 10^5 payloads per vendor (tests/fuzz/run.py).
"""

from __future__ import annotations

from decimal import Decimal

import msgspec
import pytest
from fuzz import corpus, schemas
from hypothesis import HealthCheck, given, settings

import invoicekit
from invoicekit.bounds import checked_amount, decimal_problem, minor_unit
from invoicekit.testing import check_normalize_property, mutate

CI_EXAMPLES = 2_000
#: Schema-drawn payloads per vendor in CI: each costs 5-200 ms to draw (Yeti's JSON:API schema
#: is the slowest), so CI keeps a few and `nox -s fuzz` draws thousands.
CI_SCHEMA_EXAMPLES = 20


@pytest.mark.parametrize("vendor", corpus.VENDORS)
def test_mutated_payloads_keep_the_property(vendor: str) -> None:
    bodies = corpus.examples(vendor)
    outcomes = {"invoice": 0, "error": 0}
    for seed in range(CI_EXAMPLES):
        outcomes[check_normalize_property(vendor, mutate(bodies[seed % len(bodies)], seed))] += 1
    # Both outcomes occur: a fuzzer whose mutations always fail (or never do) tests nothing.
    assert outcomes["invoice"] > 0
    assert outcomes["error"] > 0


@pytest.mark.parametrize("vendor", corpus.VENDORS)
def test_schema_drawn_payloads_keep_the_property(vendor: str) -> None:
    outcomes = {"invoice": 0, "error": 0}

    @settings(
        max_examples=CI_SCHEMA_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(schemas.schema_payloads(vendor))
    def keeps_the_property(body: bytes) -> None:
        outcomes[check_normalize_property(vendor, body)] += 1

    keeps_the_property()
    assert sum(outcomes.values()) >= CI_SCHEMA_EXAMPLES


def test_openapi_words_become_json_schema() -> None:
    components = {"Money": {"type": "string", "format": "decimal", "example": "1.00"}}
    converted = schemas.json_schema(
        {
            "type": "object",
            "x-invoicekit-lenient": True,
            "properties": {
                "total": {"$ref": "#/components/schemas/Money"},
                "note": {"type": "string", "nullable": True},
                "when": {"type": "string", "format": "date"},
            },
        },
        components,
    )
    assert converted == {
        "type": "object",
        "properties": {
            "total": {"type": "string", "pattern": schemas.DECIMAL},
            "note": {"type": ["string", "null"]},
            "when": {"type": "string", "format": "date"},
        },
    }
    with pytest.raises(ValueError, match="recursive"):
        schemas.json_schema({"$ref": "#/components/schemas/A"}, {"A": {"$ref": "#/x/A"}})


def test_the_many_shim_is_still_needed() -> None:
    """When a hypothesis-jsonschema release no longer needs the shim, remove it (schemas.py)."""
    assert schemas.shim_needed()


def _numeric(value: object) -> bool:
    if isinstance(value, msgspec.Raw) or (isinstance(value, int) and not isinstance(value, bool)):
        return True
    return isinstance(value, str) and value.replace(".", "", 1).lstrip("-").isdigit()


def _with_every_amount(vendor: str, replacement: bytes) -> list[bytes]:
    """The vendor's first example with each number or numeric string in turn replaced."""
    body = corpus.examples(vendor)[0]
    decoder = msgspec.json.Decoder(float_hook=lambda text: msgspec.Raw(text.encode()))
    tree = decoder.decode(body)
    variants = []
    pending = [tree]
    while pending:
        node = pending.pop()
        items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        for key, value in items:
            if isinstance(value, dict | list):
                pending.append(value)
            elif _numeric(value):
                as_text = isinstance(value, str)
                node[key] = replacement.decode() if as_text else msgspec.Raw(replacement)
                variants.append(msgspec.json.encode(tree))
                node[key] = value
    return variants


@pytest.mark.parametrize("vendor", corpus.VENDORS)
@pytest.mark.parametrize("absurd", [b"1E+999999999", b"-1E-400", b"4.9999E+4999", b"1E+18"])
def test_an_absurd_amount_anywhere_is_an_error_at_a_path(vendor: str, absurd: bytes) -> None:
    variants = _with_every_amount(vendor, absurd)
    assert variants, "the example has no decimal amounts to replace"
    for body in variants:
        try:
            invoicekit.normalize(vendor, body)
        except invoicekit.NormalizationError as exc:
            error: invoicekit.NormalizationError | None = exc
        else:
            error = None
        if error is not None:
            assert error.path != "$", f"{error} names no path"
        # Else the value went somewhere that is no amount (an id, a count kept in extra).
        check_normalize_property(vendor, body)


@pytest.mark.parametrize("vendor", corpus.VENDORS)
@pytest.mark.parametrize("opening", [b"[", b'{"a":'])
def test_deep_nesting_is_a_normalization_error(vendor: str, opening: bytes) -> None:
    closing = b"]" if opening == b"[" else b"}"
    body = corpus.examples(vendor)[0]
    deep = b'{"data":' + opening * 100_000 + b"1" + closing * 100_000 + b"," + body[1:]
    with pytest.raises(invoicekit.NormalizationError) as caught:
        invoicekit.normalize(vendor, deep)
    assert caught.value.vendor == vendor


@pytest.mark.parametrize(
    ("value", "currency", "usable"),
    [
        ("12.34", "EUR", True),
        ("12.345678", "EUR", True),  # 4 places beyond the cent
        ("12.3456789", "EUR", False),
        ("1.0000", "JPY", True),
        ("1.00000", "JPY", False),
        ("1.0000000", "KWD", True),
        ("999999999999999999.99", "EUR", True),  # 18 integer digits
        ("1000000000000000000", "EUR", False),
        ("1E+999999999", "EUR", False),
        ("1E-400", None, False),
        ("NaN", "EUR", False),
        ("-Infinity", "EUR", False),
        ("0E-8", None, True),  # unknown currency: the largest minor unit (4) + 4
    ],
)
def test_amount_bounds(value: str, currency: str | None, usable: bool) -> None:
    if usable:
        assert checked_amount("acme", Decimal(value), "$.x", currency=currency) == Decimal(value)
    else:
        with pytest.raises(invoicekit.NormalizationError) as caught:
            checked_amount("acme", Decimal(value), "$.total", currency=currency)
        assert caught.value.path == "$.total"
        assert len(str(caught.value)) < 200  # never echoes a million digits


def test_minor_units_and_the_backstop() -> None:
    assert [minor_unit(c) for c in ("EUR", "JPY", "KWD", "CLF", None)] == [2, 0, 3, 4, 4]
    assert decimal_problem(Decimal("1E+30")) is not None
    with pytest.raises(ValueError, match=r"totals\.gross"):
        invoicekit.Invoice(
            vendor="acme",
            id="1",
            kind=invoicekit.InvoiceKind.INVOICE,
            status=invoicekit.InvoiceStatus.ISSUED,
            totals=invoicekit.Totals(gross=Decimal("NaN")),
            raw=msgspec.Raw(b"{}"),
        )
