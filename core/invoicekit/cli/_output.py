"""Rendering: JSON for pipes, rich tables for terminals, CSV for spreadsheets.

rich is imported only when something is drawn on a terminal, so piped runs start fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import msgspec

from invoicekit._json import to_json
from invoicekit.model import Invoice

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.measure import Measurement
    from rich.table import Table

__all__ = [
    "CSV_COLUMNS",
    "InvoiceTable",
    "TextTable",
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


# Between two columns of a `_light_table`.
_GAP = 2
# Cells that are one value, never wrapped: numbers, dates, times, "2026-12-06 12:00:00".
_ATOMIC = re.compile(r"[-+]?[0-9][0-9.,:/-]*(?:[ T][0-9][0-9.:]*(?:Z|[+-][0-9:]+)?)?|")
# The most a table's first column (what names the row) takes before it ends in an ellipsis.
_KEY_WIDTH = 32
# The least a wrapping text column is squeezed to.
_TEXT_WIDTH = 10
_NUMERIC = frozenset({"net", "tax", "gross", "paid", "due", "quantity", "unit price", "tax %"})


def _light_table(title: str | None) -> Table:
    """A rule under the header, `_GAP` spaces between columns, nothing at the edges: more fits
    in 80 columns than in a boxed table."""
    from rich import box  # noqa: PLC0415 - only terminals need rich
    from rich.table import Table  # noqa: PLC0415

    return Table(
        title=title,
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )


class TextTable:
    """A table of plain text cells that gives way on a narrow terminal by wrapping text.

    Amounts, numbers, dates and times are never cut or wrapped (amounts right-aligned); the
    first column, which names the row, does not wrap either (past `_KEY_WIDTH` characters, or
    when the terminal is narrow, it ends in an ellipsis). The other columns wrap at spaces.
    """

    def __init__(self, title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]):
        self.title = title
        self.columns = list(columns)
        self.rows = [[_text(cell) for cell in row] for row in rows]

    def build(self, width: int) -> Table:
        """The rich table for a terminal ``width`` characters wide."""
        from rich.cells import cell_len  # noqa: PLC0415 - only terminals need rich

        natural, least, fixed = [], [], []
        for index, column in enumerate(self.columns):
            values = [row[index] for row in self.rows]
            natural.append(max([cell_len(column), *(cell_len(value) for value in values)]))
            atomic = column.lower() in _NUMERIC or all(_ATOMIC.fullmatch(v) for v in values)
            fixed.append(atomic)
            # Text is squeezed no narrower than its longest word (within bounds): words stay whole.
            word = max((cell_len(w) for v in values for w in v.split()), default=0)
            least.append(natural[-1] if atomic else min(natural[-1], max(_TEXT_WIDTH, word), 20))
        if not fixed[0]:
            least[0] = min(natural[0], _KEY_WIDTH)
        room = width - sum(least) - _GAP * (len(least) - 1)
        if room < 0 and not fixed[0]:  # a narrow terminal: the name gives way first
            cut = min(-room, least[0] - min(natural[0], _TEXT_WIDTH))
            least[0] -= cut
            room += cut
        widths = list(least)
        for index in [*range(1, len(widths)), 0]:  # text first, then the whole name
            extra = max(0, min(room, natural[index] - widths[index]))
            widths[index] += extra
            room -= extra
        result = _light_table(self.title)
        for index, column in enumerate(self.columns):
            numeric = column.lower() in _NUMERIC
            result.add_column(
                column,
                justify="right" if numeric else "left",
                width=widths[index],
                no_wrap=fixed[index] or index == 0,
                overflow="ellipsis" if index == 0 else "fold",
            )
        for row in self.rows:
            result.add_row(*row)
        return result

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render at the width rich offers (the terminal's, or ``COLUMNS``)."""
        yield self.build(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """The width the table takes, so that a panel around it fits it."""
        from rich.measure import Measurement  # noqa: PLC0415 - only terminals need rich

        return Measurement.get(console, options, self.build(options.max_width))


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> TextTable:
    """A `TextTable`: plain text cells, laid out for the terminal's width when printed."""
    return TextTable(title, columns, rows)


@dataclass(frozen=True, slots=True)
class _Column:
    """One column of the invoice table, and how it gives way on a narrow terminal."""

    header: str
    field: str
    #: Columns with the lowest rank are left out first when the width does not suffice.
    rank: int
    #: Shortened with an ellipsis down to this width; ``None``: always shown whole.
    shrinks_to: int | None = None
    numeric: bool = False


# In the order shown. Amounts and dates are never cut: a column that does not fit is left out.
_INVOICE_COLUMNS = (
    _Column("ID", "id", rank=9, shrinks_to=12),
    _Column("Number", "number", rank=8, shrinks_to=14),
    _Column("Kind", "kind", rank=1),
    _Column("Status", "status", rank=6),
    _Column("Issued", "issue_date", rank=5),
    _Column("Due date", "due_date", rank=2),
    _Column("Cur", "currency", rank=4),
    _Column("Gross", "gross", rank=7, numeric=True),
    _Column("Due", "due", rank=3, numeric=True),
    _Column("Buyer", "buyer_name", rank=0, shrinks_to=12),
)


def _fit_columns(natural: dict[_Column, int], width: int) -> list[tuple[_Column, int]]:
    """The columns to show at ``width`` characters, each with its width.

    Columns are left out, lowest rank first, until the shortest form of the rest fits; the
    room left goes to the shortened columns, in the order shown, up to their natural width.
    A shortened column is left out rather than cut a higher-ranked one (a buyer name never
    costs the id its full length).
    """
    chosen = list(natural)

    def least(column: _Column) -> int:
        return min(natural[column], column.shrinks_to or natural[column])

    def needed(columns: list[_Column]) -> int:
        return sum(least(column) for column in columns) + _GAP * (len(columns) - 1)

    while len(chosen) > 1 and needed(chosen) > width:
        chosen.remove(min(chosen, key=lambda column: column.rank))
    while True:
        widths = {column: least(column) for column in chosen}
        room = width - needed(chosen)
        for column in chosen:
            extra = max(0, min(room, natural[column] - widths[column]))
            widths[column] += extra
            room -= extra
        cut = [column for column in chosen if widths[column] < natural[column]]
        optional = [c for c in cut if any(other.rank > c.rank for other in cut)]
        if not optional:
            return [(column, widths[column]) for column in chosen]
        chosen.remove(min(optional, key=lambda column: column.rank))


class InvoiceTable:
    """Invoices as a table whose columns are chosen for the terminal's width when printed.

    Amounts and dates never wrap; long ids and names are shortened with an ellipsis (the full
    values are in the JSON output); columns that do not fit are left out, least useful first.
    """

    def __init__(self, invoices: Iterable[Invoice], title: str | None = None) -> None:
        self.title = title
        picked = [CSV_COLUMNS.index(column.field) for column in _INVOICE_COLUMNS]
        cells = (csv_row(invoice) for invoice in invoices)
        self.rows = [[row[i] for i in picked] for row in cells]

    def build(self, width: int) -> Table:
        """The rich table for a terminal ``width`` characters wide."""
        from rich.cells import cell_len  # noqa: PLC0415 - only terminals need rich

        natural = {  # in terminal cells: a CJK buyer name takes two per character
            column: max([len(column.header), *(cell_len(row[i]) for row in self.rows)])
            for i, column in enumerate(_INVOICE_COLUMNS)
        }
        result = _light_table(self.title)
        shown = _fit_columns(natural, width)
        for column, column_width in shown:
            result.add_column(
                column.header,
                justify="right" if column.numeric else "left",
                width=column_width,
                no_wrap=True,
                overflow="ellipsis",
            )
        indexes = [_INVOICE_COLUMNS.index(column) for column, _ in shown]
        for row in self.rows:
            result.add_row(*(row[i] for i in indexes))
        return result

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Render at the width rich offers (the terminal's, or ``COLUMNS``)."""
        yield self.build(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """The width the table takes, so that a panel around it fits it."""
        from rich.measure import Measurement  # noqa: PLC0415 - only terminals need rich

        return Measurement.get(console, options, self.build(options.max_width))


def invoice_table(invoices: Iterable[Invoice], title: str | None = None) -> InvoiceTable:
    """Invoices as a table: one row each, with the columns people scan for that fit."""
    return InvoiceTable(invoices, title)


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
