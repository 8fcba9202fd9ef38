"""Rendering: JSON for pipes, rich tables for terminals, CSV for spreadsheets.

rich is imported only when something is drawn on a terminal, so piped runs start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import msgspec

from invoicekit._json import to_json
from invoicekit.model import Invoice

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.table import Table

__all__ = [
    "CSV_COLUMNS",
    "binary_stdout",
    "csv_row",
    "invoice_json",
    "invoice_panel",
    "invoice_table",
    "is_terminal",
    "json_line",
    "make_console",
    "table",
    "want_json",
    "write_bytes",
]

#: The CSV export's columns, in order. Amounts are exact decimal strings (``"120.00"``),
#: dates ``YYYY-MM-DD``, enums their values; a missing value is an empty cell.
CSV_COLUMNS: tuple[str, ...] = (
    "vendor",
    "id",
    "number",
    "kind",
    "status",
    "status_raw",
    "issue_date",
    "due_date",
    "currency",
    "net",
    "tax",
    "gross",
    "paid",
    "due",
    "buyer_name",
)


def is_terminal(stream: Literal["stdin", "stdout", "stderr"]) -> bool:
    """Whether ``sys.stdin``, ``sys.stdout`` or ``sys.stderr`` is a terminal."""
    handle = getattr(sys, stream, None)
    return bool(handle is not None and handle.isatty())


def want_json(force_json: bool) -> bool:
    """JSON when asked for, or when stdout is not a terminal."""
    return force_json or not is_terminal("stdout")


def json_line(document: bytes) -> bytes:
    """``document`` on one line, ending in a newline (JSON Lines).

    `invoicekit.to_json` embeds the vendor's payload byte for byte, which may be pretty-printed;
    msgspec's formatter drops that whitespace without touching a number or a string.
    """
    if b"\n" in document or b"\r" in document:
        document = msgspec.json.format(document, indent=0)
    return document + b"\n"


def binary_stdout() -> BinaryIO:
    """``sys.stdout``'s byte stream, after flushing what was written to it as text."""
    sys.stdout.flush()
    return sys.stdout.buffer


def write_bytes(data: bytes) -> None:
    """Write to stdout as bytes."""
    stream = binary_stdout()
    stream.write(data)
    stream.flush()


def make_console(*, stderr: bool = False) -> Console:
    """A rich console on stdout or stderr."""
    from rich.console import Console  # noqa: PLC0415 - only terminals need rich

    return Console(stderr=stderr, highlight=False)


def _amount(value: Decimal | None) -> str:
    # format "f" never switches to exponent notation ("1E+2"); the scale is kept.
    return "" if value is None else format(value, "f")


def _text(value: object) -> str:
    return "" if value is None else str(value)


def csv_row(invoice: Invoice) -> list[str]:
    """One invoice as the cells of `CSV_COLUMNS`."""
    totals = invoice.totals
    return [
        invoice.vendor,
        invoice.id,
        _text(invoice.number),
        invoice.kind.value,
        invoice.status.value,
        _text(invoice.status_raw),
        _text(invoice.issue_date and invoice.issue_date.isoformat()),
        _text(invoice.due_date and invoice.due_date.isoformat()),
        _text(invoice.currency),
        _amount(totals.net),
        _amount(totals.tax),
        _amount(totals.gross),
        _amount(totals.paid),
        _amount(totals.due),
        _text(invoice.buyer.name if invoice.buyer else None),
    ]


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    """A rich table of plain text cells."""
    from rich.table import Table  # noqa: PLC0415 - only terminals need rich

    result = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        numeric = column.lower() in {"net", "tax", "gross", "paid", "due"}
        result.add_column(column, justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        result.add_row(*(_text(cell) for cell in row))
    return result


_TABLE_FIELDS = (
    "id",
    "number",
    "kind",
    "status",
    "issue_date",
    "due_date",
    "currency",
    "gross",
    "due",
)


def invoice_table(invoices: Iterable[Invoice], title: str | None = None) -> Table:
    """Invoices as a table: one row each, with the columns people scan for."""
    columns = ["ID", "Number", "Kind", "Status", "Issued", "Due date", "Currency", "Gross", "Due"]
    picked = [CSV_COLUMNS.index(name) for name in _TABLE_FIELDS]
    rows = [[csv_row(invoice)[i] for i in picked] for invoice in invoices]
    return table(title, columns, rows)


def invoice_panel(invoice: Invoice) -> RenderableType:
    """One invoice in detail: its header fields, lines and totals."""
    from rich.console import Group  # noqa: PLC0415 - only terminals need rich
    from rich.panel import Panel  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()
    status = invoice.status.value
    if invoice.status_raw and invoice.status_raw != status:
        status = f"{status} ({invoice.status_raw})"
    kind = invoice.kind.value
    if invoice.kind_raw and invoice.kind_raw != kind:
        kind = f"{kind} ({invoice.kind_raw})"
    for label, value in (
        ("Number", invoice.number),
        ("Kind", kind),
        ("Status", status),
        ("Issued", invoice.issue_date),
        ("Due", invoice.due_date),
        ("Period", _period(invoice)),
        ("Seller", invoice.seller.name if invoice.seller else None),
        ("Buyer", invoice.buyer.name if invoice.buyer else None),
        ("Currency", invoice.currency),
    ):
        if value is not None:
            fields.add_row(label, str(value))
    parts: list[RenderableType] = [fields]
    if invoice.lines:
        parts.append(
            table(
                None,
                ["Line", "Quantity", "Unit price", "Net", "Tax %", "Gross"],
                [
                    [
                        line.name or line.description,
                        _amount(line.quantity),
                        _amount(line.unit_price),
                        _amount(line.net_amount),
                        _amount(line.tax_rate),
                        _amount(line.gross_amount),
                    ]
                    for line in invoice.lines
                ],
            )
        )
    totals = invoice.totals
    amounts = [
        (label, value)
        for label, value in (
            ("Net", totals.net),
            ("Tax", totals.tax),
            ("Gross", totals.gross),
            ("Paid", totals.paid),
            ("Due", totals.due),
        )
        if value is not None
    ]
    if amounts:
        parts.append(
            table(None, [label for label, _ in amounts], [[_amount(v) for _, v in amounts]])
        )
    title = f"{invoice.vendor} invoice {invoice.id}"
    return Panel(Group(*parts), title=title, title_align="left", expand=False)


def _period(invoice: Invoice) -> str | None:
    if invoice.period_start is None and invoice.period_end is None:
        return None
    return f"{_text(invoice.period_start)} to {_text(invoice.period_end)}"


def invoice_json(invoice: Invoice) -> bytes:
    """One invoice as a JSON document (`invoicekit.to_json`) on one line."""
    return json_line(to_json(invoice))
