"""The Lago spec documents an invoice, a page and an error, and the recorded payloads are its
examples, digit for digit.

That the spec is valid OpenAPI, that its examples match their schemas and that they decode
through the generated client is checked by the conformance kit (`SpecChecks`, run by
``test_lago_conformance.py``, which declares ``spec``).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import msgspec
from invoicekit.testing import load_spec, spec_examples

HERE = Path(__file__).parent
SPEC = HERE.parent / "specs" / "lago" / "openapi.yaml"
# Numbers as JSON numbers with their digits as written, so that 1.0000 never equals 1.0.
EXACT = msgspec.json.Encoder(decimal_format="number")
DOCUMENT = load_spec(SPEC)


def test_the_spec_has_examples_of_an_invoice_a_page_and_an_error() -> None:
    statuses = {example.status for example in spec_examples(DOCUMENT)}
    assert "200" in statuses
    assert any(status.startswith(("4", "5")) for status in statuses)
    assert "invoice" in DOCUMENT["components"]["examples"]


def test_the_payloads_are_the_specs_examples_digit_for_digit() -> None:
    examples = DOCUMENT["components"]["examples"]
    for payload in sorted((HERE / "payloads").glob("*.json")):
        recorded = json.loads(payload.read_bytes(), parse_float=Decimal)
        assert EXACT.encode(recorded) == EXACT.encode(examples[payload.stem]["value"]), payload
