"""The flat columns of ``invoicekit export --format csv|parquet``, and ``--fields`` for all formats.

Each column reads one value of an `Invoice`: text, a date, an exact amount or a UTC instant.
CSV writes them as text (amounts as exact decimal strings, ``"120.00"``); Parquet keeps their
types. JSON Lines has no columns: there ``--fields`` picks top-level `Invoice` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

import click

from invoicekit.model import Invoice, Party, Totals

__all__ = [
    "COLUMNS",
    "DEFAULT_COLUMNS",
    "INVOICE_FIELDS",
    "Column",
    "ColumnKind",
    "cell_text",
    "pick",
]

#: What a column holds: its CSV text form and its Parquet type follow from it.
ColumnKind = Literal["text", "count", "date", "amount", "instant"]
Value = str | int | dt.date | dt.datetime | Decimal | None


@dataclass(frozen=True)
class Column:
    """One export column.

    Attributes:
        name: the header (and the ``--fields`` name).
        kind: text, count, date, amount or instant.
        read: the column's value for one invoice, ``None`` when the invoice has none.
    """

    name: str
    kind: ColumnKind
    read: Callable[[Invoice], Value]


def _party(side: Literal["seller", "buyer"], attribute: str) -> Callable[[Invoice], Value]:
    def read(invoice: Invoice) -> Value:
        party: Party | None = getattr(invoice, side)
        value = None if party is None else getattr(party, attribute)
        return None if value is None else str(value)

    return read


def _country(side: Literal["seller", "buyer"]) -> Callable[[Invoice], Value]:
    def read(invoice: Invoice) -> Value:
        party: Party | None = getattr(invoice, side)
        address = None if party is None else party.address
        return None if address is None else address.country

    return read


def _total(name: str) -> Callable[[Invoice], Value]:
    def read(invoice: Invoice) -> Value:
        value: Decimal | None = getattr(invoice.totals, name)
        return value

    return read


def _attribute(name: str) -> Callable[[Invoice], Value]:
    def read(invoice: Invoice) -> Value:
        value: Value = getattr(invoice, name)
        return value

    return read


def _columns() -> dict[str, Column]:
    columns = [
        Column("vendor", "text", _attribute("vendor")),
        Column("id", "text", _attribute("id")),
        Column("number", "text", _attribute("number")),
        Column("kind", "text", lambda invoice: invoice.kind.value),
        Column("kind_raw", "text", _attribute("kind_raw")),
        Column("type_code", "text", _attribute("type_code")),
        Column("status", "text", lambda invoice: invoice.status.value),
        Column("status_raw", "text", _attribute("status_raw")),
        Column("issue_date", "date", _attribute("issue_date")),
        Column("due_date", "date", _attribute("due_date")),
        Column("period_start", "date", _attribute("period_start")),
        Column("period_end", "date", _attribute("period_end")),
        Column("delivery_date", "date", _attribute("delivery_date")),
        Column("currency", "text", _attribute("currency")),
        *(Column(name, "amount", _total(name)) for name in Totals.__struct_fields__),
        *(
            Column(f"{side}_{attribute}", "text", _party(side, attribute))
            for side in ("seller", "buyer")
            for attribute in ("name", "id", "number", "vat_id", "email")
        ),
        Column("seller_country", "text", _country("seller")),
        Column("buyer_country", "text", _country("buyer")),
        Column("buyer_reference", "text", _attribute("buyer_reference")),
        Column("purchase_order_reference", "text", _attribute("purchase_order_reference")),
        Column("line_count", "count", lambda invoice: len(invoice.lines)),
        Column("payment_count", "count", lambda invoice: len(invoice.payments)),
        Column("pdf_url", "text", _attribute("pdf_url")),
        Column("created_at", "instant", _attribute("created_at")),
        Column("updated_at", "instant", _attribute("updated_at")),
    ]
    return {column.name: column for column in columns}


#: Every column ``--fields`` may name, in their order.
COLUMNS: dict[str, Column] = _columns()

#: The columns exported when ``--fields`` is not given.
DEFAULT_COLUMNS: tuple[str, ...] = (
    "vendor",
    "id",
    "number",
    "kind",
    "status",
    "status_raw",
    "issue_date",
    "due_date",
    "period_start",
    "period_end",
    "currency",
    "net",
    "tax",
    "gross",
    "paid",
    "due",
    "buyer_name",
)

#: The top-level `Invoice` fields that ``--fields`` may name for JSON Lines.
INVOICE_FIELDS: tuple[str, ...] = Invoice.__struct_fields__


def pick(given: Iterable[str], available: Sequence[str], what: str) -> tuple[str, ...]:
    """The names of ``--fields`` (each item may hold several, comma-separated), checked.

    Raises:
        click.BadParameter: a name that is not in ``available``; the message lists them all.
    """
    names = [name.strip() for item in given for name in item.split(",") if name.strip()]
    unknown = [name for name in names if name not in available]
    if unknown:
        raise click.BadParameter(
            f"unknown {what} {', '.join(map(repr, unknown))}; choose from: {', '.join(available)}",
            param_hint="'--fields'",
        )
    if len(set(names)) != len(names):
        raise click.BadParameter("a field is named twice", param_hint="'--fields'")
    return tuple(names)


def cell_text(value: Value) -> str:
    """A value as CSV text: amounts exact (``format(value, "f")`` never writes ``1E+2``), dates
    ``YYYY-MM-DD``, instants RFC 3339 in UTC with ``Z``, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
