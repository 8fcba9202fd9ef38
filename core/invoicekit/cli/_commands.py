"""The commands that read invoices: ``vendors``, ``plugins``, ``get``, ``list``, ``normalize``."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click
import msgspec

from invoicekit._json import to_json
from invoicekit._normalize import normalize
from invoicekit._plugins import get_vendor, plugins, vendors
from invoicekit.client import InvoiceClient
from invoicekit.errors import ConfigurationError, InvoiceNumberNotFound, NotFound
from invoicekit.model import Invoice

from ._connect import ConnectionOptions, open_client
from ._errors import VENDOR_KEY
from ._options import (
    COMMON_FILTER_TYPES,
    FilteredCommand,
    connection_options,
    filter_options,
    json_option,
    vendor_argument,
    vendor_name,
)
from ._output import (
    invoice_json,
    invoice_panel,
    invoice_table,
    is_terminal,
    json_line,
    make_console,
    table,
    want_json,
    write_bytes,
)

__all__ = [
    "COMMANDS",
    "by_id_or_number",
    "by_option",
    "fetch_invoice",
    "limit_option",
    "print_invoice",
    "print_invoices",
]

_TABLE_BATCH = 50
T = TypeVar("T")

limit_option = click.option(
    "--limit", type=click.IntRange(min=1), metavar="N", help="Stop after N invoices."
)


def print_invoice(invoice: Invoice, force_json: bool) -> None:
    """One invoice: `invoicekit.to_json` when piped (pretty with --json on a terminal), else a
    panel. The document embeds the vendor's payload byte for byte, line breaks included."""
    if not is_terminal("stdout"):
        write_bytes(to_json(invoice) + b"\n")
    elif force_json:
        write_bytes(msgspec.json.format(to_json(invoice), indent=2) + b"\n")
    else:
        make_console().print(invoice_panel(invoice))


def print_invoices(invoices: Iterable[Invoice], force_json: bool, title: str | None = None) -> int:
    """Invoices as JSON Lines, or as tables of 50 rows as they arrive; returns how many."""
    count = 0
    if want_json(force_json):
        for invoice in invoices:
            write_bytes(invoice_json(invoice))
            count += 1
        return count
    console = make_console()
    iterator = iter(invoices)
    while batch := list(itertools.islice(iterator, _TABLE_BATCH)):
        console.print(invoice_table(batch, title if count == 0 else None))
        count += len(batch)
    console.print(f"[dim]{count} invoice{'s' if count != 1 else ''}[/dim]")
    return count


def _vendor_rows() -> Iterator[list[str]]:
    for name in vendors():
        caps = get_vendor(name).capabilities()
        yield [
            caps.name,
            caps.title,
            " or ".join(item.label or "none" for item in caps.credentials) or "none",
            ", ".join(caps.filters)
            + (f" +{len(caps.native_filters)} own" if caps.native_filters else "")
            or "-",
            "yes" if caps.supports_pdf else "no",
            "yes" if caps.has_sandbox else "no",
        ]


def _filter_rows(name: str) -> Iterator[tuple[str, str, str]]:
    """Every filter ``name`` takes: (filter, type, kind) for the common and its own ones."""
    vendor = get_vendor(name)
    for common in sorted(vendor.filters):
        yield common, COMMON_FILTER_TYPES.get(common, "text"), "common"
    for native, kind in sorted(vendor.native_filters().items()):
        yield native, kind, "native (--filter NAME=VALUE)"


@click.command("vendors")
@click.option(
    "--filters",
    "filters_of",
    metavar="VENDOR",
    callback=lambda ctx, param, value: None if value is None else vendor_name(value),
    help="List the filters VENDOR accepts, with their types.",
)
@json_option
def vendors_command(filters_of: str | None, force_json: bool) -> None:
    """List installed vendors and their features.

    Credentials, filters, PDFs, sandbox. With --filters VENDOR: every filter
    that vendor accepts (common ones as options of list and export, its own
    as --filter NAME=VALUE) and the type of its value.

    JSON: one capabilities object per line; with --filters one
    {"name", "type", "kind"} object per filter.
    """
    if filters_of is not None:
        rows = list(_filter_rows(filters_of))
        if want_json(force_json):
            for name, kind, where in rows:
                document = {"name": name, "type": kind, "kind": where.split(" ")[0]}
                write_bytes(json_line(msgspec.json.encode(document)))
            return
        make_console().print(table(f"{filters_of} filters", ["Filter", "Type", "Kind"], rows))
        return
    if want_json(force_json):
        for name in vendors():
            write_bytes(json_line(msgspec.json.encode(get_vendor(name).capabilities())))
        return
    columns = ["Vendor", "Title", "Credentials", "Filters", "PDF", "Sandbox"]
    make_console().print(table(None, columns, _vendor_rows()))


