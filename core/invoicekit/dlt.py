"""A dlt source of invoices (``pip install 'invoicekit[dlt]'``): load any vendor into a warehouse.

`invoices` is a dlt resource: dlt loads its rows into DuckDB, PostgreSQL, BigQuery, Snowflake...
and runs it on any orchestrator. It is incremental and merges on the invoice key, so every run
after the first loads exactly the invoices that were added, changed or deleted since the last::

    import dlt
    from invoicekit.dlt import invoices

    pipeline = dlt.pipeline("invoices", destination="duckdb", dataset_name="billing")
    pipeline.run(invoices("fynn", base_url="https://coreapi.io", account="acme",
                          credentials={"username": ..., "password": ...}))

Rows (table ``invoices`` unless ``table_name`` says otherwise), one per (vendor, account, id):

- key: ``vendor``, ``account``, ``id``;
- queryable: ``number``, ``kind``, ``status``, ``issue_date``, ``due_date``, ``currency``,
  ``buyer_name``, and the amounts ``gross`` and ``due`` as exact decimal **strings** (``"119.00"``)
  so no destination ever rounds them; cast in SQL (``CAST(gross AS DECIMAL(38, 9))``);
- ``invoice``: the whole normalized `Invoice` as JSON text (amounts as strings there too);
  ``raw``: the vendor's own JSON text; ``hash``: the content hash;
- ``updated_at``: the vendor's last-change instant, when it states one;
- ``changed_at``: when a run saw this row's content change (dlt's incremental cursor): the
  start of that run, so it never goes backwards even where the vendor states no change time;
- ``deleted``/``deleted_at``: a tombstone. An invoice a complete listing no longer returns gets
  a row with ``deleted = true`` and ``deleted_at`` set (its content columns null: the vendor no
  longer serves it), once a lookup by id confirms it is gone. Incremental listings see only the
  deletions the vendor reports (Stripe's ``invoice.deleted`` events); ``full=True`` sees all.

Changes are found two ways. Where the vendor filters by last change (``updated_since`` among its
filters), the run asks only for invoices changed since dlt's cursor ``changed_at`` (minus an
overlap for clock skew), as long as the cursor is inside the vendor's changed-since window.
Elsewhere, and for an older cursor, it lists everything. Either way the resource state keeps a
short content hash per live invoice, so only rows whose content changed are yielded, and a
complete listing turns the missing ones into tombstones. A listing that fails part-way raises;
dlt then commits neither rows nor state, and the next run starts from the same place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, cast

try:
    import dlt
    from dlt.common.schema.typing import TColumnSchema
    from dlt.extract.resource import DltResource
except ImportError:  # pragma: no cover - depends on the installed extras
    raise ImportError("invoicekit.dlt needs dlt: pip install 'invoicekit[dlt]'") from None

from ._json import to_json
from .client import InvoiceClient, connect
from .errors import NotFound
from .model import Invoice
from .sync._run import CURSOR_OVERLAP, changed_since_reaches
from .sync._sqlstore import columns
from .sync._store import content_hash

__all__ = ["COLUMNS", "PRIMARY_KEY", "invoices", "row"]

#: The merge key of every row.
PRIMARY_KEY = ("vendor", "account", "id")

# Declared up front so tombstones (mostly nulls) and first runs give the same table everywhere.
COLUMNS: dict[str, TColumnSchema] = {
    "vendor": {"data_type": "text", "nullable": False},
    "account": {"data_type": "text", "nullable": False},
    "id": {"data_type": "text", "nullable": False},
    "number": {"data_type": "text"},
    "kind": {"data_type": "text"},
    "status": {"data_type": "text"},
    "issue_date": {"data_type": "date"},
    "due_date": {"data_type": "date"},
    "currency": {"data_type": "text"},
    "gross": {"data_type": "text"},
    "due": {"data_type": "text"},
    "buyer_name": {"data_type": "text"},
    "invoice": {"data_type": "text"},
    "raw": {"data_type": "text"},
    "hash": {"data_type": "text"},
    "updated_at": {"data_type": "timestamp"},
    "changed_at": {"data_type": "timestamp", "nullable": False},
    "deleted": {"data_type": "bool", "nullable": False},
    "deleted_at": {"data_type": "timestamp"},
}

# The state keeps this many hex digits of each content hash: 64 bits tell changes apart.
_HASH_DIGITS = 16


def row(account: str, invoice: Invoice, changed_at: dt.datetime) -> dict[str, Any]:
    """The row `invoices` yields for ``invoice``: exact amounts as decimal strings."""
    values = {
        name: str(value) if name in ("gross", "due") and value is not None else value
        for name, value in columns(invoice).items()
    }
    return {
        "vendor": invoice.vendor,
        "account": account,
        "id": invoice.id,
        **values,
        "invoice": to_json(invoice).decode(),
        "raw": bytes(invoice.raw).decode("utf-8", errors="replace"),
        "hash": content_hash(invoice),
        "updated_at": invoice.updated_at,
        "changed_at": changed_at,
        "deleted": False,
        "deleted_at": None,
    }


def _tombstone(vendor: str, account: str, invoice_id: str, at: dt.datetime) -> dict[str, Any]:
    empty = dict.fromkeys(COLUMNS)
    return {
        **empty,
        "vendor": vendor,
        "account": account,
        "id": invoice_id,
        "changed_at": at,
        "deleted": True,
        "deleted_at": at,
    }


def invoices(
    vendor: str,
    *,
    base_url: str | None = None,
    credentials: Mapping[str, str] | None = None,
    account: str = "default",
    client: InvoiceClient | None = None,
    full: bool = False,
    page_size: int | None = None,
    name: str | None = None,
    table_name: str = "invoices",
    **connect_options: Any,
) -> DltResource:
    """A dlt resource of one account's invoices: incremental, merged on (vendor, account, id).

    Args:
        vendor: a registered vendor name.
        base_url: the vendor API's root (as for `invoicekit.connect`).
        credentials: the vendor's credentials (`invoicekit.connect` keywords), e.g. from
            ``dlt.secrets``; they stay inside the client, never in dlt's state or traces.
        account: your name for the account; part of every row's key and of the state.
        client: an already connected `InvoiceClient` instead of ``base_url``/``credentials``
            (the caller closes it).
        full: list everything even where the vendor filters by change, so deletions are seen.
        page_size: invoices per request, where the vendor lets you choose.
        name: the resource name (default ``invoices_<vendor>_<account>``), unique per pipeline,
            so many accounts can load into one table in one run.
        table_name: the destination table.
        **connect_options: further `invoicekit.connect` options (timeout, retries, ...).

    Returns:
        The resource; pass it (or several) to ``pipeline.run``.
    """
    if client is None and base_url is None:
        raise TypeError("invoices() needs base_url (with credentials) or a connected client")
    resource_name = name or f"invoices_{vendor}_{account}"

    def listing(
        changed_at: dlt.sources.incremental[dt.datetime] = dlt.sources.incremental("changed_at"),  # noqa: B008 - dlt injects it
    ) -> Iterator[dict[str, Any]]:
        if client is not None:
            yield from _changed_rows(client, account, changed_at.start_value, full, page_size)
            return
        options = {**(credentials or {}), **connect_options}
        with connect(vendor, base_url=base_url or "", **options) as own:
            yield from _changed_rows(own, account, changed_at.start_value, full, page_size)

    resource = dlt.resource(
        listing,
        name=resource_name,
        table_name=table_name,
        write_disposition="merge",
        primary_key=list(PRIMARY_KEY),
        columns=COLUMNS,
    )
    return cast(DltResource, resource)


def _changed_rows(
    client: InvoiceClient,
    account: str,
    cursor: dt.datetime | None,
    full: bool,
    page_size: int | None,
) -> Iterator[dict[str, Any]]:
    """Rows of the invoices whose content changed since the last run, then tombstones."""
    vendor, started = client.vendor.name, dt.datetime.now(dt.UTC)
    state = dlt.current.resource_state()
    hashes: dict[str, str] = state.setdefault("hashes", {})
    # Incremental only where a changed-since listing from the cursor is complete (within the
    # vendor's window, such as the 30 days of Stripe's events); else everything is listed.
    incremental = not full and changed_since_reaches(client.vendor, cursor, started)
    filters: dict[str, Any] = {"page_size": page_size} if page_size else {}
    if incremental and cursor is not None:
        filters["updated_since"] = cursor - CURSOR_OVERLAP
    seen: set[str] = set()
    for page in client.pages(**filters):
        for invoice in page.invoices:
            seen.add(invoice.id)
            current = row(account, invoice, started)
            short = current["hash"][:_HASH_DIGITS]
            if hashes.get(invoice.id) != short:
                hashes[invoice.id] = short
                yield current
        for gone in page.deleted:  # deletions a changed-since listing reports
            if hashes.pop(gone, None) is not None:
                yield _tombstone(vendor, account, gone, started)
    if incremental:
        return
    # The listing ran to its end: what it no longer returned was deleted at the vendor, unless
    # an offset-paged listing skipped it while others were deleted, so each is looked up first.
    for candidate in sorted(set(hashes) - seen):
        try:
            invoice = client.get_invoice(candidate)
        except NotFound:
            del hashes[candidate]
            yield _tombstone(vendor, account, candidate, started)
            continue
        current = row(account, invoice, started)
        if hashes[candidate] != current["hash"][:_HASH_DIGITS]:
            hashes[candidate] = current["hash"][:_HASH_DIGITS]
            yield current
