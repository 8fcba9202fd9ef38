"""Rendering: terminal tables and panels, CSV cells, JSON Lines."""

import datetime as dt
import io
from decimal import Decimal

import msgspec
from rich.console import Console

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Line, Party, Totals
from invoicekit.cli._output import (
    CSV_COLUMNS,
    csv_row,
    invoice_panel,
    invoice_table,
    json_line,
)

INVOICE = Invoice(
    vendor="acme",
    id="inv-1",
    number="A-1",
    kind=InvoiceKind.CREDIT_NOTE,
    kind_raw="gutschrift",
    status=InvoiceStatus.PARTIALLY_PAID,
    status_raw="part",
    issue_date=dt.date(2025, 3, 1),
    due_date=dt.date(2025, 3, 15),
    period_start=dt.date(2025, 2, 1),
    period_end=dt.date(2025, 2, 28),
    currency="EUR",
    buyer=Party(name="Nordwind GmbH"),
    lines=(Line(name="Hosting", quantity=Decimal("2"), net_amount=Decimal("100.00")),),
    totals=Totals(
        net=Decimal("100.00"),
        tax=Decimal("19.00"),
        gross=Decimal("119.00"),
        paid=Decimal("1E+1"),
        due=Decimal("109.000"),
    ),
    raw=msgspec.Raw(b'{\n  "id": "inv-1",\n  "total": 119.00\n}'),
)


def render(renderable: object) -> str:
    screen = io.StringIO()
    Console(file=screen, width=140, color_system=None).print(renderable)
    return screen.getvalue()


def test_csv_row_is_flat_and_exact() -> None:
    row = dict(zip(CSV_COLUMNS, csv_row(INVOICE), strict=True))
    assert row == {
        "vendor": "acme",
        "id": "inv-1",
        "number": "A-1",
        "kind": "credit_note",
        "status": "partially_paid",
        "status_raw": "part",
        "issue_date": "2025-03-01",
        "due_date": "2025-03-15",
        "currency": "EUR",
        "net": "100.00",
        "tax": "19.00",
        "gross": "119.00",
        "paid": "10",  # never "1E+1"
        "due": "109.000",  # the scale is kept
        "buyer_name": "Nordwind GmbH",
    }


def test_csv_row_leaves_missing_values_empty() -> None:
    bare = Invoice(
        vendor="acme",
        id="x",
        kind=InvoiceKind.INVOICE,
        status=InvoiceStatus.UNKNOWN,
        raw=msgspec.Raw(b"{}"),
    )
    row = dict(zip(CSV_COLUMNS, csv_row(bare), strict=True))
    assert row["number"] == row["gross"] == row["buyer_name"] == row["issue_date"] == ""


def test_json_line_flattens_a_pretty_vendor_payload_exactly() -> None:
    line = json_line(msgspec.json.encode({"raw": msgspec.Raw(b'{\n "a": 1.50\n}')}))
    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    assert b"1.50" in line
    assert json_line(b'{"a":1}') == b'{"a":1}\n'


def test_the_panel_shows_the_invoice() -> None:
    text = render(invoice_panel(INVOICE))
    for expected in (
        "acme invoice inv-1",
        "A-1",
        "credit_note (gutschrift)",
        "partially_paid (part)",
        "2025-02-01 to 2025-02-28",
        "Nordwind GmbH",
        "Hosting",
        "119.00",
        "109.000",
    ):
        assert expected in text


def test_the_table_shows_one_row_per_invoice() -> None:
    text = render(invoice_table([INVOICE, INVOICE], title="Acme"))
    assert text.count("inv-1") == 2
    assert "Acme" in text
    assert "119.00" in text
