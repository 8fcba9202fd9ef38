"""Invoice tables at 80 and 120 columns: amounts and dates whole, long ids ellipsized.

Rendered with rich at fixed widths, and once for real: the demo in a tmux window of 80 and of
120 columns, read back with ``tmux capture-pane``.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import msgspec
import pytest
from helpers.cli_runner import Run
from rich.console import Console

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Party, Totals
from invoicekit.cli._output import invoice_table, table
from invoicekit.sandbox import SandboxServer

UUID = "31ca952c-ac69-4683-acb7-130d2db69050"


def _invoice(number: int, **changes: object) -> Invoice:
    fields: dict[str, object] = {
        "vendor": "fynn",
        "id": UUID[:-4] + f"{number:04d}",
        "number": f"RE-{number:010d}",
        "kind": InvoiceKind.INVOICE,
        "raw": msgspec.Raw(b"{}"),
        "status": InvoiceStatus.PARTIALLY_PAID,
        "issue_date": dt.date(2024, 1, number % 28 + 1),
        "due_date": dt.date(2024, 2, number % 28 + 1),
        "currency": "CHF",
        "buyer": Party(name="Falkenfeld Logistik und Handelsgesellschaft mbH"),
        "totals": Totals(gross=Decimal("29059.14") * number, due=Decimal("1045.58264")),
    }
    return Invoice(**{**fields, **changes})  # type: ignore[arg-type]


INVOICES = [_invoice(n) for n in (1, 2, 37)]


def render(width: int, invoices: list[Invoice] = INVOICES) -> list[str]:
    screen = io.StringIO()
    Console(file=screen, width=width, color_system=None).print(invoice_table(invoices, "Fynn"))
    return screen.getvalue().splitlines()


def headers(width: int) -> list[str]:
    return [str(column.header) for column in invoice_table(INVOICES).build(width).columns]


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160, 240])
def test_one_line_per_invoice_within_the_width(width: int) -> None:
    lines = render(width)
    assert all(len(line) <= width for line in lines), "\n".join(lines)
    # Title, header, rule, one line per invoice: no cell wrapped onto a second line.
    assert len(lines) == 3 + len(INVOICES), "\n".join(lines)
    for invoice, line in zip(INVOICES, lines[3:], strict=True):
        assert format(invoice.totals.gross, "f") in line
        assert invoice.id[:8] in line


@pytest.mark.parametrize("width", [80, 120])
def test_amounts_and_dates_are_whole(width: int) -> None:
    lines = render(width)
    shown = headers(width)
    assert {"Gross", "Issued"} <= set(shown)
    for invoice, line in zip(INVOICES, lines[3:], strict=True):
        assert format(invoice.totals.gross, "f") in line
        assert ("Due" in shown) == (format(invoice.totals.due, "f") in line)
        assert invoice.issue_date is not None
        assert invoice.issue_date.isoformat() in line


def test_at_80_columns_long_ids_are_ellipsized_and_columns_chosen() -> None:
    text = "\n".join(render(80))
    shown = headers(80)
    assert shown[:2] == ["ID", "Number"]
    assert {"Status", "Issued", "Gross"} <= set(shown)
    assert "Buyer" not in shown  # left out so that the amounts fit whole
    assert UUID[:12] in text
    assert "…" in text
    assert not any(invoice.id in text for invoice in INVOICES)
    assert all(invoice.number and invoice.number in text for invoice in INVOICES)


def test_a_wide_terminal_shows_every_column_and_whole_ids() -> None:
    text = "\n".join(render(240))
    assert headers(240) == [
        *("ID", "Number", "Kind", "Status", "Issued", "Due date", "Cur", "Gross", "Due", "Buyer")
    ]
    assert all(invoice.id in text for invoice in INVOICES)
    assert "Falkenfeld Logistik und Handelsgesellschaft mbH" in text


def test_wide_characters_count_as_two_cells() -> None:
    buyer = Party(name="株式会社ファルケンフェルト物流ホールディングス")
    lines = render(120, [_invoice(1, buyer=buyer)])
    from rich.cells import cell_len

    assert all(cell_len(line) <= 120 for line in lines)
    assert len(lines) == 4


def test_an_empty_table_renders() -> None:
    assert render(80, [])[1].split()[:2] == ["ID", "Number"]


# -- other tables ------------------------------------------------------------------------


def _render_table(width: int, columns: list[str], rows: list[list[str]]) -> list[str]:
    screen = io.StringIO()
    Console(file=screen, width=width, color_system=None).print(table(None, columns, rows))
    return screen.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80])
def test_other_tables_wrap_text_but_never_names_numbers_or_times(width: int) -> None:
    long_text = "one of draft, issued, open, partially_paid, paid, overpaid, refunded, void"
    rows = [
        ["requisition_delivery_status", "2026-12-06 12:00:00", "1045.58264", long_text],
        ["po_number", "2026-12-07 08:30:05", "7.92", "text"],
    ]
    lines = _render_table(width, ["Filter", "At", "Gross", "Type"], rows)
    assert all(len(line) <= width for line in lines), "\n".join(lines)
    for name, moment, amount, _ in rows:
        line = next(line for line in lines if line.startswith(name[:8]))
        assert moment in line
        assert amount in line
        assert name in line or (width < 80 and "…" in line)
    # The long text wrapped onto more lines, between words.
    assert len(lines) > 2 + len(rows)
    words = {word for line in lines[2:] for word in line.split()}
    assert {"partially_paid,", "overpaid,", "refunded,"} <= words


# -- the demo, piped ----------------------------------------------------------------------


def test_the_piped_demo_prints_a_short_table(run: Run) -> None:
    result = run("demo", "--vendor", "acme")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "Acme Billing (sandbox)"
    assert lines[1].split()[:2] == ["ID", "Number"]
    assert [line.split()[1] for line in lines[3:6]] == [f"ACME-00000{n}" for n in (1, 2, 3)]
    assert lines[6:] == ["3 invoices"]
    assert all(len(line) <= 80 for line in lines)
    assert "{" not in result.stdout  # no JSON, and no vendor payload


def test_the_demo_prints_json_lines_when_asked(run: Run) -> None:
    result = run("demo", "--vendor", "acme", "--json")
    assert result.exit_code == 0, result.stderr
    numbers = [msgspec.json.decode(line)["number"] for line in result.stdout_bytes.splitlines()]
    assert numbers == ["ACME-000001", "ACME-000002", "ACME-000003"]


# -- a real terminal -----------------------------------------------------------------------


def _capture(width: int, command: list[str]) -> list[str]:
    """Run ``command`` in a detached tmux window ``width`` columns wide; its screen's lines."""
    session = f"invoicekit-test-{width}-{time.monotonic_ns()}"
    tmux = ["tmux", "-L", session, "-f", "/dev/null"]  # a server of its own, no user config
    go, done = Path(f"/tmp/{session}.go"), Path(f"/tmp/{session}.done")
    # The pane's shell may carry COLUMNS from before the resize; the command asks the terminal.
    wait = f"while [ ! -e {go} ]; do sleep 0.05; done; unset COLUMNS LINES"
    script = f"{wait}; {' '.join(command)}; touch {done}; sleep 60"
    size = ["-x", str(width), "-y", "200"]
    # With no client attached, tmux would shrink the window to 80x24 while the command runs:
    # its size is fixed first, and only then does the command start.
    subprocess.run(
        [
            *(*tmux, "new-session", "-d", "-s", session, *size, script, ";"),
            *("set-option", "-g", "default-size", f"{width}x200", ";"),
            *("set-option", "-w", "window-size", "manual", ";", "resize-window", *size),
        ],
        check=True,
    )
    try:
        shown = [*tmux, "display-message", "-p", "-t", session, "#{window_width}"]
        for _ in range(50):
            answer = subprocess.run(shown, check=False, capture_output=True, text=True)
            if answer.stdout.strip() == str(width):
                break
            time.sleep(0.1)
        go.touch()
        deadline = time.monotonic() + 60
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert done.exists(), "the command did not finish in a minute"
        screen = subprocess.run(
            [*tmux, "capture-pane", "-t", session, "-p", "-S", "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
        go.unlink(missing_ok=True)
        done.unlink(missing_ok=True)
    return [line for line in screen.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def demo_invoices() -> list[Invoice]:
    """What ``invoicekit demo --count 3`` shows: the first three of each built-in sandbox."""
    found: list[Invoice] = []
    with SandboxServer(size=200) as server:
        for vendor in ("daftra", "fynn", "yeti"):
            with server.connect(vendor, retries=0) as client:
                found += itertools.islice(client.list_invoices(), 3)
    return found


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
@pytest.mark.parametrize("width", [80, 120])
def test_the_demo_fits_a_real_terminal(width: int, demo_invoices: list[Invoice]) -> None:
    invoicekit = Path(sys.executable).with_name("invoicekit")
    lines = _capture(width, [str(invoicekit), "demo", "--count", "3"])
    assert lines[0] == "Daftra (sandbox)", lines
    assert all(len(line) <= width for line in lines), "\n".join(lines)
    # Each table: title, header, rule, then exactly one line per invoice before the count.
    rules = [i for i, line in enumerate(lines) if set(line) == {"─"}]
    assert len(rules) == 3, "\n".join(lines)
    rows = [row for i in rules for row in lines[i + 1 : i + 4]]
    assert [lines[i + 4] for i in rules] == ["3 invoices"] * 3, "\n".join(lines)
    for invoice, row in zip(demo_invoices, rows, strict=True):
        assert row.startswith(invoice.id[:8]), row
        assert format(invoice.totals.gross, "f") in row, row
        if invoice.issue_date is not None:
            assert invoice.issue_date.isoformat() in row, row
        if width >= 120 and len(invoice.id) <= 36:
            assert invoice.id in row, "\n".join(lines)
