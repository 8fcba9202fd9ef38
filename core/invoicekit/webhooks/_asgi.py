"""`asgi_app`: a plain-ASGI receiver that verifies, parses and applies vendor webhooks.

Mount it in any ASGI server. Each account gets its own URL, ``POST /{vendor}/{account}``,
so the store knows whose invoice an event is about and which secret signed it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any

from invoicekit.errors import (
    InvoiceKitError,
    NormalizationError,
    UnknownVendor,
    Unsupported,
    WebhookSignatureError,
)
from invoicekit.sync import Store
from invoicekit.webhooks._api import DEFAULT_TOLERANCE, Secrets, parse, verify
from invoicekit.webhooks._event import EventKind, WebhookEvent

__all__ = ["DEFAULT_MAX_BODY", "asgi_app"]

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


def _apply(store: Store, account: str, event: WebhookEvent) -> str:
    """Write ``event`` to ``store`` in one transaction; the outcome's name, or ``ignored``."""
    with store.transaction():
        if event.kind is EventKind.DELETED and event.invoice_id is not None:
            return store.tombstone(
                event.vendor, account, event.invoice_id, at=event.occurred_at
            ).value
        if event.invoice is not None:
            return store.upsert(account, event.invoice, not_older_than=event.occurred_at).value
    return "ignored"


def asgi_app(
    *,
    store: Store,
    secrets: Mapping[str, Mapping[str, Secrets]],
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
    4. applies it in one store transaction: an embedded invoice is upserted with
       ``not_older_than`` the event time, a deletion tombstones the invoice at the event time,
       so duplicates are idempotent and older events never overwrite newer data;
    5. answers 200 only after the commit; a store failure answers 500 so the vendor retries.

    An event that does not embed the invoice is answered 202 and nothing is recorded: this
    receiver does not fetch invoices, so run a reconciliation sync to pick such changes up.
    Unknown paths or unconfigured vendors/accounts get 404; methods other than POST 405.
    The store is written from the event loop: its writes are short local commits.
    """

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
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
        if event.invoice is None and event.kind is not EventKind.DELETED:
            return 202, {"event": event.id, "outcome": "not recorded: no embedded invoice"}
        try:
            outcome = _apply(store, account, event)
        except InvoiceKitError as exc:
            return 500, {"error": f"the store could not record the event: {type(exc).__name__}"}
        return 200, {"event": event.id, "outcome": outcome}

    return app
