"""``invoicekit einvoice export`` and ``invoicekit einvoice validate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli_runner import Run
from helpers.einvoice import EXAMPLES, RULES

SELLER_TOML = """\
default_vat_category = "S"
[seller]
name = "Sandbox Software GmbH"
vat_id = "DE123456789"
[seller.address]
lines = ["Hauptstr. 1"]
city = "Berlin"
postal_code = "10115"
country = "DE"
[unit_codes]
Lizenz = "C62"
Paket = "C62"
"""


@pytest.fixture
def run() -> Run:
    return Run()


@pytest.fixture
def seller(tmp_path: Path) -> Path:
    path = tmp_path / "seller.toml"
    path.write_text(SELLER_TOML)
    return path


@pytest.mark.parametrize(("fmt", "suffix"), [("cii", ".xml"), ("ubl", ".xml"), ("facturx", ".pdf")])
def test_export_writes_one_file_per_invoice_and_reports_failures(
    run: Run, seller: Path, tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / "out"
    result = run(
        "einvoice", "export", "fynn", "--sandbox", "--format", fmt,
        "--seller", str(seller), "--output", str(out), "--limit", "6",
    )  # fmt: skip
    files = sorted(out.iterdir())
    assert len(files) == 6
    assert all(path.suffix == suffix for path in files)
    assert "6 written" in result.stderr
    problems = result.stdout.splitlines()
    # The sandbox has 0 % lines, which the default category S makes fail BR-S-05: reported,
    # and the exit status says so.
    assert result.exit_code == (1 if problems else 0)
    assert all(" fails BR-" in line for line in problems)


def test_export_lists_the_missing_terms(run: Run, tmp_path: Path) -> None:
    result = run(
        "einvoice", "export", "yeti", "--sandbox", "--format", "ubl",
        "--output", str(tmp_path), "--limit", "2",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "0 written" in result.stderr
    assert len(result.stdout.splitlines()) == 2
    assert "BT-27 Seller name" in result.stdout


def test_validate_exits_non_zero_on_fatal_failures(run: Run, tmp_path: Path) -> None:
    good = next(path for path in EXAMPLES if path.name == "ubl-ubl-tc434-example1.xml")
    ok = run("einvoice", "validate", str(good), "--rules", str(RULES["ubl"]))
    assert ok.exit_code == 0, ok.output
    broken = tmp_path / "broken.xml"
    broken.write_bytes(good.read_bytes().replace(b">250.33<", b">250.34<", 1))
    bad = run("einvoice", "validate", str(good), str(broken), "--rules", str(RULES["ubl"]))
    assert bad.exit_code == 1
    rules = {json.loads(line)["rule"] for line in bad.stdout.splitlines()}
    assert rules & {"BR-CO-15", "BR-CO-16"}
    assert all(json.loads(line)["file"] == str(broken) for line in bad.stdout.splitlines())


def test_validate_of_an_unreadable_file_is_one_error_line(run: Run, tmp_path: Path) -> None:
    result = run("einvoice", "validate", str(tmp_path / "missing.xml"))
    assert result.exit_code == 1
    assert "cannot read" in result.stderr


def test_export_completes_invoices_from_the_vendors_xml(run: Run, tmp_path: Path) -> None:
    args = ("einvoice", "export", "fynn", "--sandbox", "--format", "cii", "--no-validate")
    limit = ("--limit", "40")
    plain = run(*args, "--output", str(tmp_path / "plain"), "--no-vendor-xml", *limit)
    fuller = run(*args, "--output", str(tmp_path / "fuller"), *limit)
    assert "completed from the vendor's XML" not in plain.stderr
    completed = int(fuller.stderr.split("(")[1].split()[0])
    assert completed > 0, fuller.stderr
    # Without --seller, only the invoices whose ZUGFeRD XML names the seller have one.
    lacking_seller = [line for line in plain.stdout.splitlines() if "BT-27 Seller name" in line]
    still_lacking = [line for line in fuller.stdout.splitlines() if "BT-27 Seller name" in line]
    assert len(still_lacking) == len(lacking_seller) - completed
    assert len(list((tmp_path / "fuller").iterdir())) >= completed
