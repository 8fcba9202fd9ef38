"""Call an ASGI application directly, without a server: for unit tests of `SandboxApp`."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import msgspec


@dataclass
class Reply:
    """What the application sent."""

    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    complete: bool = False

    def json(self) -> Any:
        return msgspec.json.decode(self.body)


def call(
    app: Any,
    method: str,
    path: str,
    *,
    query: str = "",
    headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
    chunk: int = 65536,
    host: str | None = "sandbox.test",
) -> Reply:
    """Send one HTTP request through ``app`` and collect the reply."""
    all_headers = [(name.lower().encode(), value.encode()) for name, value in headers]
    if host is not None:
        all_headers.append((b"host", host.encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": all_headers,
        "server": ("127.0.0.1", 8765),
        "client": ("127.0.0.1", 50000),
    }
    parts = [body[i : i + chunk] for i in range(0, len(body), chunk)] or [b""]
    messages = [
        {"type": "http.request", "body": part, "more_body": i < len(parts) - 1}
        for i, part in enumerate(parts)
    ]
    reply = Reply()

    async def receive() -> MutableMapping[str, Any]:
        if messages:
            return messages.pop(0)
        return {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            reply.status = message["status"]
            reply.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            reply.body += message.get("body", b"")
            reply.complete = not message.get("more_body", False)

    asyncio.run(app(scope, receive, send))
    return reply


def lifespan(app: Any) -> list[str]:
    """Run a lifespan startup and shutdown through ``app``; return the messages it sent."""
    incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[str] = []

    async def receive() -> MutableMapping[str, Any]:
        return incoming.pop(0)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message["type"])

    asyncio.run(app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))
    return sent
