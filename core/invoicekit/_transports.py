"""How the clients reach the network: httpx settings split, and a caller's own httpx client.

Retries live in `_retry`; these pieces decide what the retrying transport wraps.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .errors import ConfigurationError

__all__ = ["AsyncClientTransport", "ClientTransport", "client_args", "transport_args"]


# httpx.Client arguments that configure the connection belong to the transport we build; the
# rest (headers, event hooks, ...) to the client.
_TRANSPORT_KEYS = frozenset(
    {"verify", "cert", "proxy", "http1", "http2", "limits", "trust_env", "local_address"}
)


def transport_args(httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: v for k, v in (httpx_args or {}).items() if k in _TRANSPORT_KEYS}


def client_args(httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
    reserved = {"base_url", "transport", "follow_redirects", "auth", "timeout"}
    clash = reserved & set(httpx_args or {})
    if clash:
        raise ConfigurationError(f"httpx_args may not set {', '.join(sorted(clash))}")
    return {k: v for k, v in (httpx_args or {}).items() if k not in _TRANSPORT_KEYS}


class ClientTransport(httpx.BaseTransport):
    """Send through a caller's own `httpx.Client` (proxies, CA, mTLS, hooks), under our retries."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Send through a caller's own `httpx.AsyncClient`, under our retries."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)