@click.command("plugins")
@json_option
def plugins_command(force_json: bool) -> None:
    """List loaded plugins and any load failures.

    JSON: one plugin object per line.
    """
    found = plugins()
    if want_json(force_json):
        for info in found:
            write_bytes(json_line(msgspec.json.encode(info)))
        return
    rows = [
        [
            info.name,
            info.distribution or "-",
            info.version or "-",
            ", ".join(info.vendors) or "-",
            f"failed: {info.error}" if info.error else "ok",
        ]
        for info in found
    ]
    make_console().print(
        table(None, ["Plugin", "Distribution", "Version", "Vendors", "Status"], rows)
    )


def by_id_or_number(
    client: InvoiceClient,
    text: str,
    by: str,
    by_id: Callable[[str], T],
    by_number: Callable[[str], T],
) -> T:
    """``by_id(text)`` or ``by_number(text)``, as ``--by`` says; ``auto`` tries the id first
    where it can be one, then the number where the vendor can look numbers up."""
    if by == "number":
        return by_number(text)
    if by == "id" or client.vendor.number_filter is None:
        return by_id(text)
    try:
        return by_id(text)
    except ConfigurationError:  # not an id this vendor can have: so a number
        return by_number(text)
    except NotFound as missing:
        try:
            return by_number(text)
        except InvoiceNumberNotFound as also:
            if also.ids:
                raise  # several invoices have that number: say so
            raise missing from None  # neither an id nor a number: the id's 404 says it best


def fetch_invoice(client: InvoiceClient, text: str, by: str) -> Invoice:
    """The invoice ``text`` names: by id, by number, or (``auto``) by id and else by number."""
    return by_id_or_number(client, text, by, client.get_invoice, client.get_invoice_by_number)


#: ``--by`` of the commands that take one invoice.
by_option = click.option(
    "--by",
    type=click.Choice(["auto", "id", "number"]),
    default="auto",
    show_default=True,
    help="What ID|NUMBER is. auto: the vendor's id if it can be one and exists, "
    "else the invoice number.",
)


@click.command("get")
@vendor_argument
@click.argument("invoice_id", metavar="ID|NUMBER")
@by_option
@connection_options
@json_option
@click.pass_context
def get_command(
    ctx: click.Context,
    *,
    vendor: str,
    invoice_id: str,
    by: str,
    connection: ConnectionOptions,
    force_json: bool,
) -> None:
    """Fetch one invoice by its id or its number and print it normalized.

    \b
    invoicekit get daftra 2621            the vendor's id
    invoicekit get daftra 000021          the number, as printed on the invoice
    invoicekit get fynn INV-1001 --by number

    Numbers are looked up where the vendor's API can filter by them (Daftra,
    Fynn, Yeti); an id that could also be a number is tried as an id first.
    """
    with open_client(ctx, vendor, connection) as client:
        invoice = fetch_invoice(client, invoice_id, by)
    print_invoice(invoice, force_json)


@click.command("list", cls=FilteredCommand)
@vendor_argument
@filter_options
@limit_option
@connection_options
@json_option
@click.pass_context
def list_command(
    ctx: click.Context,
    *,
    vendor: str,
    filters: dict[str, Any],
    limit: int | None,
    connection: ConnectionOptions,
    force_json: bool,
) -> None:
    """List invoices, oldest first where possible.

    Fetched page by page, as they are printed.

    JSON: one invoice per line (JSON Lines).
    """
    with open_client(ctx, vendor, connection) as client:
        invoices: Iterable[Invoice] = client.list_invoices(**filters)
        if limit is not None:
            invoices = itertools.islice(invoices, limit)
        print_invoices(invoices, force_json)


@click.command("normalize")
@vendor_argument
@click.argument("file", metavar="FILE|-")
@json_option
@click.pass_context
def normalize_command(ctx: click.Context, vendor: str, file: str, force_json: bool) -> None:
    """Normalize a saved invoice response body.

    FILE is exactly what the vendor returned for one invoice; - reads stdin.
    """
    ctx.meta[VENDOR_KEY] = get_vendor(vendor).name
    if file == "-":
        if is_terminal("stdin"):
            click.echo(
                "invoicekit: reading the response body from stdin (Ctrl-D ends it)", err=True
            )
        body = sys.stdin.buffer.read()
    else:
        body = Path(file).read_bytes()
    print_invoice(normalize(vendor, body), force_json)


COMMANDS: tuple[click.Command, ...] = (
    vendors_command,
    plugins_command,
    get_command,
    list_command,
    normalize_command,
)
