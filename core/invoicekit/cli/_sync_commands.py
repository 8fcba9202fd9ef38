"""``invoicekit sync`` and ``invoicekit changes``: keep a SQLite store current, read its log."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click
import msgspec

from ._connect import ConnectionOptions, open_client
from ._errors import VENDOR_KEY, CliError
from ._options import _instant, connection_options, json_option
from ._output import is_terminal, json_line, make_console, table, want_json, write_bytes

if TYPE_CHECKING:
    from invoicekit.sync import Change, SQLiteStore, Store, SyncSummary

__all__ = ["COMMANDS"]

OnPage = Callable[["SyncSummary"], None]
F = TypeVar("F", bound=Callable[..., Any])


def _db_option(help_text: str) -> Callable[[F], F]:
    """``--db PATH``: the SQLite store, ``invoices.sqlite`` by default."""
    return click.option(
        "--db",
        default="invoices.sqlite",
        show_default=True,
        type=click.Path(dir_okay=False),
        help=help_text,
    )


def _open_store(path: str, *, create: bool) -> SQLiteStore:
    from invoicekit.sync import SQLiteStore  # noqa: PLC0415 - keep CLI startup light

    if not create and not os.path.exists(path):
        raise CliError(f"{path}: no store here (run `invoicekit sync` first)")
    return SQLiteStore(path)


@contextlib.contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[str], OnPage]]:
    """Per-account progress callbacks: a rich bar per account on a terminal, else nothing."""
    if not enabled:
        yield lambda _name: lambda _summary: None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn  # noqa: PLC0415

    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        console=make_console(stderr=True),
        transient=True,
    )

    def for_account(name: str) -> OnPage:
        task = bar.add_task(name, total=None, counts="")

        def update(summary: SyncSummary) -> None:
            listed = summary.added + summary.changed + summary.unchanged
            bar.update(task, counts=f"{listed} invoices, {summary.pages} pages")

        return update

    with bar:
        yield for_account


def _report(summaries: Sequence[SyncSummary], force_json: bool) -> None:
    """Print one summary per account, then fail (exit status 1) if any account failed."""
    if want_json(force_json):
        for summary in summaries:
            write_bytes(json_line(msgspec.json.encode(summary)))
    else:
        for summary in summaries:
            click.echo(summary.line())
    failed = [f"{s.vendor}/{s.account}" for s in summaries if s.error is not None]
    if failed:
        raise CliError(
            f"{len(failed)} of {len(summaries)} accounts failed: {', '.join(failed)}"
            if len(summaries) > 1
            else f"sync failed: {summaries[0].error}"
        )


def _failed(vendor: str, account: str, error: Exception) -> SyncSummary:
    from invoicekit.sync import SyncSummary  # noqa: PLC0415

    return SyncSummary(vendor=vendor, account=account, error=f"{type(error).__name__}: {error}")


def _sync_one(
    ctx: click.Context,
    vendor: str,
    account: str,
    connection: ConnectionOptions,
    store: Store,
    *,
    full: bool,
    page_size: int | None,
    progress: OnPage,
) -> SyncSummary:
    from invoicekit.errors import InvoiceKitError  # noqa: PLC0415
    from invoicekit.sync import run  # noqa: PLC0415

    with open_client(ctx, vendor, connection) as client:
        try:
            return run(
                client, store, account=account, full=full, page_size=page_size, progress=progress
            )
        except InvoiceKitError as error:
            # run() recorded the failure in the store; report it like the many-account case.
            return _failed(client.vendor.name, account, error)


def _sync_config(
    config: str,
    vendor: str | None,
    names: tuple[str, ...],
    connection: ConnectionOptions,
    store: Store,
    *,
    full: bool,
    page_size: int | None,
    concurrency: int,
    rates: dict[str, float],
    progress_for: Callable[[str], OnPage],
) -> list[SyncSummary]:
    from invoicekit.accounts import load_accounts  # noqa: PLC0415
    from invoicekit.sync import run_accounts  # noqa: PLC0415

    accounts = load_accounts(config)
    unknown = sorted(set(names) - set(accounts))
    if unknown:
        raise CliError(f"{config}: no account named {', '.join(unknown)}")
    picked = [
        account
        for name, account in accounts.items()
        if (not names or name in names) and (vendor is None or account.vendor == vendor)
    ]
    if not picked:
        raise CliError(f"{config}: no account of vendor {vendor!r}")
    return run_accounts(
        picked,
        store,
        full=full,
        page_size=page_size,
        concurrency=concurrency,
        rates=rates,
        progress_for=lambda account: progress_for(f"{account.vendor}/{account.name}"),
        timeout=connection.timeout,
        retries=connection.retries,
    )


def _rates(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, float]:
    """``VENDOR=N`` items: requests per second."""
    rates = {}
    for item in values:
        name, sep, value = item.partition("=")
        try:
            rate = float(value)
        except ValueError:
            rate = 0.0
        if not sep or not name.strip() or not rate > 0:
            raise click.BadParameter(f"expected VENDOR=N with N > 0, got {item!r}")
        rates[name.strip()] = rate
    return rates


@click.command("sync")
@click.argument("vendor", required=False)
@_db_option("The SQLite store to bring up to date (created if missing).")
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="Sync every account of this accounts TOML file (or those of VENDOR, or --account).",
)
@click.option(
    "--account",
    "accounts",
    multiple=True,
    metavar="NAME",
    help="The account's name in the store [default: default]; with --config, the accounts "
    "to sync (repeatable).",
)
@click.option("--full", is_flag=True, help="List everything and detect deletions.")
@click.option("--page-size", type=click.IntRange(min=1), help="Invoices per request and commit.")
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="With --config: accounts synced at the same time.",
)
@click.option(
    "--rate",
    "rates",
    multiple=True,
    callback=_rates,
    metavar="VENDOR=N",
    help="With --config: at most N requests a second per host of VENDOR (repeatable; "
    "default: the vendor's budget, else 10).",
)
@connection_options
@json_option
@click.pass_context
def sync_command(
    ctx: click.Context,
    *,
    vendor: str | None,
    db: str,
    config: str | None,
    accounts: tuple[str, ...],
    full: bool,
    page_size: int | None,
    concurrency: int,
    rates: dict[str, float],
    connection: ConnectionOptions,
    force_json: bool,
) -> None:
    """Bring the store --db up to date with a vendor account, or with every account of --config.

    \b
    Where the vendor filters by last change, a run lists only what changed
    since the last one; otherwise (and with --full) it lists everything,
    compares content hashes and tombstones what the vendor no longer lists.
    An interrupted run deletes nothing and the next one resumes.

    With --config, the accounts sync concurrently (--concurrency), each
    vendor's requests within a budget per host (--rate); one failing account
    never stops the others.

    Prints one summary line per account (added, changed, deleted, unchanged,
    pages, time), JSON Lines when piped. Exit status 1 if any account failed.
    """
    if config is None and vendor is None:
        raise click.UsageError("give a VENDOR, or --config with an accounts file")
    if config is None and len(accounts) > 1:
        raise click.UsageError("one --account name without --config")
    if config is not None and (connection.url or connection.credentials or connection.sandbox):
        raise click.UsageError("--config reads URLs and credentials from the accounts file")
    with (
        _open_store(db, create=True) as store,
        _progress_bar(is_terminal("stderr") and not force_json) as progress_for,
    ):
        if config is None:
            assert vendor is not None
            account = accounts[0] if accounts else "default"
            summaries = [
                _sync_one(
                    ctx,
                    vendor,
                    account,
                    connection,
                    store,
                    full=full,
                    page_size=page_size,
                    progress=progress_for(f"{vendor}/{account}"),
                )
            ]
        else:
            summaries = _sync_config(
                config,
                vendor,
                accounts,
                connection,
                store,
                full=full,
                page_size=page_size,
                concurrency=concurrency,
                rates=rates,
                progress_for=progress_for,
            )
    _report(summaries, force_json)


def _change_document(change: Change, store: Store | None) -> bytes:
    from invoicekit._json import to_json  # noqa: PLC0415

    document = msgspec.json.encode(change)
    if store is None:
        return document
    held = store.get(change.vendor, change.account, change.id)
    embedded = b"null" if held is None or held.deleted_at else to_json(held.invoice)
    return document[:-1] + b',"invoice":' + embedded + b"}"


@click.command("changes")
@_db_option("The store `invoicekit sync` writes.")
@click.option(
    "--since",
    callback=_instant,
    metavar="DATETIME",
    help="Only changes recorded at or after this ISO 8601 instant (with offset).",
)
@click.option(
    "--after",
    "after_seq",
    type=click.IntRange(min=0),
    default=0,
    metavar="SEQ",
    help="Only changes after this log position (the last seq you processed).",
)
@click.option("--vendor", help="Only this vendor's changes.")
@click.option("--account", help="Only this account's changes.")
@click.option(
    "--with-invoice",
    is_flag=True,
    help="Add the invoice as the store holds it now (null once deleted).",
)
@json_option
@click.pass_context
def changes_command(
    ctx: click.Context,
    *,
    db: str,
    since: datetime | None,
    after_seq: int,
    vendor: str | None,
    account: str | None,
    with_invoice: bool,
    force_json: bool,
) -> None:
    """List what syncs added, changed and deleted in --db, oldest first.

    \b
    JSON Lines when piped: {"seq", "vendor", "account", "id", "kind", "at",
    "hash"} per change. Feed the last seq back as --after to read only
    what is new since.
    """
    if vendor is not None:
        ctx.meta[VENDOR_KEY] = vendor
    with _open_store(db, create=False) as store:
        found: Iterator[Change] = (
            change
            for change in store.changes(since=since, after_seq=after_seq)
            if (vendor is None or change.vendor == vendor)
            and (account is None or change.account == account)
        )
        if want_json(force_json):
            for change in found:
                write_bytes(json_line(_change_document(change, store if with_invoice else None)))
            return
        rows: list[list[Any]] = [
            [c.seq, c.at.strftime("%Y-%m-%d %H:%M:%S"), c.kind.value, c.vendor, c.account, c.id]
            for c in found
        ]
        columns = ["Seq", "At", "Kind", "Vendor", "Account", "ID"]
        make_console().print(table(None, columns, rows))
        make_console().print(f"[dim]{len(rows)} change{'s' if len(rows) != 1 else ''}[/dim]")


COMMANDS = [sync_command, changes_command]
