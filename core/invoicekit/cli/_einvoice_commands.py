"""``invoicekit einvoice``: EN 16931 e-invoices out of any vendor, and their validation.

``invoicekit einvoice export VENDOR --format ubl|cii|xrechnung|peppol|facturx --output DIR``
writes one file per invoice and reports what could not be written or failed the rules;
``invoicekit einvoice validate FILE...`` prints the rule report of each document. (They are a
group of their own rather than formats of ``invoicekit export``, which writes one stream.)
"""

from __future__ import annotations

import base64
import itertools
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
import msgspec

from invoicekit._normalize import normalize
from invoicekit.client import InvoiceClient
from invoicekit.errors import InvoiceKitError, Unsupported
from invoicekit.model import Invoice

from ._connect import ConnectionOptions, open_client
from ._errors import CliError
from ._export import progress, show_progress
from ._files import atomic_file
from ._options import connection_options, filter_options, json_option, vendor_argument
from ._output import is_terminal

__all__ = ["COMMANDS", "EINVOICE_FORMATS", "einvoice_group", "write_einvoices"]

# format -> (syntax, profile, file suffix)
_FORMATS = {
    "ubl": ("ubl", "en16931", ".xml"),
    "cii": ("cii", "en16931", ".xml"),
    "xrechnung": ("ubl", "xrechnung", ".xml"),
    "peppol": ("ubl", "peppol", ".xml"),
    "facturx": ("cii", "en16931", ".pdf"),
}
#: The ``--format`` values that write e-invoices, one file per invoice.
EINVOICE_FORMATS = tuple(sorted(_FORMATS))
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _einvoice() -> Any:
    try:
        from invoicekit import einvoice  # noqa: PLC0415 - the optional extra
    except ImportError as exc:
        raise CliError(str(exc)) from exc
    return einvoice


