"""The benchmark's contenders agree with `normalize` (the CI part of `nox -s bench -- --quick`).

`nox -s bench` needs the pinned generators (pydantic, stock openapi-python-client) that the
test environment does not install, so CI checks here what needs only invoicekit: every limit in
benchmarks/limits/ and every hand integration in benchmarks/dicts/ builds an `Invoice` equal to
normalize's, and the generated msgspec models and ``json.loads`` find the same invoice id, on
every payload the benchmark times; and the report's tables read the contenders right. No timing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec
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


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_has_its_hand_integration(vendor: str) -> None:
    assert contenders.DICTS_LABEL in contenders.for_vendor(vendor, None)


def test_dict_code_that_builds_another_invoice_is_a_disagreement() -> None:
    vendor = VENDORS[0]
    label, body = cases.cases(vendor)[0]
    honest = contenders.for_vendor(vendor, None)[contenders.DICTS_LABEL]

    def off_by_a_cent(body: bytes) -> invoicekit.Invoice:
        found = honest(body)
        totals = msgspec.structs.replace(found.totals, gross=(found.totals.gross or 0) + 1)
        return msgspec.structs.replace(found, number="not the number", totals=totals)

    problems = contenders.disagreement(vendor, body, {contenders.DICTS_LABEL: off_by_a_cent})
    assert problems == [
        f"{vendor}: json.loads + dicts differs from normalize in ['number', 'totals']"
    ], label


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


def _cells(lines: list[str], start: str) -> list[str]:
    row = next(line for line in lines if line.startswith(start))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_the_derived_table_takes_the_measured_dict_code_over_the_json_estimate() -> None:
    # The same run as above plus dict code measured at 25 µs: json's cells divide 25, not the
    # 12 µs estimate, and say so; the other columns stay estimates.
    c = contenders
    times = {c.NORMALIZE: 10.0, c.LIMIT: 8.0, c.MSGSPEC: 2.0, c.PYDANTIC: 13.0, c.JSON: 4.0,
             c.STOCK: 43.0, c.DICTS_LABEL: 25.0}  # fmt: skip
    samples = {label: Sample([us]) for label, us in times.items()}
    cells = _cells(report.with_mapping({"acme": [("seed", 100, samples)]}), "| acme |")
    assert cells == [
        "acme", "seed", "1.25x ✓",
        "2.10x ✓", "2.50x ✓ (measured)", "5.10x ✓",
        "2.62x ✓", "3.12x ✓ (measured)", "6.38x ✓",
    ]  # fmt: skip


def test_the_vendor_table_shows_the_dict_code_and_its_ratio_to_normalize() -> None:
    with_dicts = {
        contenders.NORMALIZE: Sample([10.0]),
        contenders.LIMIT: Sample([8.0]),
        contenders.DICTS_LABEL: Sample([25.0]),
    }
    without = {contenders.NORMALIZE: Sample([10.0]), contenders.LIMIT: Sample([8.0])}
    text = report.markdown({"acme": [("seed", 100, with_dicts)], "zeta": [("seed", 9, without)]}, 1)
    lines = text.splitlines()
    header = _cells(lines, "| payload |")
    assert header[2:5] == ["normalize", "limit", "json.loads + dicts"]
    assert header[5:7] == ["normalize / limit", "dicts / normalize"]
    acme = _cells(lines, "| seed | 100 |")
    assert acme[4] == "25.0 ±0%"
    assert acme[6] == "2.50x"
    zeta = _cells(lines, "| seed | 9 |")
    assert zeta[5] == "-"  # a vendor without dict code has no ratio, not a zero
