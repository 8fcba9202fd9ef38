"""``invoicekit sandbox`` (serve the vendor sandboxes) and ``invoicekit demo`` (try them)."""

from __future__ import annotations

import itertools
import logging
import os
import shlex

import click

from invoicekit._plugins import get_vendor, vendors
from invoicekit.errors import InvoiceKitError
from invoicekit.model import Invoice

from ._commands import print_invoices
from ._connect import env_name
from ._errors import CliError
from ._options import json_option, vendor_names
from ._output import invoice_table, make_console

__all__ = ["COMMANDS"]


def _parse_faults(ctx: click.Context, param: click.Parameter, value: str | None) -> object:
    from invoicekit.sandbox import Faults  # noqa: PLC0415 - keep CLI startup light

    if not value:
        return None
    try:
        return Faults.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _with_sandbox() -> list[str]:
    return [name for name in vendors() if get_vendor(name).sandbox() is not None]


def _banner(server: object) -> None:
    from invoicekit.sandbox import SandboxServer  # noqa: PLC0415

    assert isinstance(server, SandboxServer)
    app = server.app
    faults = app.faults.describe() or "none"
    click.echo(
        f"invoicekit sandbox on {server.url} "
        f"({app.size} invoices per vendor, seed {app.seed}, faults: {faults})"
    )
    for name in server.vendors():
        credentials = server.credentials(name)
        shown = " ".join(f"{key}={value}" for key, value in credentials.items())
        click.echo(f"\n  {name}: {server.base_url(name)}  {shown}")
        click.echo(f"    export {env_name(name, 'url')}={shlex.quote(server.base_url(name))}")
        for key, value in credentials.items():
            click.echo(f"    export {env_name(name, key)}={shlex.quote(value)}")
    click.echo("\nPress Ctrl-C to stop.", err=True)


@click.command("sandbox")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="0: any free port.",
)
@click.option(
    "--size",
    type=click.IntRange(min=0),
    default=200,
    show_default=True,
    help="Invoices per vendor.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the generated data.")
@click.option(
    "--vendor",
    "names",
    multiple=True,
    metavar="NAME",
    callback=vendor_names,
    help="Serve only this vendor (repeatable); default: every vendor with a sandbox.",
)
@click.option(
    "--faults",
    callback=_parse_faults,
    metavar="SPEC",
    help=(
        "Inject faults, as KEY=VALUE pairs: rates 429, 500, 503, disconnect, truncate, slow "
        "(0-1), and retry_after, slow_seconds, seed. Example: --faults 429=0.1,slow=0.2"
    ),
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="warning",
    show_default=True,
    help="Server log level; info adds the access log.",
)
def sandbox_command(
    *,
    host: str,
    port: int,
    size: int,
    seed: int,
    names: tuple[str, ...],
    faults: object,
    log_level: str,
) -> None:
    """Serve the vendors' sandbox APIs locally.

    Runs until Ctrl-C.

    Each vendor gets its own prefix (http://127.0.0.1:8765/<vendor>) with its
    real paths, authentication, paging, errors and PDFs over deterministic
    data. The credentials printed are public demo values.
    """
    from invoicekit.sandbox import Faults, serve  # noqa: PLC0415 - keep CLI startup light

    if not names and not _with_sandbox():
        raise CliError("no installed vendor has a sandbox")
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s: %(message)s")
    try:
        serve(
            list(names) or None,
            host=host,
            port=port,
            size=size,
            seed=seed,
            faults=faults if isinstance(faults, Faults) else None,
            log_level=log_level,
            on_ready=_banner,
        )
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise CliError(f"cannot listen on {host}:{port}: {reason}") from exc


def _summary(invoices: list[Invoice], title: str) -> None:
    """A short table of ``invoices``, even when piped: the demo is read, not processed (a piped
    table is as wide as ``COLUMNS``, else 80 columns)."""
    console = make_console()
    console.print(invoice_table(invoices, title))
    console.print(f"{len(invoices)} invoice{'s' if len(invoices) != 1 else ''}", style="dim")


@click.command("demo")
@click.option(
    "--count", type=click.IntRange(min=1), default=3, show_default=True, help="Invoices per vendor."
)
@click.option(
    "--vendor",
    "names",
    multiple=True,
    metavar="NAME",
    callback=vendor_names,
    help="Only this vendor (repeatable).",
)
@json_option
def demo_command(count: int, names: tuple[str, ...], force_json: bool) -> None:
    """Show a few invoices from each vendor's sandbox.

    Fetches them normalized and shows a table per vendor, on a terminal and when piped
    (--json: the invoices as JSON Lines instead).

    The sandboxes answer in-process: no server, network, account or
    configuration needed.
    """
    from invoicekit.sandbox import SandboxServer  # noqa: PLC0415 - keep CLI startup light

    chosen = list(names) or _with_sandbox()
    if not chosen:
        click.echo("invoicekit: no installed vendor has a sandbox yet; nothing to show", err=True)
        return
    failed = []
    server = SandboxServer(chosen, size=max(count, 200))  # its clients answer in-process
    server.vendors()  # a vendor without a sandbox fails here, before any output
    for name in chosen:
        try:
            with server.connect(name, retries=0) as client:
                invoices = list(itertools.islice(client.list_invoices(), count))
        except InvoiceKitError as exc:
            click.echo(f"invoicekit: error: {name}: {exc}", err=True)
            failed.append(name)
            continue
        if force_json:
            print_invoices(invoices, force_json)
        else:
            _summary(invoices, f"{get_vendor(name).title} (sandbox)")
    if failed:
        raise click.exceptions.Exit(1)


COMMANDS: tuple[click.Command, ...] = (sandbox_command, demo_command)
