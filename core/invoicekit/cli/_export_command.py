"""``invoicekit export``: every matching invoice to JSON Lines, CSV or Parquet."""

from __future__ import annotations

from typing import Any

import click

from ._commands import limit_option
from ._connect import ConnectionOptions, open_client
from ._einvoice_commands import EINVOICE_FORMATS, write_einvoices
from ._export import counted, open_output, progress, show_progress
from ._fields import COLUMNS, DEFAULT_COLUMNS, INVOICE_FIELDS, pick
from ._options import FilteredCommand, connection_options, filter_options, vendor_argument
from ._output import is_terminal
from ._writers import writer

__all__ = ["COMMANDS", "export_command"]

_FORMATS = ("jsonl", "csv", "parquet", *EINVOICE_FORMATS)


@click.command("export", cls=FilteredCommand)
@vendor_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: one invoicekit JSON document per line. csv: flat columns. "
    "parquet: typed flat columns (needs invoicekit[parquet]). "
    "ubl, cii, xrechnung, peppol, facturx: one EN 16931 e-invoice file per invoice into the "
    "directory --output, validated (needs invoicekit[einvoice-validate]; see "
    "'invoicekit einvoice export' for all its options).",
)
@click.option(
    "--output",
    "-o",
    default="-",
    metavar="FILE",
    help="Write to FILE (it appears only once the export is complete); default stdout.",
)
@click.option(
    "--fields",
    "field_names",
    multiple=True,
    metavar="A,B,...",
    help="Only these columns (csv, parquet) or top-level invoice fields (jsonl), in this order.",
)
@click.option(
    "--no-raw",
    is_flag=True,
    help="jsonl: write the vendor's payload as null (the largest part of each line).",
)
@click.option(
    "--csv-formulas",
    type=click.Choice(["neutralize", "keep"]),
    default="neutralize",
    show_default=True,
    help="csv: prefix text that a spreadsheet would run as a formula with ' (keep: write it "
    "as is, for programs that read CSV as data).",
)
@click.option(
    "--seller",
    "seller_file",
    metavar="TOML",
    help="E-invoice formats: a TOML file with a [seller] table (and default_vat_category, "
    "[unit_codes]) for what the vendor does not state.",
)
@filter_options
@limit_option
@connection_options
@click.pass_context
def export_command(
    ctx: click.Context,
    *,
    vendor: str,
    output_format: str,
    output: str,
    field_names: tuple[str, ...],
    no_raw: bool,
    csv_formulas: str,
    seller_file: str | None,
    filters: dict[str, Any],
    limit: int | None,
    connection: ConnectionOptions,
) -> None:
    """Export invoices as JSON Lines, CSV or Parquet, or as e-invoices (a file each).

    A progress bar on stderr (when it is a terminal) shows the count and,
    where the vendor tells the total, the time left.

    \b
    JSON Lines: each line decodes with invoicekit.from_json; with --no-raw
    its "raw" is null. --fields picks top-level fields (id,number,totals).

    \b
    CSV and Parquet columns, by default:
      vendor, id, number, kind, status, status_raw, issue_date, due_date,
      period_start, period_end, currency, net, tax, gross, paid, due,
      buyer_name
    and on request (--fields): kind_raw, type_code, delivery_date, line_net,
      discount, charges, seller_/buyer_ name, id, number, vat_id, email and
      country, buyer_reference, purchase_order_reference, line_count,
      payment_count, pdf_url, created_at, updated_at.
    CSV: amounts are exact decimal strings ("120.00"), dates YYYY-MM-DD,
    missing values empty; text starting with = + - @ tab or CR gets a
    leading ' so spreadsheets do not run it as a formula (--csv-formulas keep
    writes it as is).
    Parquet: amounts are exact decimal128(38, 12), dates date32.
    """
    if output_format in EINVOICE_FORMATS:
        if output == "-" or field_names or no_raw:
            raise click.UsageError(
                f"--format {output_format} writes one file per invoice: pass --output DIR "
                "(and no --fields or --no-raw)"
            )
        write_einvoices(
            ctx,
            vendor=vendor,
            output_format=output_format,
            seller_file=seller_file,
            output=output,
            limit=limit,
            filters=filters,
            connection=connection,
        )
        return
    if seller_file is not None:
        raise click.UsageError("--seller is for the e-invoice formats (ubl, cii, ...)")
    if output_format == "jsonl":
        fields = pick(field_names, INVOICE_FIELDS, "invoice field") or None
    else:
        fields = pick(field_names, tuple(COLUMNS), "column") or DEFAULT_COLUMNS
    if output_format == "parquet":
        from ._parquet import require_pyarrow  # noqa: PLC0415 - pyarrow is an optional extra

        require_pyarrow()
        if output == "-" and is_terminal("stdout"):
            raise click.UsageError("Parquet is not for the terminal: pass -o FILE")
    with open_client(ctx, vendor, connection) as client:
        # Filters are checked here, before the output file is created.
        pages = client.pages(**filters)
        with (
            open_output(output) as stream,
            progress(show_progress(output), f"Exporting {vendor}") as report,
            writer(
                output_format,
                stream,
                fields,
                raw=not no_raw,
                neutralize_formulas=csv_formulas == "neutralize",
            ) as write,
        ):
            for invoice in counted(pages, limit, report):
                write(invoice)
                report.advance()


COMMANDS: tuple[click.Command, ...] = (export_command,)
