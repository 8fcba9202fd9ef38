"""The benchmark's contenders agree with `normalize` (the CI part of `nox -s bench -- --quick`).

`nox -s bench` needs the pinned generators (pydantic, stock openapi-python-client) that the
test environment does not install, so CI checks here what needs only invoicekit: every limit in
benchmarks/limits/ builds an `Invoice` equal to normalize's, and the generated msgspec models
and ``json.loads`` find the same invoice id, on every payload the benchmark times. No timing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import invoicekit

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import cases  # noqa: E402 - the benchmark's own modules, importable from benchmarks/
import contenders  # noqa: E402

VENDORS = [vendor for vendor in contenders.MODELS if vendor in invoicekit.vendors()]


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_contender_agrees_with_normalize(vendor: str) -> None:
    found = contenders.for_vendor(vendor, None)
    timed = cases.cases(vendor)
    assert timed, f"the benchmark times no payload of {vendor}"
    for label, body in timed:
        assert contenders.disagreement(vendor, body, found) == [], label
