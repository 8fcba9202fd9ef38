"""Where ``invoicekit export`` writes, and its progress bar."""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Callable, Iterator
from typing import BinaryIO

from invoicekit.model import Invoice

from ._files import atomic_file
from ._output import CSV_COLUMNS, binary_stdout, csv_row, invoice_json, is_terminal, make_console

__all__ = ["Writer", "csv_writer", "jsonl_writer", "open_output", "progress", "show_progress"]

#: Writes one invoice to the output.
Writer = Callable[[Invoice], None]


@contextlib.contextmanager
def open_output(path: str) -> Iterator[BinaryIO]:
    """Stdout for ``-``; otherwise `atomic_file`: the file appears only once complete."""
    if path == "-":
        stream = binary_stdout()
        yield stream
        stream.flush()
        return
    with atomic_file(path) as stream:
        yield stream


def jsonl_writer(stream: BinaryIO) -> Writer:
    """One `invoicekit.to_json` document per line."""

    def write(invoice: Invoice) -> None:
        stream.write(invoice_json(invoice))

    return write


def csv_writer(stream: BinaryIO) -> Writer:
    """RFC 4180 CSV (UTF-8, CRLF line ends) with a header row of `CSV_COLUMNS`."""
    buffer = io.StringIO()
    rows = csv.writer(buffer)

    def flush() -> None:
        stream.write(buffer.getvalue().encode())
        buffer.seek(0)
        buffer.truncate()

    rows.writerow(CSV_COLUMNS)
    flush()

    def write(invoice: Invoice) -> None:
        rows.writerow(csv_row(invoice))
        flush()

    return write


def show_progress(output: str) -> bool:
    """Draw a progress bar only on a terminal stderr that the output is not also going to."""
    return is_terminal("stderr") and not (output == "-" and is_terminal("stdout"))


@contextlib.contextmanager
def progress(enabled: bool, description: str, total: int | None) -> Iterator[Callable[[], None]]:
    """A function to call per exported invoice; draws a rich progress bar on stderr if enabled."""
    if not enabled:
        yield lambda: None
        return
    from rich.progress import (  # noqa: PLC0415 - only terminals need rich
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns: list[ProgressColumn] = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn()]
    else:
        columns.append(TextColumn("{task.completed} invoices"))
    columns.append(TimeElapsedColumn())
    with Progress(*columns, console=make_console(stderr=True)) as bar:
        task = bar.add_task(description, total=total)
        yield lambda: bar.advance(task)
