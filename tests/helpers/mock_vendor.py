"""Connect any vendor to a MockTransport handler and run one operation, blocking or async."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

import invoicekit

BASE = "https://vendor.example/prefix"
ATTACKER = "attacker.example"
Handler = Callable[[httpx.Request], httpx.Response]


def options(handler: Handler, **kwargs: Any) -> dict[str, Any]:
    """connect() keywords: the MockTransport, no retries, and ``kwargs`` (the credentials)."""
    return {"base_url": BASE, "transport": httpx.MockTransport(handler), "retries": 0, **kwargs}


async def run(
    mode: str, vendor: str, settings: dict[str, Any], operation: str, *args: Any, **kwargs: Any
) -> Any:
    """Connect ``vendor`` with ``settings``, run ``operation(*args, **kwargs)``, close.

    A listing is read to its end.
    """
    if mode == "sync":
        with invoicekit.connect(vendor, **settings) as client:
            result = getattr(client, operation)(*args, **kwargs)
            return list(result) if operation == "list_invoices" else result
    async with invoicekit.connect_async(vendor, **settings) as client:
        if operation == "list_invoices":
            return [invoice async for invoice in client.list_invoices(*args, **kwargs)]
        return await getattr(client, operation)(*args, **kwargs)


def json_response(body: bytes, media_type: str = "application/json") -> httpx.Response:
    """A 200 with ``body``."""
    return httpx.Response(200, content=body, headers={"content-type": media_type})
