"""`SandboxApp`: the ASGI application that serves every vendor's sandbox under its own prefix."""

from __future__ import annotations

import asyncio
import logging
import threading
import urllib.parse
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from invoicekit._plugins import get_vendor, vendors
from invoicekit._version import __version__
from invoicekit.errors import ConfigurationError, InvoiceKitError, UnknownVendor

from ._faults import FaultPlan, Faults
from ._mutations import (
    Applied,
    MutableSandbox,
    Mutation,
    MutationState,
    mutation_from_json,
    random_mutations,
)
from ._protocol import SandboxError, SandboxRequest, SandboxResponse, VendorSandbox

__all__ = ["CONTROL_PREFIX", "MAX_REQUEST_BODY", "Exchange", "InjectedDisconnect", "SandboxApp"]

logger = logging.getLogger("invoicekit.sandbox")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: Largest request body read, in bytes; a larger one is answered 413 in the vendor's format.
MAX_REQUEST_BODY = 1024 * 1024

#: The path prefix of the sandbox's own control endpoints; no vendor is named so.
CONTROL_PREFIX = "_sandbox"

_FAULT_MESSAGES = {
    "429": "rate limit exceeded (injected by the invoicekit sandbox)",
    "500": "internal server error (injected by the invoicekit sandbox)",
    "503": "service unavailable (injected by the invoicekit sandbox)",
}


class InjectedDisconnect(Exception):
    """Raised by `SandboxApp` mid-response so that the server drops the connection.

    ASGI servers close the connection when the application fails after the response started;
    that is the only portable way to cut a response short. `SandboxServer` keeps these out of
    the server's error log.
    """


@dataclass(frozen=True, slots=True)
class Exchange:
    """One routed request to a `SandboxApp`, as `SandboxApp.exchange` returns it.

    Attributes:
        respond: answers the request, given its body (``None`` when it exceeded
            `MAX_REQUEST_BODY`).
        slow: wait the app's ``faults.slow_seconds`` before responding (an injected slow fault).
        disconnect: send the status, headers and half of the body, then break the connection
            (an injected disconnect).
    """

    respond: Callable[[bytes | None], SandboxResponse]
    slow: bool = False
    disconnect: bool = False


