"""The webhook receiver (`invoicekit.webhooks.asgi_app`) under a real uvicorn on loopback."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import uvicorn

from invoicekit import webhooks
from invoicekit.sync import SQLiteStore


@contextlib.contextmanager
def running_receiver(path: Path, **options: Any) -> Iterator[str]:
    """Serve ``asgi_app(store=SQLiteStore(path), **options)``; yield its root URL.

    The store is opened in the server's thread, where SQLite wants its connection.
    """
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    holder: dict[str, uvicorn.Server] = {}

    def run() -> None:
        store = SQLiteStore(path)
        app = webhooks.asgi_app(store=store, **options)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        holder["server"] = server
        try:
            server.run(sockets=[sock])
        finally:
            store.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not (holder.get("server") and holder["server"].started):
        assert thread.is_alive(), "the receiver failed to start"
        assert time.monotonic() < deadline, "the receiver did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        holder["server"].should_exit = True
        thread.join(10)
        sock.close()


def stored(path: Path, *, include_deleted: bool = True) -> list[Any]:
    """Every invoice in the store at ``path``, read through a fresh connection."""
    store = SQLiteStore(path)
    try:
        return list(store.query(include_deleted=include_deleted))
    finally:
        store.close()


def waiting(predicate: Callable[[], bool], seconds: float = 10.0) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass; its last value."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
