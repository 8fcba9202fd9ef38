"""`asgi_app`: a plain-ASGI receiver that verifies, parses and applies vendor webhooks.

Mount it in any ASGI server. Each account gets its own URL, ``POST /{vendor}/{account}``,
so the store knows whose invoice an event is about, which secret signed it and which client
fetches an invoice the event only names.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any

from invoicekit.errors import (
    InvoiceKitError,
    NormalizationError,
    NotFound,
    UnknownVendor,
    Unsupported,
    WebhookSignatureError,
)
from invoicekit.sync import Store
from invoicekit.webhooks._api import DEFAULT_TOLERANCE, Secrets, parse, verify
from invoicekit.webhooks._event import EventKind, WebhookEvent

if TYPE_CHECKING:
    from invoicekit.client import AsyncInvoiceClient, InvoiceClient
    from invoicekit.model import Invoice

__all__ = ["DEFAULT_MAX_BODY", "ClientFactory", "asgi_app"]

logger = logging.getLogger("invoicekit.webhooks")

#: Builds the client that fetches an account's invoices: ``factory(vendor, account)``. An
#: async client is awaited; a blocking one runs in a worker thread.
ClientFactory = Callable[[str, str], "AsyncInvoiceClient | InvoiceClient"]

#: The largest body accepted, in bytes; larger deliveries are refused unread (413).
DEFAULT_MAX_BODY = 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


class _Refused(Exception):
    """A delivery answered with a 4xx and no store write."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


