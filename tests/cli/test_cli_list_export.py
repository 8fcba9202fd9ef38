"""``get``, ``list``, ``export`` and ``demo`` against the fake vendor's sandbox."""

import csv
import io
import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from helpers.cli_runner import Run, one_error_line
from helpers.fake_sandbox import ACME_KEY

import invoicekit
from invoicekit.cli import _export
from invoicekit.cli._fields import DEFAULT_COLUMNS
from invoicekit.sandbox import Faults, SandboxServer, UuidIds


def invoices_of(stdout: bytes) -> list[invoicekit.Invoice]:
    return [invoicekit.from_json(line) for line in stdout.splitlines()]


def test_get_from_the_sandbox(run: Run) -> None:
    invoice_id = UuidIds(0, "acme", 200)[17]
    result = run("get", "acme", invoice_id, "--sandbox")
    assert result.exit_code == 0, result.stderr
    invoice = invoicekit.from_json(result.stdout_bytes)
    assert (invoice.vendor, invoice.id, invoice.number) == ("acme", invoice_id, "ACME-000018")


def test_get_an_unknown_id_is_one_line(run: Run) -> None:
    result = run("get", "acme", "no-such-id", "--sandbox", "--retries", "0")
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "acme: GET /acme/invoices/no-such-id returned HTTP 404 (code 404): no invoice no-such-id"
    )


def test_a_bad_id_is_refused_before_any_request(run: Run) -> None:
    result = run("get", "acme", "has space", "--sandbox")
    assert result.exit_code == 1
    assert "is not a plausible invoice id" in one_error_line(result)


def test_list_prints_json_lines(run: Run) -> None:
    result = run("list", "acme", "--sandbox", "--limit", "30", "--page-size", "7")
    assert result.exit_code == 0, result.stderr
    invoices = invoices_of(result.stdout_bytes)
    assert [invoice.number for invoice in invoices] == [f"ACME-{i:06d}" for i in range(1, 31)]
    assert result.stdout.count("\n") == 30
    assert all(json.loads(line)["vendor"] == "acme" for line in result.stdout.splitlines())


def test_list_applies_date_filters(run: Run) -> None:
    args = ["--issued-since", "2025-03-01", "--issued-until", "2025-03-31"]
    result = run("list", "acme", "--sandbox", *args)
    assert result.exit_code == 0, result.stderr
    invoices = invoices_of(result.stdout_bytes)
    assert invoices
    assert all(
        date(2025, 3, 1) <= (i.issue_date or date.min) <= date(2025, 3, 31) for i in invoices
    )


def test_native_filters_pass_through(run: Run) -> None:
    result = run("list", "acme", "--sandbox", "--filter", "customer=Nobody GmbH")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "paid"], "acme does not support the 'status' filter"),
        (["--updated-since", "2025-01-01T00:00:00Z"], "acme does not support the 'updated_since'"),
        (["--filter", "color=red"], "acme: unknown filter 'color'"),
    ],
)
def test_unsupported_filters_are_one_line(run: Run, args: list[str], message: str) -> None:
    result = run("list", "acme", "--sandbox", *args)
    assert result.exit_code == 1
    assert one_error_line(result).startswith(message)


def test_export_csv_has_exact_amounts(run: Run) -> None:
    result = run("export", "acme", "--sandbox", "--format", "csv", "--limit", "25")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""  # no progress bar: stderr is not a terminal
    assert result.stdout_bytes.count(b"\r\n") == 26
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == DEFAULT_COLUMNS
    assert len(rows) == 26
    listed = invoices_of(run("list", "acme", "--sandbox", "--limit", "25").stdout_bytes)
    for row, invoice in zip(rows[1:], listed, strict=True):
        record = dict(zip(DEFAULT_COLUMNS, row, strict=True))
        assert record["id"] == invoice.id
        for column in ("net", "tax", "gross", "paid", "due"):
            assert re.fullmatch(r"\d+\.\d\d", record[column]), record[column]
            assert Decimal(record[column]) == getattr(invoice.totals, column)
            assert record[column] == format(getattr(invoice.totals, column), "f")
        assert record["buyer_name"] == (invoice.buyer.name if invoice.buyer else "")
        assert record["issue_date"] == str(invoice.issue_date)


def test_export_jsonl_to_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = run("export", "acme", "--sandbox", "--limit", "12", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert len(invoices_of(target.read_bytes())) == 12
    assert [path.name for path in tmp_path.iterdir()] == ["out.jsonl"]


def test_a_failed_export_leaves_no_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous export\n")
    with SandboxServer(["acme"], faults=Faults(rate_500=1.0)) as server:
        args = ["--url", server.base_url("acme"), "--api-key", ACME_KEY, "--retries", "0"]
        result = run("export", "acme", "--format", "csv", "-o", str(target), *args)
    assert result.exit_code == 1
    assert "returned HTTP 500" in one_error_line(result)
    assert target.read_text() == "previous export\n"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize(
    ("stderr_tty", "stdout_tty", "output", "expected"),
    [
        (False, False, "-", False),
        (False, False, "file.csv", False),
        (True, False, "-", True),
        (True, True, "-", False),  # the bar would scribble over the data on the same terminal
        (True, True, "file.csv", True),
    ],
)
def test_when_the_progress_bar_is_drawn(
    monkeypatch: pytest.MonkeyPatch,
    stderr_tty: bool,
    stdout_tty: bool,
    output: str,
    expected: bool,
) -> None:
    monkeypatch.setattr(
        _export, "is_terminal", lambda stream: {"stderr": stderr_tty, "stdout": stdout_tty}[stream]
    )
    assert _export.show_progress(output) is expected


def test_the_progress_bar_draws_on_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console

    screen = io.StringIO()
    monkeypatch.setattr(
        _export,
        "make_console",
        lambda stderr: Console(file=screen, force_terminal=True, width=80),
    )
    with _export.progress(True, "Exporting acme") as report:
        report.advance()
        report.set_total(3)
        report.advance()
        report.advance()
    assert "Exporting acme" in screen.getvalue()
    assert "3/3" in screen.getvalue()
    assert "left" in screen.getvalue()
    with _export.progress(False, "quiet") as report:
        report.advance()
        report.set_total(1)


def test_demo_prints_a_few_invoices_per_vendor(run: Run) -> None:
    result = run("demo", "--vendor", "acme", "--json")
    assert result.exit_code == 0, result.stderr
    invoices = invoices_of(result.stdout_bytes)
    assert [invoice.number for invoice in invoices] == ["ACME-000001", "ACME-000002", "ACME-000003"]


def test_demo_covers_every_vendor_with_a_sandbox(run: Run) -> None:
    result = run("demo", "--count", "2", "--json")
    assert result.exit_code == 0, result.stderr
    vendors = [invoice.vendor for invoice in invoices_of(result.stdout_bytes)]
    assert vendors.count("acme") == 2
    assert "plain" not in vendors


def test_demo_of_a_vendor_without_sandbox_fails(run: Run) -> None:
    result = run("demo", "--vendor", "plain")
    assert result.exit_code == 1
    assert one_error_line(result) == "plain: this vendor has no sandbox"