class SandboxApp:
    """An ASGI 3 application serving the sandboxes of registered vendors on one origin.

    ``GET /`` answers a JSON index: ``{"service", "version", "size", "seed", "faults",
    "vendors": [{"name", "title", "base_url", "credentials", "invoices"}]}``. Every other path
    starts with a vendor name: ``/fynn/invoices`` goes to the Fynn sandbox's
    `VendorSandbox.handle` as ``/invoices``. An unknown vendor gets a JSON 404.

    Vendor sandboxes are built on the first request for them (``get_vendor(name).sandbox()``
    called with ``size`` and ``seed``), and built once. Faults (`Faults`) apply to vendor
    routes only. Run it under any ASGI server; `SandboxServer` runs it under uvicorn.

    Sandboxes that support mutations (`MutableSandbox`) can change while they run (`mutate`,
    `mutate_randomly`), also through the control endpoints, which no fault touches:

    * ``POST /_sandbox/mutations`` with ``{"vendor", "op", "invoice_id", "status", "paid",
      "total"}`` (one mutation), ``{"vendor", "mutations": [...]}`` (several, in order) or
      ``{"vendor", "random": <count>, "seed": <int>}`` (a seeded schedule) answers 200
      ``{"applied": [{"vendor", "op", "invoice_id", "sequence", "at"}]}``; an invalid
      mutation is a 400, an unknown invoice 404, a reserve used up 409 (nothing applied).
    * ``GET /_sandbox/invoices/{vendor}`` answers ``{"vendor", "sequence", "ids"}``: the ids
      of every invoice that exists now.

    Args:
        vendors: the vendors to serve; ``None`` serves every registered vendor that has a
            sandbox.
        size: invoices per vendor.
        seed: seeds every vendor's data: the same seed serves the same bytes.
        faults: faults to inject, or ``None`` for none.
        reserve: invoices per mutable vendor that exist hidden until a ``create`` reveals
            them (the vendor sandbox is built with ``size + reserve``; 0 allows no create).

    Attributes:
        requests: requests served per vendor name.
        faults_injected: faults injected per kind (``"429"``, ``"slow"``, ...).
    """

    def __init__(
        self,
        vendors: Sequence[str] | None = None,
        *,
        size: int = 200,
        seed: int = 0,
        faults: Faults | None = None,
        reserve: int = 0,
    ) -> None:
        if isinstance(reserve, bool) or not isinstance(reserve, int) or reserve < 0:
            raise ValueError(f"reserve must be an int >= 0, got {reserve!r}")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError(f"size must be an int >= 0, got {size!r}")
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise ValueError(f"seed must be an int, got {seed!r}")
        self.size = size
        self.seed = seed
        self.reserve = reserve
        self.faults = faults or Faults()
        self._names = None if vendors is None else tuple(dict.fromkeys(vendors))
        self._plan = FaultPlan(self.faults) if self.faults.enabled else None
        self._sandboxes: dict[str, VendorSandbox] = {}
        self._states: dict[str, MutationState] = {}
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.faults_injected: Counter[str] = Counter()

    def __repr__(self) -> str:
        names = "all" if self._names is None else ",".join(self._names)
        return f"<SandboxApp vendors={names} size={self.size} seed={self.seed}>"

    # -- vendors -------------------------------------------------------------------------

    def vendors(self) -> list[str]:
        """The vendor names served, sorted; checks that each named vendor has a sandbox.

        Raises:
            UnknownVendor: a named vendor is not registered.
            ConfigurationError: a named vendor has no sandbox.
        """
        if self._names is None:
            return [name for name in vendors() if get_vendor(name).sandbox() is not None]
        for name in self._names:
            _factory(name)
        return sorted(self._names)

    def sandbox(self, vendor: str) -> VendorSandbox:
        """The sandbox of ``vendor``, built on first use (thread-safe).

        Raises:
            UnknownVendor: ``vendor`` is not registered or not served by this app.
            ConfigurationError: it has no sandbox, or its factory built something else.
        """
        found = self._sandboxes.get(vendor)
        if found is not None:
            return found
        with self._lock:
            if vendor not in self._sandboxes:
                if self._names is not None and vendor not in self._names:
                    raise UnknownVendor(vendor, self._names, hint="not served by this sandbox")
                mutable = _mutable(vendor)
                size = self.size + self.reserve if mutable else self.size
                built = _factory(vendor)(size=size, seed=self.seed)
                if not isinstance(built, VendorSandbox) or built.vendor != vendor:
                    raise ConfigurationError(
                        f"its sandbox factory returned {built!r}, not a VendorSandbox for it",
                        vendor=vendor,
                    )
                if isinstance(built, MutableSandbox):
                    state = MutationState(
                        vendor, built.invoice_ids(), built.reserved(self.reserve if mutable else 0)
                    )
                    built.attach(state)
                    self._states[vendor] = state
                self._sandboxes[vendor] = built
            return self._sandboxes[vendor]

    # -- mutations -----------------------------------------------------------------------

    def mutations(self, vendor: str) -> MutationState:
        """The mutation overlay of ``vendor``'s sandbox.

        Raises:
            UnknownVendor: ``vendor`` is not registered or not served by this app.
            ConfigurationError: its sandbox does not support mutations.
        """
        self.sandbox(vendor)
        state = self._states.get(vendor)
        if state is None:
            raise ConfigurationError("its sandbox does not support mutations", vendor=vendor)
        return state

    def mutate(self, vendor: str, *mutations: Mutation) -> list[Applied]:
        """Apply ``mutations`` to ``vendor``'s sandbox, in order; the sandbox serves them at once.

        Raises:
            SandboxError: a mutation cannot apply (400 invalid, 404 no such invoice, 409 the
                reserve is used up); the mutations before it stay applied.
        """
        state = self.mutations(vendor)
        sandbox = self.sandbox(vendor)
        assert isinstance(sandbox, MutableSandbox)
        return [state.apply(mutation, sandbox) for mutation in mutations]

    def mutate_randomly(self, vendor: str, count: int, *, seed: int = 0) -> list[Applied]:
        """Apply ``count`` seeded mutations (`random_mutations`) to ``vendor``'s sandbox."""
        state = self.mutations(vendor)
        sandbox = self.sandbox(vendor)
        assert isinstance(sandbox, MutableSandbox)
        statuses = tuple(getattr(sandbox, "mutation_statuses", ()))
        return random_mutations(state, sandbox, count, seed=seed, statuses=statuses)

    def live_ids(self, vendor: str) -> list[str]:
        """The ids of every invoice ``vendor``'s sandbox serves now, in index order."""
        state = self._states.get(vendor) if vendor in self._sandboxes else None
        if state is None:
            self.sandbox(vendor)
            state = self._states.get(vendor)
        if state is None:
            return list(self.sandbox(vendor).invoice_ids())
        return state.live_ids()

    def _control(self, method: str, path: str, body: bytes | None) -> SandboxResponse:
        """Answer a control request below ``/_sandbox/``."""
        try:
            if path == "mutations":
                if method != "POST":
                    return _json_error(405, "mutations are POSTed", headers={"allow": "POST"})
                if body is None:
                    return _json_error(413, "request body too large")
                return SandboxResponse.json(200, {"applied": self._mutate_json(body)})
            if path.startswith("invoices/"):
                vendor = path.removeprefix("invoices/")
                if method != "GET":
                    return _json_error(405, "invoices are read with GET", headers={"allow": "GET"})
                ids = self.live_ids(vendor)
                sequence = self._states[vendor].sequence if vendor in self._states else 0
                return SandboxResponse.json(
                    200, {"vendor": vendor, "sequence": sequence, "ids": ids}
                )
        except SandboxError as exc:
            return _json_error(exc.status, exc.message)
        except (UnknownVendor, _NoSandbox) as exc:
            return _json_error(404, str(exc))
        except ConfigurationError as exc:
            return _json_error(409, str(exc))
        return _json_error(404, f"no control endpoint /{CONTROL_PREFIX}/{path}")

    def _mutate_json(self, body: bytes) -> list[dict[str, Any]]:
        request = SandboxRequest(method="POST", path="/", body=body)
        payload = request.json()
        if not isinstance(payload, dict) or not isinstance(payload.get("vendor"), str):
            raise SandboxError(400, 'a mutation request is a JSON object with a "vendor"')
        vendor = payload["vendor"]
        if "random" in payload:
            count, seed = payload.get("random"), payload.get("seed", 0)
            if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 100_000:
                raise SandboxError(400, "random must be an integer count of 0..100000")
            if not isinstance(seed, int) or isinstance(seed, bool):
                raise SandboxError(400, "seed must be an integer")
            return [a.to_json() for a in self.mutate_randomly(vendor, count, seed=seed)]
        items = payload.get("mutations", [payload])
        if not isinstance(items, list):
            raise SandboxError(400, "mutations must be a list")
        mutations = [mutation_from_json(item) for item in items]
        return [a.to_json() for a in self.mutate(vendor, *mutations)]

    def index(self, origin: str) -> dict[str, Any]:
        """The document ``GET /`` answers, for a server reachable at ``origin``."""
        entries = []
        for name in self.vendors():
            sandbox = self.sandbox(name)
            entries.append(
                {
                    "name": name,
                    "title": get_vendor(name).title,
                    "base_url": f"{origin}/{name}",
                    "credentials": dict(sandbox.credentials),
                    "invoices": len(self.live_ids(name))
                    if name in self._states
                    else len(sandbox.invoice_ids()),
                }
            )
        faults = self.faults.describe()
        return {
            "service": "invoicekit sandbox",
            "version": __version__,
            "size": self.size,
            "seed": self.seed,
            "faults": faults or None,
            "vendors": entries,
        }

    # -- ASGI ----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection scope (``http`` or ``lifespan``)."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1003})

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        body = await _read_body(receive)
        exchange = self.exchange(
            method, str(scope["path"]), _origin(scope), _query(scope), _headers(scope)
        )
        if exchange.slow:
            await asyncio.sleep(self.faults.slow_seconds)
        response = exchange.respond(body)
        await _send(send, response, head=method == "HEAD", disconnect=exchange.disconnect)
        if exchange.disconnect:
            raise InjectedDisconnect(f"{method} {scope['path']}: connection dropped on purpose")

    def exchange(
        self,
        method: str,
        path: str,
        origin: str,
        query: tuple[tuple[str, str], ...] = (),
        headers: Mapping[str, str] | None = None,
    ) -> Exchange:
        """Route one request and draw its faults; the caller waits, then calls `Exchange.respond`.

        The ASGI app and the in-process httpx transports (`invoicekit.sandbox.SandboxTransport`)
        both answer through this, so a request gets the same answer, faults included, either
        way. ``path`` is percent-decoded; ``origin`` is the scheme and host the client used
        (``http://127.0.0.1:8765``); ``headers`` have lower-case names.
        """
        method = method.upper()
        head = method == "HEAD"
        name, _, rest = path.lstrip("/").partition("/")
        if not name:
            return Exchange(lambda body: self._index_response(method, origin))
        if name == CONTROL_PREFIX:
            return Exchange(lambda body: self._control(method, rest, body))
        try:
            _factory(name)
            sandbox = self.sandbox(name)
        except (UnknownVendor, _NoSandbox) as exc:
            missing = _json_error(404, str(exc))
            return Exchange(lambda body: missing)
        except Exception as exc:  # a broken factory is the plugin's bug: answer 500
            logger.exception("building the %s sandbox failed", name)
            broken = _json_error(500, f"{name} sandbox failed to start: {exc}")
            return Exchange(lambda body: broken)
        self.requests[name] += 1
        fault, slow = self._plan.next() if self._plan else (None, False)
        if slow:
            self.faults_injected["slow"] += 1

        def respond(body: bytes | None) -> SandboxResponse:
            if body is None:
                response = _render(sandbox, SandboxError(413, "request body too large"))
            elif fault in _FAULT_MESSAGES:
                self.faults_injected[str(fault)] += 1
                response = self._fault_response(sandbox, str(fault))
            else:
                request = SandboxRequest(
                    method="GET" if head else method,
                    path="/" + rest,
                    query=query,
                    headers=headers or {},
                    body=body,
                    base_url=f"{origin}/{name}",
                )
                response = _dispatch(sandbox, request)
            if fault == "truncate":
                self.faults_injected["truncate"] += 1
                response = SandboxResponse(
                    response.status, response.body[: len(response.body) // 2], response.headers
                )
            elif fault == "disconnect":
                self.faults_injected["disconnect"] += 1
            return response

        return Exchange(respond, slow=slow, disconnect=fault == "disconnect")

    def _index_response(self, method: str, origin: str) -> SandboxResponse:
        if method not in {"GET", "HEAD"}:
            return _json_error(405, f"{method} is not allowed here", headers={"allow": "GET, HEAD"})
        try:
            return SandboxResponse.json(200, self.index(origin))
        except InvoiceKitError as exc:
            return _json_error(500, str(exc))

    def _fault_response(self, sandbox: VendorSandbox, fault: str) -> SandboxResponse:
        response = _render(sandbox, SandboxError(int(fault), _FAULT_MESSAGES[fault]))
        if fault == "429":
            headers = {**response.headers, "retry-after": self.faults.retry_after_header}
            response = SandboxResponse(response.status, response.body, headers)
        return response


class _NoSandbox(ConfigurationError):
    """The vendor is registered but provides no sandbox."""


def _factory(name: str) -> Any:
    factory = get_vendor(name).sandbox()
    if factory is None:
        raise _NoSandbox("this vendor has no sandbox", vendor=name)
    return factory


def _mutable(name: str) -> bool:
    """Whether ``name``'s sandbox class supports mutations (so it is built with the reserve)."""
    factory = _factory(name)
    return isinstance(factory, type) and all(
        callable(getattr(factory, hook, None)) for hook in ("reserved", "attach", "mutable")
    )


def _dispatch(sandbox: VendorSandbox, request: SandboxRequest) -> SandboxResponse:
    try:
        response = sandbox.handle(request)
    except SandboxError as exc:
        return _render(sandbox, exc)
    except Exception as exc:  # a sandbox bug must answer 500, not kill the connection
        logger.exception("%s sandbox failed on %s %s", sandbox.vendor, request.method, request.path)
        return _json_error(500, f"{sandbox.vendor} sandbox failed: {type(exc).__name__}: {exc}")
    if not isinstance(response, SandboxResponse):
        logger.error("%s sandbox returned %r, not a SandboxResponse", sandbox.vendor, response)
        return _json_error(500, f"{sandbox.vendor} sandbox returned {type(response).__name__}")
    return response


def _render(sandbox: VendorSandbox, error: SandboxError) -> SandboxResponse:
    """The vendor's error body for ``error``, with the error's extra headers."""
    try:
        response = sandbox.error(error.status, error.message)
    except Exception:
        logger.exception("%s sandbox failed to render a %d error", sandbox.vendor, error.status)
        return _json_error(error.status, error.message, headers=error.headers)
    return SandboxResponse(response.status, response.body, {**response.headers, **error.headers})


def _json_error(
    status: int, message: str, *, headers: Mapping[str, str] | None = None
) -> SandboxResponse:
    """The framework's own error body, for answers that belong to no vendor."""
    return SandboxResponse.json(status, {"error": message}, headers=headers)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_body(receive: Receive) -> bytes | None:
    """The request body, or ``None`` once it exceeds `MAX_REQUEST_BODY` (the rest is drained)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= MAX_REQUEST_BODY:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks) if size <= MAX_REQUEST_BODY else None


async def _send(
    send: Send, response: SandboxResponse, *, head: bool = False, disconnect: bool = False
) -> None:
    """Send ``response``; with ``disconnect``, only half of its body and no end of message."""
    body = response.body
    headers = [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in response.headers.items()
        if name.lower() != "content-length"
    ]
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": response.status, "headers": headers})
    if disconnect:
        await send(
            {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
        )
        return
    await send({"type": "http.response.body", "body": b"" if head else body})


def _origin(scope: Scope) -> str:
    scheme = scope.get("scheme", "http")
    host = None
    for name, value in scope.get("headers", ()):
        if name == b"host":
            host = value.decode("latin-1")
    if not host:
        server = scope.get("server") or ("127.0.0.1", 80)
        address, port = server[0], server[1]
        host = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
    return f"{scheme}://{host}{scope.get('root_path', '')}"


def _query(scope: Scope) -> tuple[tuple[str, str], ...]:
    raw = bytes(scope.get("query_string", b"")).decode("latin-1")
    return tuple(urllib.parse.parse_qsl(raw, keep_blank_values=True, errors="replace"))


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope.get("headers", ()):
        name, value = raw_name.decode("latin-1").lower(), raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers
