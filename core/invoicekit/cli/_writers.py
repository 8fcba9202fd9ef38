"""The export formats: JSON Lines, CSV and Parquet, each a writer of one invoice at a time.

A writer is a context manager over the output stream that yields a function taking one
`Invoice`; leaving the block finishes the file (Parquet writes its footer then).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator, Sequence
from typing import Any, BinaryIO

import msgspec

from invoicekit.model import Invoice

from ._fields import COLUMNS, DEFAULT_COLUMNS, cell_text
from ._output import invoice_json, json_line

__all__ = ["FORMULA_PREFIXES", "Write", "csv_writer", "jsonl_writer", "neutralize", "writer"]

#: Writes one invoice to the output.
Write = Callable[[Invoice], None]

#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): a cell of text
#: starting with one of these gets a leading ``'``, so that it shows as the text it is.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_NO_RAW = msgspec.Raw(b"null")
_encoder = msgspec.json.Encoder()


def neutralize(text: str) -> str:
    """``text`` made safe for a spreadsheet: ``'=1+2`` for ``=1+2``, other text unchanged."""
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


@contextlib.contextmanager
def jsonl_writer(
    stream: BinaryIO, fields: Sequence[str] | None = None, *, raw: bool = True
) -> Iterator[Write]:
    """One JSON document per line: `invoicekit.to_json`, or only ``fields`` of it.

    Without ``raw`` the vendor's payload is written as ``"raw": null``; the lines still decode
    with `invoicekit.from_json` (whose `Invoice.raw_json` then returns ``None``).
    """

    def whole(invoice: Invoice) -> None:
        if not raw:
            invoice = msgspec.structs.replace(invoice, raw=_NO_RAW)
        stream.write(invoice_json(invoice))

    if fields is None:
        yield whole
        return
    names = tuple(fields)

    def some(invoice: Invoice) -> None:
        document: dict[str, Any] = {name: getattr(invoice, name) for name in names}
        if not raw and "raw" in document:
            document["raw"] = _NO_RAW
        stream.write(json_line(_encoder.encode(document)))

    yield some


@contextlib.contextmanager
def csv_writer(
    stream: BinaryIO, columns: Sequence[str], *, neutralize_formulas: bool = True
) -> Iterator[Write]:
    """RFC 4180 CSV (UTF-8, CRLF line ends): a header row, then one row per invoice.

    Text cells that a spreadsheet would run as a formula are `neutralize`d unless
    ``neutralize_formulas`` is false (for programs that read CSV as data, not spreadsheets);
    amounts, dates and counts are written by invoicekit and never start with a formula
    character (a negative amount, ``-12.00``, stays a number).
    """
    picked = [COLUMNS[name] for name in columns]
    buffer = io.StringIO()
    rows = csv.writer(buffer)

    def flush() -> None:
        stream.write(buffer.getvalue().encode())
        buffer.seek(0)
        buffer.truncate()

    def write(invoice: Invoice) -> None:
        cells = []
        for column in picked:
            text = cell_text(column.read(invoice))
            safe = neutralize_formulas and column.kind == "text"
            cells.append(neutralize(text) if safe else text)
        rows.writerow(cells)
        flush()

    rows.writerow(columns)
    flush()
    yield write


def writer(
    output_format: str,
    stream: BinaryIO,
    fields: Sequence[str] | None,
    *,
    raw: bool,
    neutralize_formulas: bool = True,
) -> contextlib.AbstractContextManager[Write]:
    """The writer of ``output_format`` (jsonl, csv or parquet) with the chosen fields."""
    if output_format == "jsonl":
        return jsonl_writer(stream, fields, raw=raw)
    columns = fields or DEFAULT_COLUMNS
    if output_format == "csv":
        return csv_writer(stream, columns, neutralize_formulas=neutralize_formulas)
    from ._parquet import parquet_writer  # noqa: PLC0415 - pyarrow is an optional extra

    return parquet_writer(stream, columns)