def _load_seller_file(path: str | None) -> dict[str, Any]:
    """The ``[seller]`` table, ``default_vat_category`` and ``[unit_codes]`` of a TOML file."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as stream:
            data = tomllib.load(stream)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CliError(f"cannot read {path}: {exc}") from exc
    unknown = set(data) - {"seller", "default_vat_category", "unit_codes"}
    if unknown:
        raise CliError(
            f"{path}: unknown keys {sorted(unknown)}; expected [seller], "
            "default_vat_category and [unit_codes]"
        )
    return data


def _file_name(invoice: Invoice, suffix: str) -> str:
    name = _UNSAFE.sub("_", invoice.number or invoice.id).strip("._") or "invoice"
    return f"{invoice.vendor}-{name}{suffix}"


@click.group("einvoice")
def einvoice_group() -> None:
    """EN 16931 e-invoices: UBL, CII, XRechnung, Peppol, Factur-X (needs invoicekit[einvoice])."""


@einvoice_group.command("export")
@vendor_argument
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(_FORMATS)),
    required=True,
    help="ubl/cii: EN 16931; xrechnung, peppol: those profiles (UBL); facturx: the vendor's "
    "PDF with the CII embedded.",
)
@click.option(
    "--seller",
    "seller_file",
    metavar="TOML",
    help="A TOML file with a [seller] table (name, vat_id, address...), optionally "
    "default_vat_category and [unit_codes], for what the vendor does not state.",
)
@click.option("--default-vat-category", metavar="CODE", help="UNCL 5305 code, such as S.")
@click.option(
    "--output", "-o", "output", required=True, metavar="DIR", help="Directory for the files."
)
@click.option(
    "--rules", metavar="XSLT", help="Schematron XSLT to validate with (default: shipped)."
)
@click.option("--no-validate", is_flag=True, help="Write without validating.")
@click.option(
    "--vendor-xml/--no-vendor-xml",
    default=True,
    help="Complete each invoice from the vendor's own e-invoice XML where it serves one "
    "(Fynn: seller, VAT categories, IBAN); one more download per invoice.",
)
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Stop after N invoices.")
@filter_options
@connection_options
@click.pass_context
def export_command(
    ctx: click.Context,
    *,
    vendor: str,
    output_format: str,
    seller_file: str | None,
    default_vat_category: str | None,
    output: str,
    rules: str | None,
    no_validate: bool,
    vendor_xml: bool,
    limit: int | None,
    filters: dict[str, Any],
    connection: ConnectionOptions,
) -> None:
    """Write one e-invoice file per invoice into DIR, and report what failed.

    Exit status 1 if any invoice could not be written (the report lists the missing EN 16931
    business terms) or fails a fatal rule.
    """
    write_einvoices(
        ctx,
        vendor=vendor,
        output_format=output_format,
        seller_file=seller_file,
        output=output,
        limit=limit,
        filters=filters,
        connection=connection,
        default_vat_category=default_vat_category,
        rules=rules,
        validate=not no_validate,
        vendor_xml=vendor_xml,
    )


def write_einvoices(
    ctx: click.Context,
    *,
    vendor: str,
    output_format: str,
    seller_file: str | None,
    output: str,
    limit: int | None,
    filters: dict[str, Any],
    connection: ConnectionOptions,
    default_vat_category: str | None = None,
    rules: str | None = None,
    validate: bool = True,
    vendor_xml: bool = True,
) -> None:
    """The e-invoice export of ``einvoice export`` (and ``export --format ubl``...): one file
    per invoice in the directory ``output``, the problems on stdout, exit status 1 if any."""
    einvoice = _einvoice()
    settings = _load_seller_file(seller_file)
    syntax, profile, suffix = _FORMATS[output_format]
    options: dict[str, Any] = {
        "seller": settings.get("seller"),
        "default_vat_category": default_vat_category or settings.get("default_vat_category"),
        "unit_codes": settings.get("unit_codes"),
    }
    directory = Path(output)
    directory.mkdir(parents=True, exist_ok=True)
    written = completed = 0
    problems: list[str] = []
    with open_client(ctx, vendor, connection) as client:
        invoices: Iterable[Invoice] = client.list_invoices(**filters)
        if limit is not None:
            invoices = itertools.islice(invoices, limit)
        with progress(show_progress(output), f"E-invoices from {vendor}", limit) as advance:
            for listed in invoices:
                advance()
                invoice = listed
                if vendor_xml and client.vendor.supports_xml and listed.number:
                    invoice, problem = _completed(einvoice, client, listed)
                    completed += invoice is not listed
                    if problem is not None:
                        problems.append(problem)
                try:
                    xml = einvoice.to_xml(invoice, syntax, profile, **options)
                    if output_format == "facturx":
                        data = einvoice.to_facturx(
                            invoice, client.download_pdf(invoice.id), profile, **options
                        )
                    else:
                        data = xml
                except einvoice.EInvoiceError as exc:
                    problems.append(f"{invoice.id}: not written: {exc}")
                    continue
                target = directory / _file_name(invoice, suffix)
                with atomic_file(target) as stream:  # never half an XML under its name
                    stream.write(data)
                written += 1
                if validate:
                    report = einvoice.validate(xml, rules)
                    if report.fatal:
                        ids = ", ".join(sorted(report.rule_ids()))
                        problems.append(f"{invoice.id}: {target.name} fails {ids}")
    from_xml = f" ({completed} completed from the vendor's XML)" if completed else ""
    click.echo(
        f"{written} written to {directory}{from_xml}, {len(problems)} with problems", err=True
    )
    for problem in problems:
        click.echo(problem)
    if problems:
        ctx.exit(1)


def _completed(
    einvoice: Any, client: InvoiceClient, invoice: Invoice
) -> tuple[Invoice, str | None]:
    """``invoice`` completed from the vendor's e-invoice XML, and the problem if that failed.

    Without an XML for this invoice (Fynn: an XRechnung customer's) it stays as it was, which
    is no problem; an XML that could not be fetched or read is one. Either way the export goes
    on with what the invoice and --seller state.
    """
    try:
        completed: Invoice = einvoice.complete(invoice, client.download_xml(invoice.id))
    except Unsupported:
        return invoice, None
    except InvoiceKitError as exc:
        return invoice, f"{invoice.id}: the vendor's e-invoice XML was not read: {exc}"
    return completed, None


@einvoice_group.command("validate")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--rules", metavar="XSLT", help="Schematron XSLT to validate with (default: shipped)."
)
@click.option("--warnings/--no-warnings", default=True, help="Also list warnings.")
@json_option
@click.pass_context
def validate_command(
    ctx: click.Context, files: tuple[str, ...], rules: str | None, warnings: bool, force_json: bool
) -> None:
    """Check UBL/CII files (or Factur-X PDFs) against the XSD and the EN 16931 rules.

    Prints one line per failed rule (JSON Lines when piped or with --json). Exit status 1 if
    any file has a fatal failure.
    """
    einvoice = _einvoice()
    fatal = False
    as_json = force_json or not is_terminal("stdout")
    for name in files:
        try:
            document = Path(name).read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {name}: {exc.strerror}") from exc
        if document.startswith(b"%PDF-"):
            document = _embedded_xml(document)
        report = einvoice.validate(document, rules)
        fatal = fatal or not report.ok
        shown = [item for item in report.failures if warnings or item.flag == "fatal"]
        if as_json:
            for item in shown:
                click.echo(msgspec.json.encode({"file": name, **msgspec.to_builtins(item)}))
            continue
        verdict = "valid" if report.ok else f"{len(report.fatal)} fatal"
        click.echo(f"{name}: {report.syntax}, {verdict}")
        for item in shown:
            click.echo(f"  {item.flag:7} {item.rule:22} {item.text}")
    if fatal:
        ctx.exit(1)


def _embedded_xml(pdf: bytes) -> bytes:
    """The CII embedded in a Factur-X PDF (read, and so checked, by the facturx source)."""
    invoice = normalize("facturx", pdf)
    document: bytes = base64.b64decode(invoice.raw_json()["document"])
    return document


COMMANDS = (einvoice_group,)
