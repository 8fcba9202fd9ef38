"""``invoicekit pdf VENDOR ID -o FILE``: an invoice's PDF, as the vendor renders it."""

from __future__ import annotations

import click

from invoicekit._plugins import get_vendor

from ._commands import by_id_or_number, by_option
from ._connect import ConnectionOptions, open_client
from ._export import open_output
from ._options import connection_options, vendor_argument
from ._output import is_terminal

__all__ = ["COMMANDS", "pdf_command"]


@click.command("pdf")
@vendor_argument
@click.argument("invoice_id", metavar="ID|NUMBER")
@by_option
@click.option(
    "--output",
    "-o",
    metavar="FILE",
    help="Write to FILE (replaced only once the PDF is complete); - for stdout. "
    "Required when stdout is a terminal.",
)
@connection_options
@click.pass_context
def pdf_command(
    ctx: click.Context,
    *,
    vendor: str,
    invoice_id: str,
    output: str | None,
    by: str,
    connection: ConnectionOptions,
) -> None:
    """Download an invoice's PDF.

    \b
    invoicekit pdf fynn 3f1c... -o invoice.pdf
    invoicekit pdf daftra 000021 > invoice.pdf     by number (see get --help)

    The file is written only once the vendor has sent the whole document and
    it is a PDF; an existing FILE is left as it was when anything fails.
    """
    if output is None:
        if is_terminal("stdout"):
            raise click.UsageError("a PDF is not for the terminal: pass -o FILE or redirect stdout")
        output = "-"
    # Before a sandbox starts or a login runs: some vendors serve no PDFs at all.
    get_vendor(vendor).check_pdf()
    with open_client(ctx, vendor, connection) as client:
        document = by_id_or_number(
            client,
            invoice_id,
            by,
            client.download_pdf,
            lambda number: client.download_pdf(client.get_invoice_by_number(number).id),
        )
    with open_output(output) as stream:
        stream.write(document)
    if output != "-" and is_terminal("stderr"):
        click.echo(f"{output}: {len(document):,} bytes", err=True)


COMMANDS: tuple[click.Command, ...] = (pdf_command,)
