"""In-process httpx transports over a `SandboxApp`: the sandbox without a thread, socket or server.

A client built with ``transport=SandboxTransport(app)`` (or `AsyncSandboxTransport` for
``connect_async``) gets exactly the answers a `SandboxServer` would send, faults included,
computed in the calling thread, the way `httpx.MockTransport` answers from a function.
`SandboxServer.connect` and the ``invoicekit_sandbox`` pytest fixture use them; ``invoicekit
sandbox`` keeps the real server, for clients in other processes.

The faults behave as over a socket: a slow answer waits (and a read timeout shorter than the
wait raises `httpx.ReadTimeout` after the timeout), a disconnect delivers the status, the
headers and half of the body and then raises `httpx.RemoteProtocolError` while the body is read.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._app import MAX_REQUEST_BODY, Exchange, SandboxApp, _headers, _origin, _query

__all__ = ["IN_PROCESS_ORIGIN", "AsyncSandboxTransport", "SandboxTransport"]

#: The origin of the ``base_url`` that `SandboxServer.connect` uses while no server runs. A
#: loopback name, so that plain http is allowed; nothing ever connects to it.
IN_PROCESS_ORIGIN = "http://localhost"


class SandboxTransport(httpx.BaseTransport):
    """A blocking httpx transport that answers every request from ``app``, in this thread.

    ``httpx.Client(transport=SandboxTransport(app), base_url="http://localhost/fynn")`` talks
    to the Fynn sandbox of ``app``; so does ``invoicekit.connect("fynn", transport=...)``.
    """

    def __init__(self, app: SandboxApp) -> None:
        self.app = app

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.app!r}>"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` as the sandbox server would."""
        body = request.read()
        exchange = _exchange(self.app, request)
        if exchange.slow:
            wait, timed_out = _slow(self.app, request)
            time.sleep(wait)
            if timed_out:
                raise httpx.ReadTimeout("timed out (an injected slow answer)", request=request)
        return _response(request, exchange, _capped(body))


class AsyncSandboxTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `SandboxTransport`, for `httpx.AsyncClient` and ``connect_async``.

    The sandboxes compute their answers synchronously (they are fast and do no I/O); only an
    injected slow answer waits, with `asyncio.sleep`.
    """

    def __init__(self, app: SandboxApp) -> None:
        self.app = app

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.app!r}>"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer ``request`` as the sandbox server would."""
        body = await request.aread()
        exchange = _exchange(self.app, request)
        if exchange.slow:
            wait, timed_out = _slow(self.app, request)
            await asyncio.sleep(wait)
            if timed_out:
                raise httpx.ReadTimeout("timed out (an injected slow answer)", request=request)
        return _response(request, exchange, _capped(body))


def _exchange(app: SandboxApp, request: httpx.Request) -> Exchange:
    # The request seen as the ASGI scope a server would build (header names in lower case), to
    # share the app's parsing.
    scope = {
        "scheme": request.url.scheme,
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "query_string": request.url.query,
    }
    origin, query, headers = _origin(scope), _query(scope), _headers(scope)
    return app.exchange(request.method, request.url.path, origin, query, headers)


def _capped(body: bytes) -> bytes | None:
    return body if len(body) <= MAX_REQUEST_BODY else None


def _slow(app: SandboxApp, request: httpx.Request) -> tuple[float, bool]:
    """How long a slow answer waits, and whether the client's read timeout ends the wait first."""
    wait = app.faults.slow_seconds
    read = request.extensions.get("timeout", {}).get("read")
    if read is not None and read < wait:
        return read, True
    return wait, False


def _response(request: httpx.Request, exchange: Exchange, body: bytes | None) -> httpx.Response:
    answer = exchange.respond(body)
    headers = [(k, v) for k, v in answer.headers.items() if k.lower() != "content-length"]
    headers.append(("content-length", str(len(answer.body))))
    if exchange.disconnect:
        stream = _BrokenBody(answer.body[: len(answer.body) // 2], request)
        return httpx.Response(answer.status, headers=headers, stream=stream, request=request)
    content = b"" if request.method == "HEAD" else answer.body
    return httpx.Response(answer.status, headers=headers, content=content, request=request)


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a body, then the error httpx raises when the peer closes mid-body."""

    def __init__(self, part: bytes, request: httpx.Request) -> None:
        self._part = part
        self._request = request

    def _broken(self) -> httpx.RemoteProtocolError:
        return httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body (an injected disconnect)",
            request=self._request,
        )

    def __iter__(self) -> Iterator[bytes]:
        yield self._part
        raise self._broken()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._part
        raise self._broken()
