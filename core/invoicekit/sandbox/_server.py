"""`SandboxServer`: a `SandboxApp` under uvicorn on loopback, in the background or foreground.

Its clients (`SandboxServer.connect`) need no server: they answer in-process.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from types import FrameType
from typing import TYPE_CHECKING, Any, Self

from invoicekit._extras import require

from ._app import InjectedDisconnect, SandboxApp
from ._faults import Faults
from ._mutations import Applied, Mutation
from ._transport import IN_PROCESS_ORIGIN, AsyncSandboxTransport, SandboxTransport
from ._webhooks import WebhookFaults, WebhookSender

if TYPE_CHECKING:
    import uvicorn

    from invoicekit.client import AsyncInvoiceClient, InvoiceClient

__all__ = ["SandboxServer", "serve"]

_START_TIMEOUT = 15.0


class _DropInjectedDisconnects(logging.Filter):
    """Keep the connections the sandbox drops on purpose out of uvicorn's error log."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedDisconnect))


def _quiet_injected_disconnects() -> None:
    server_log = logging.getLogger("uvicorn.error")
    if not any(isinstance(item, _DropInjectedDisconnects) for item in server_log.filters):
        server_log.addFilter(_DropInjectedDisconnects())


def _bind(host: str, port: int) -> socket.socket:
    """A listening socket; binding here raises ``OSError`` (port in use) in the caller's thread."""
    return listening_socket(host, port)


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound, listening TCP socket for ``host:port`` (``OSError`` when it cannot bind).

    Created with its protocol named (``IPPROTO_TCP``): asyncio disables Nagle's algorithm only
    on such sockets, and with Nagle on every small answer waits for the client's delayed ACK
    (about 40 ms on Linux loopback).
    """
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
    try:
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


class SandboxServer:
    """A real HTTP server on loopback serving the vendor sandboxes, for tests and demos.

    `start` binds its socket in the caller (``port=0`` picks a free port), then runs uvicorn in a
    daemon thread, for clients in other processes and for raw HTTP. `connect` needs no server:
    its clients answer in-process (`SandboxTransport`), started or not::

        server = SandboxServer(size=1000)
        with server.connect("fynn") as client:
            invoice = next(client.list_invoices())

        with SandboxServer(size=1000) as server:  # a real server as well, at server.url
            subprocess.run(["invoicekit", "list", "--base-url", server.base_url("fynn"), ...])

    Args:
        vendors: the vendors to serve; ``None`` serves every registered vendor with a sandbox.
        host: the address to listen on; keep the loopback default unless you mean otherwise.
        port: the port, or ``0`` for a free one chosen by the OS.
        size: invoices per vendor.
        seed: seeds the data.
        faults: faults to inject (`Faults`), or ``None``.
        reserve: hidden invoices per mutable vendor that ``create`` mutations reveal.
        app: serve this `SandboxApp` instead of building one from the arguments above.
        log_level: uvicorn's log level (``"info"`` adds the access log).
        start_on_demand: start the server the first time its `url` is needed (`url`,
            `base_url`, `send_webhooks`), so that a shared server costs nothing until a
            test needs a socket; the pytest fixture does this.

    Raises (from `start`):
        UnknownVendor: a named vendor is not registered.
        ConfigurationError: a named vendor has no sandbox.
        OSError: the address cannot be bound (port in use).
    """

    def __init__(
        self,
        vendors: Sequence[str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        size: int = 200,
        seed: int = 0,
        faults: Faults | None = None,
        reserve: int = 0,
        app: SandboxApp | None = None,
        log_level: str = "warning",
        start_on_demand: bool = False,
    ) -> None:
        self.app = (
            app
            if app is not None
            else SandboxApp(vendors, size=size, seed=seed, faults=faults, reserve=reserve)
        )
        self.host = host
        self.port = port
        self.log_level = log_level
        self.start_on_demand = start_on_demand
        self._start_lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    def __repr__(self) -> str:
        state = self.url if self.running else "stopped"
        return f"<SandboxServer {state} {self.app!r}>"

    @property
    def running(self) -> bool:
        """Whether the server thread is serving."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def url(self) -> str:
        """The server's root URL with the real port, such as ``http://127.0.0.1:53412``."""
        if self._thread is None and self.start_on_demand:
            with self._start_lock:
                if self._thread is None:
                    self.start()
        if self._thread is None:
            raise RuntimeError("the sandbox server is not started")
        host = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(self.host, self.host)
        return f"http://[{host}]:{self.port}" if ":" in host else f"http://{host}:{self.port}"

    def vendors(self) -> list[str]:
        """The vendor names served, sorted."""
        return self.app.vendors()

    def base_url(self, vendor: str) -> str:
        """The ``base_url`` to connect to ``vendor``'s sandbox, such as ``.../fynn``."""
        self.app.sandbox(vendor)  # UnknownVendor or ConfigurationError for a vendor not served
        return f"{self.url}/{vendor}"

    def credentials(self, vendor: str) -> dict[str, str]:
        """The credentials ``vendor``'s sandbox accepts, as `invoicekit.connect` keywords."""
        return dict(self.app.sandbox(vendor).credentials)

    def connect(self, vendor: str, **kwargs: Any) -> InvoiceClient:
        """`invoicekit.connect` to ``vendor``'s sandbox; ``kwargs`` override the credentials.

        The client answers in-process through a `SandboxTransport` (no socket, started or
        not), unless ``kwargs`` bring their own ``transport`` or ``http_client``: those reach
        the real server, which must then be started.
        """
        from invoicekit.client import connect  # noqa: PLC0415 - the client imports the registry

        options = self._connect_options(vendor, kwargs, SandboxTransport)
        return connect(vendor, **options)

    def connect_async(self, vendor: str, **kwargs: Any) -> AsyncInvoiceClient:
        """`invoicekit.connect_async` to ``vendor``'s sandbox; like `connect`."""
        from invoicekit.client import connect_async  # noqa: PLC0415 - as in connect

        options = self._connect_options(vendor, kwargs, AsyncSandboxTransport)
        return connect_async(vendor, **options)

    def _connect_options(
        self,
        vendor: str,
        kwargs: dict[str, Any],
        transport: type[SandboxTransport] | type[AsyncSandboxTransport],
    ) -> dict[str, Any]:
        options: dict[str, Any] = {**self.credentials(vendor), **kwargs}
        if "transport" in options or "http_client" in options:
            options["base_url"] = self.base_url(vendor)
        else:
            options["transport"] = transport(self.app)
            # The server's own URL when it runs, so that links agree with what it serves.
            origin = self.url if self.running else IN_PROCESS_ORIGIN
            options["base_url"] = f"{origin}/{vendor}"
        return options

    def mutate(
        self,
        vendor: str,
        op: str | Mutation,
        invoice_id: str | None = None,
        **changes: Any,
    ) -> Applied:
        """Change ``vendor``'s sandbox data now; the server serves the change at once.

        ``server.mutate("fynn", "update", invoice_id, paid=True)``,
        ``server.mutate("fynn", "delete", invoice_id)``, ``server.mutate("fynn", "create")``;
        ``changes`` are `Mutation` fields (``status``, ``paid``, ``total``). Or pass a
        `Mutation`. See `SandboxApp.mutate` for the errors.
        """
        mutation = op if isinstance(op, Mutation) else Mutation(op, invoice_id, **changes)  # type: ignore[arg-type]
        return self.app.mutate(vendor, mutation)[0]

    def mutate_randomly(self, vendor: str, count: int, *, seed: int = 0) -> list[Applied]:
        """Apply ``count`` seeded mutations to ``vendor``'s sandbox (a seeded schedule)."""
        return self.app.mutate_randomly(vendor, count, seed=seed)

    def live_ids(self, vendor: str) -> list[str]:
        """The ids of every invoice ``vendor``'s sandbox serves now."""
        return self.app.live_ids(vendor)

    def send_webhooks(
        self,
        vendor: str,
        url: str,
        secret: str,
        *,
        time_scale: float = 1.0,
        faults: WebhookFaults | None = None,
        embed: float = 1.0,
        workers: int = 4,
    ) -> WebhookSender:
        """Start sending ``vendor``'s change events to ``url`` (loopback), signed with ``secret``.

        Returns the running `WebhookSender` (stop it, or use it as a context manager). The
        arguments are those of `WebhookSender`.
        """
        sender = WebhookSender(
            self.app,
            vendor,
            url,
            secret,
            base_url=self.base_url(vendor),
            time_scale=time_scale,
            faults=faults,
            embed=embed,
            workers=workers,
        )
        return sender.start()

    def start(self) -> Self:
        """Bind, start uvicorn in a background thread and return once it serves."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server was already started")
        require("a sandbox server (SandboxServer.start, invoicekit sandbox)", "sandbox", "uvicorn")
        import uvicorn  # noqa: PLC0415 - only servers need it; plugins import this package

        self.app.vendors()  # fail here, not on the first request, for a vendor without sandbox
        sock = _bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        _quiet_injected_disconnects()
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            log_level=self.log_level,
            lifespan="on",
            # Leave the process's logging configuration alone: uvicorn's loggers propagate.
            log_config=None,
            access_log=self.log_level in {"debug", "trace", "info"},
            server_header=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(
            target=self._run,
            args=(server, sock),
            name=f"invoicekit-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                sock.close()
                raise RuntimeError(f"the sandbox server failed to start: {self._failure!r}")
            time.sleep(0.005)
        return self

    def _run(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # uvicorn exits with SystemExit when startup fails
            self._failure = exc

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread to end (idempotent)."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C while serving in the foreground, so both stop cleanly."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(
    vendors: Sequence[str] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    size: int = 200,
    seed: int = 0,
    faults: Faults | None = None,
    log_level: str = "warning",
    on_ready: Callable[[SandboxServer], None] | None = None,
) -> None:
    """Serve the sandboxes in the foreground until Ctrl-C (or SIGTERM), then stop cleanly.

    ``on_ready`` is called with the running `SandboxServer` (to print its URLs). The arguments
    are those of `SandboxServer`.
    """
    server = SandboxServer(
        vendors, host=host, port=port, size=size, seed=seed, faults=faults, log_level=log_level
    )
    with _terminate_as_interrupt(), server:
        if on_ready is not None:
            on_ready(server)
        thread = server._thread
        try:
            while thread is not None and thread.is_alive():
                thread.join(0.5)
        except KeyboardInterrupt:
            pass
