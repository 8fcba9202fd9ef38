"""Changed-since for Stripe: the Events API (``invoice.*``, 30 days back), deletions included.

Stripe's invoice list has no last-change filter, but every change of an invoice creates an
Event (``invoice.created``, ``invoice.updated``, ``invoice.paid``, ``invoice.deleted``, ...)
whose ``data.object`` is the invoice as it was right after the change. Stripe keeps events
for 30 days (docs.stripe.com/api/events/list: "List events, going back up to 30 days").

``list_invoices(updated_since=T)`` therefore pages ``GET /v1/events?type=invoice.*&
created[gte]=<T, Unix seconds>&limit=N`` by ``starting_after`` (newest first). The newest
event of each invoice decides: ``invoice.deleted`` reports the id in `Page.deleted`; any
other type yields the invoice from the event's object, with every line (an object embeds ten
at most; the rest come from the lines endpoint, as in a listing). Older events of an invoice
already decided are skipped, so each invoice appears once. ``invoice.upcoming`` previews have
no id and change nothing. Events created while the listing runs land at the head, before the
cursor, and are the next run's: a sync re-reads a few minutes before its cursor.

An ``updated_since`` older than 30 days cannot be answered completely: `invoicekit.Unsupported`
(the sync then lists everything). Nor can ``status`` or Stripe's list parameters be combined
with it: events filter on neither.

GUESS: the sandbox serves events in Stripe's documented shape; the object is rendered with
the API version the account had when the event was created, which may differ from the pinned
``Stripe-Version`` (`invoicekit_stripe._mapping` decodes leniently).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator

import httpx
import msgspec
from invoicekit import Unsupported
from invoicekit.flows import decode
from invoicekit.plugin import Call, ListQuery, Page

from invoicekit_stripe_client.models import Invoice as StripeInvoice

from ._api import STRIPE_VERSION, whole_invoice
from ._declared import EVENTS_WINDOW
from ._values import VENDOR

__all__ = ["EVENTS_WINDOW", "MAX_EVENTS_PAGE", "changes_flow"]

#: Stripe's largest page of events (``limit`` 1-100).
MAX_EVENTS_PAGE = 100


class _RawData(msgspec.Struct):
    object: msgspec.Raw


class _RawEvent(msgspec.Struct):
    data: _RawData


class _RawEvents(msgspec.Struct):
    data: list[_RawEvent]


class _Data(msgspec.Struct):
    object: StripeInvoice


class _Event(msgspec.Struct, kw_only=True):
    id: str
    type: str
    data: _Data
    created: int | None = None


class _Events(msgspec.Struct, kw_only=True):
    data: list[_Event]
    has_more: bool = False


def _since(query: ListQuery) -> int:
    since = query.updated_since
    assert since is not None  # the listing flow sends only changed-since queries here
    if query.status or query.native or query.issued_since or query.issued_until:
        raise Unsupported(
            VENDOR,
            "combining updated_since with other filters",
            "Stripe's Events API filters by type and creation time only",
        )
    if since < dt.datetime.now(dt.UTC) - EVENTS_WINDOW:
        raise Unsupported(
            VENDOR,
            f"changes since {since.isoformat()}",
            "Stripe keeps events for 30 days; list without updated_since to catch up",
        )
    return int(since.timestamp())


def changes_flow(query: ListQuery) -> Generator[Call | Page, httpx.Response | None, None]:
    """Every invoice changed or deleted since ``query.updated_since``; see the module docs.

    Raises `invoicekit.Unsupported` at once, before any request, for a query the Events API
    cannot answer completely.
    """
    params: dict[str, str | int] = {
        "type": "invoice.*",
        "created[gte]": _since(query),
        "limit": min(query.page_size or MAX_EVENTS_PAGE, MAX_EVENTS_PAGE),
    }
    return _pages(params)


def _pages(params: dict[str, str | int]) -> Generator[Call | Page, httpx.Response | None, None]:
    headers = {"Stripe-Version": STRIPE_VERSION}
    decided: set[str] = set()
    cursor: str | None = None
    while True:
        page_params = params if cursor is None else {**params, "starting_after": cursor}
        response = yield Call(
            {"method": "GET", "url": "/v1/events", "params": page_params, "headers": headers}
        )
        assert response is not None  # the client answers every Call with its response
        events = decode(VENDOR, response.content, _Events)
        raws = decode(VENDOR, response.content, _RawEvents).data
        invoices = []
        deleted = []
        for index, (event, raw) in enumerate(zip(events.data, raws, strict=True)):
            invoice_id = event.data.object.id
            if event.type == "invoice.upcoming" or not invoice_id or invoice_id in decided:
                continue
            decided.add(invoice_id)
            if event.type == "invoice.deleted":
                deleted.append(invoice_id)
                continue
            path = f"$.data[{index}].data.object"
            invoice = yield from whole_invoice(event.data.object, bytes(raw.data.object), path)
            invoices.append(invoice)
        yield Page(invoices, deleted=tuple(deleted))
        if not events.has_more:
            return
        if not events.data or events.data[-1].id == cursor:
            raise Unsupported(
                VENDOR,
                "paging through events",
                f"a page said more events follow but did not move past the cursor {cursor!r}",
            )
        cursor = events.data[-1].id
