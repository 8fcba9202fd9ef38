"""Where ``invoicekit export`` writes, and its progress: count, total and time left."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from invoicekit.flows import Page
from invoicekit.model import Invoice

from ._files import atomic_file
from ._output import binary_stdout, is_terminal, make_console

__all__ = ["Progress", "counted", "open_output", "progress", "show_progress"]


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


def show_progress(output: str) -> bool:
    """Draw a progress bar only on a terminal stderr that the output is not also going to."""
    return is_terminal("stderr") and not (output == "-" and is_terminal("stdout"))


class Progress:
    """What an export reports as it goes: one call per invoice, and the total once known."""

    def advance(self) -> None:
        """One more invoice written."""

    def __call__(self) -> None:
        """`advance`: a `Progress` is also the plain per-item callback."""
        self.advance()

    def set_total(self, total: int) -> None:
        """The vendor said how many invoices the export will have."""


class _Bar(Progress):
    def __init__(self, bar: Any, task: Any) -> None:
        self._bar = bar
        self._task = task

    def advance(self) -> None:
        self._bar.advance(self._task)

    def set_total(self, total: int) -> None:
        self._bar.update(self._task, total=total)


def _count_column() -> Any:
    from rich.progress import ProgressColumn, Task  # noqa: PLC0415 - only terminals need rich
    from rich.text import Text  # noqa: PLC0415

    class Count(ProgressColumn):
        """``120/20,000`` once the total is known, ``120 invoices`` before."""

        def render(self, task: Task) -> Text:
            if task.total is None:
                return Text(f"{int(task.completed):,} invoices")
            return Text(f"{int(task.completed):,}/{int(task.total):,}")

    return Count()


@contextlib.contextmanager
def progress(enabled: bool, description: str, total: int | None = None) -> Iterator[Progress]:
    """A `Progress` for an export: a rich bar on stderr with count, elapsed and remaining time
    (remaining once the total is known, from ``total`` or `Progress.set_total`), or one that
    shows nothing."""
    if not enabled:
        yield Progress()
        return
    from rich.progress import (  # noqa: PLC0415 - only terminals need rich
        BarColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as RichProgress  # noqa: PLC0415

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        _count_column(),
        TimeElapsedColumn(),
        TextColumn("left"),
        TimeRemainingColumn(),
    )
    with RichProgress(*columns, console=make_console(stderr=True)) as bar:
        yield _Bar(bar, bar.add_task(description, total=total))


def counted(pages: Iterable[Page], limit: int | None, report: Progress) -> Iterator[Invoice]:
    """The invoices of ``pages`` (at most ``limit``), telling ``report`` the total when a page
    carries the vendor's count."""
    told = False
    remaining = limit
    for page in pages:
        if not told and page.total is not None:
            report.set_total(page.total if limit is None else min(limit, page.total))
            told = True
        for invoice in page.invoices:
            yield invoice
            if remaining is not None:
                remaining -= 1
                if remaining <= 0:
                    return  # before asking for another page