async def _answer(send: Send, status: int, payload: Mapping[str, Any]) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length" and value.isdigit() and int(value) > limit:
            raise _Refused(413, f"body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Refused(400, "client disconnected before the body was complete")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _Refused(413, f"body larger than {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _apply(
    store: Store, account: str, event: WebhookEvent, invoice: Invoice | None, *, gone: bool
) -> str:
    """Write ``event`` to ``store`` in one transaction; the outcome's name, or ``ignored``.

    ``invoice`` is the embedded or fetched invoice; ``gone`` says a fetch found it deleted.
    Either is stamped with the event's time: the data is at least that new, so an older
    event arriving later never overwrites it, while a newer one still does.
    """
    with store.transaction():
        if (event.kind is EventKind.DELETED or gone) and event.invoice_id is not None:
            return store.tombstone(
                event.vendor, account, event.invoice_id, at=event.occurred_at
            ).value
        if invoice is not None:
            return store.upsert(account, invoice, not_older_than=event.occurred_at).value
    return "ignored"


@dataclasses.dataclass(frozen=True)
class _Found:
    invoice: Invoice | None
    gone: bool = False


async def _invoice_of(
    fetcher: _Clients, vendor: str, account: str, event: WebhookEvent
) -> _Found | tuple[int, dict[str, Any]]:
    """The event's invoice (embedded or fetched), or the answer to give instead."""
    if event.kind is EventKind.DELETED:
        return _Found(event.invoice)
    if event.invoice is not None and not (event.partial and fetcher.configured):
        return _Found(event.invoice)
    if event.kind is EventKind.OTHER or event.invoice_id is None:
        return 202, {"event": event.id, "outcome": "not recorded: it names no invoice change"}
    if not fetcher.configured:
        return 202, {"event": event.id, "outcome": "not recorded: no client to fetch it"}
    try:
        invoice = await fetcher.fetch(vendor, account, event.invoice_id)
    except NotFound:
        return _Found(None, gone=True)
    except InvoiceKitError as exc:
        logger.warning("fetching a %s invoice for %s failed: %s", vendor, account, exc)
        return 503, {"error": f"fetching the invoice failed: {type(exc).__name__}"}
    if invoice.id != event.invoice_id:
        return 502, {"error": "the vendor answered with another invoice than the event names"}
    return _Found(invoice)


class _Clients:
    """One client per (vendor, account), built on first use by the factory, closed at shutdown."""

    def __init__(self, factory: ClientFactory | None) -> None:
        self._factory = factory
        self._clients: dict[tuple[str, str], AsyncInvoiceClient | InvoiceClient] = {}

    @property
    def configured(self) -> bool:
        return self._factory is not None

    async def fetch(self, vendor: str, account: str, invoice_id: str) -> Invoice:
        """The invoice, read now from the vendor with the account's client."""
        key = (vendor, account)
        client = self._clients.get(key)
        if client is None:
            assert self._factory is not None
            client = self._clients[key] = self._factory(vendor, account)
        if inspect.iscoroutinefunction(client.get_invoice):
            return await client.get_invoice(invoice_id)  # type: ignore[no-any-return]
        # A blocking client: keep its I/O off the event loop.
        return await asyncio.to_thread(client.get_invoice, invoice_id)  # type: ignore[arg-type]

    async def close(self) -> None:
        for client in self._clients.values():
            closing = client.close()
            if asyncio.iscoroutine(closing):
                await closing
        self._clients.clear()


def asgi_app(
    *,
    store: Store,
    secrets: Mapping[str, Mapping[str, Secrets]],
    clients: ClientFactory | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    tolerance: dt.timedelta | float = DEFAULT_TOLERANCE,
) -> App:
    """A plain-ASGI application receiving webhooks at ``POST /{vendor}/{account}``.

    ``secrets`` maps vendor name, then account name, to that account's webhook secret (or a
    list of them while one is rotated). For each delivery the app:

    1. refuses a body over ``max_body`` bytes (413) before reading more of it;
    2. verifies the signature, with ``tolerance`` for signed timestamps; a delivery that fails,
       including another vendor's payload, is refused (401) and never parsed;
    3. parses the event (a malformed body: 400, naming the JSON path);
    4. when the event names an invoice it does not embed (a created, updated or paid event), or
       embeds only part of it (`WebhookEvent.partial`), fetches the invoice with the account's
       client from ``clients(vendor, account)``; a fetch that finds it gone (404) tombstones it;
       any other fetch failure answers 503 and writes nothing, so the vendor's retry tries
       again;
    5. applies it in one store transaction: the embedded or fetched invoice is upserted with
       ``not_older_than`` the event time, a deletion tombstones the invoice at the event time,
       so duplicates are idempotent and older events never overwrite newer data;
    6. answers 200 only after the commit; a store failure answers 500 so the vendor retries.

    Without ``clients``, a partial embedded invoice is stored as it is, and an event that does
    not embed its invoice is answered 202 and nothing is recorded (run a reconciliation sync to
    pick such changes up); so is an event of kind ``other``. Unknown paths or unconfigured
    vendors/accounts get 404; methods other than POST 405. The store is written from the event
    loop: its writes are short local commits. Clients are built on first use and closed at the
    ASGI lifespan's shutdown.
    """
    fetcher = _Clients(clients)

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await fetcher.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        try:
            status, payload = await _handle(scope, receive)
        except _Refused as refused:
            status, payload = refused.status, {"error": refused.message}
        await _answer(send, status, payload)

    async def _handle(scope: Scope, receive: Receive) -> tuple[int, dict[str, Any]]:
        parts = [part for part in str(scope.get("path", "")).split("/") if part]
        configured = secrets.get(parts[0], {}) if len(parts) == 2 else {}
        if len(parts) != 2 or parts[1] not in configured:
            raise _Refused(404, "no webhook receiver is configured at this path")
        vendor, account = parts
        if scope.get("method") != "POST":
            raise _Refused(405, "webhooks are delivered with POST")
        body = await _read_body(scope, receive, max_body)
        try:
            verify(vendor, body, scope.get("headers", []), configured[account], tolerance=tolerance)
        except WebhookSignatureError as exc:
            raise _Refused(401, str(exc)) from exc
        except (UnknownVendor, Unsupported) as exc:
            raise _Refused(404, str(exc)) from exc
        try:
            event = parse(vendor, body)
        except NormalizationError as exc:
            raise _Refused(400, str(exc)) from exc
        found = await _invoice_of(fetcher, vendor, account, event)
        if isinstance(found, tuple):
            return found
        invoice, gone = found.invoice, found.gone
        try:
            outcome = _apply(store, account, event, invoice, gone=gone)
        except InvoiceKitError as exc:
            return 500, {"error": f"the store could not record the event: {type(exc).__name__}"}
        return 200, {"event": event.id, "outcome": outcome}

    return app
