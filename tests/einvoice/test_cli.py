"""``invoicekit einvoice export`` and ``invoicekit einvoice validate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli_runner import Run
from helpers.einvoice import EXAMPLES, RULES, complete_invoice

from invoicekit import NormalizationError, Unsupported, einvoice
from invoicekit.cli._einvoice_commands import _completed

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


def test_an_unreadable_vendor_xml_is_a_problem_a_missing_one_is_not() -> None:
    class Client:
        def __init__(self, error: Exception) -> None:
            self.error = error

        def download_xml(self, invoice_id: str) -> bytes:
            raise self.error

    invoice = complete_invoice()
    none = Client(Unsupported("acme", "the e-invoice XML of this invoice"))
    assert _completed(einvoice, none, invoice) == (invoice, None)  # type: ignore[arg-type]
    broken = Client(NormalizationError("acme", "$", "not well-formed XML"))
    same, problem = _completed(einvoice, broken, invoice)  # type: ignore[arg-type]
    assert same is invoice
    assert problem is not None
    assert problem.startswith("inv-1: the vendor's e-invoice XML was not read")


def test_invoicekit_export_writes_e_invoices_too(run: Run, seller: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "export", "fynn", "--sandbox", "--format", "ubl",
        "--seller", str(seller), "--output", str(out), "--limit", "3",
    )  # fmt: skip
    assert "3 written" in result.stderr, result.output
    assert len(list(out.glob("fynn-*.xml"))) == 3
    # The same export as `invoicekit einvoice export`: problems on stdout, exit status 1.
    assert result.exit_code == (1 if result.stdout.strip() else 0)


def test_invoicekit_export_refuses_e_invoice_options_that_do_not_fit(
    run: Run, seller: Path, tmp_path: Path
) -> None:
    to_stdout = run("export", "fynn", "--sandbox", "--format", "cii")
    assert to_stdout.exit_code == 2
    assert "--output DIR" in to_stdout.output
    seller_for_jsonl = run(
        "export", "fynn", "--sandbox", "--seller", str(seller), "-o", str(tmp_path / "x.jsonl")
    )
    assert seller_for_jsonl.exit_code == 2
    assert "--seller is for the e-invoice formats" in seller_for_jsonl.output


def test_an_e_invoice_file_is_written_atomically(
    run: Run, seller: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails (a full disk) leaves no half XML under the invoice's file name."""
    import invoicekit.cli._files as files

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", disk_full)
    out = tmp_path / "out"
    result = run(
        "einvoice", "export", "fynn", "--sandbox", "--format", "ubl",
        "--seller", str(seller), "--output", str(out), "--limit", "1",
    )  # fmt: skip
    assert result.exit_code != 0
    assert list(out.iterdir()) == []  # neither the target nor the temporary file
