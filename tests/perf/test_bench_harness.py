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
import report  # noqa: E402
from timing import Sample  # noqa: E402

VENDORS = [vendor for vendor in contenders.MODELS if vendor in invoicekit.vendors()]


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_contender_agrees_with_normalize(vendor: str) -> None:
    found = contenders.for_vendor(vendor, None)
    timed = cases.cases(vendor)
    assert timed, f"the benchmark times no payload of {vendor}"
    for label, body in timed:
        assert contenders.disagreement(vendor, body, found) == [], label


def test_the_derived_table_adds_the_mapping_to_each_decode_and_marks_the_targets() -> None:
    # normalize 10 µs of which 2 decode (mapping 8); limit 8; pydantic decodes in 13, json in 4,
    # the stock models in 43: with the mapping 21, 12 and 51 µs.
    samples = {
        contenders.NORMALIZE: Sample([10.0]),
        contenders.LIMIT: Sample([8.0]),
        contenders.MSGSPEC: Sample([2.0]),
        contenders.PYDANTIC: Sample([13.0]),
        contenders.JSON: Sample([4.0]),
        contenders.STOCK: Sample([43.0]),
    }
    lines = report.with_mapping({"acme": [("seed", 100, samples)]})
    row = next(line for line in lines if line.startswith("| acme |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells == [
        "acme", "seed", "1.25x ✓",
        "2.10x ✓", "1.20x ✗", "5.10x ✓",  # against normalize
        "2.62x ✓", "1.50x ✗", "6.38x ✓",  # against the limit
    ]  # fmt: skip
