"""A recorded vendor conversation, served again from its own process: the listing baseline.

Listing speed is the client's cost between the wire and the caller. Against the sandbox both
contenders would mostly time the sandbox making its data (and, run in-process, share its GIL).
So the conversation of one ``list_invoices`` is recorded once from the sandbox, written to a
file, and a subprocess serves those exact bytes again over loopback HTTP/1.1 (uvicorn, the
sandbox extra's server). Both contenders then send the same requests to a server that only
looks up bytes: ``list_invoices`` and raw httpx replaying the recorded URLs with ``json.loads``.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

#: The serving subprocess: one dict lookup per request, keep-alive, no logging.
_SERVE = r"""
import json, sys
import uvicorn
recorded = json.load(open(sys.argv[1], encoding="utf-8"))
bodies = {key: value.encode() for key, value in recorded.items()}
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    query = scope["query_string"].decode()
    key = scope["raw_path"].decode() + ("?" + query if query else "")
    body = bodies.get(key)
    status = 200 if body is not None else 404
    body = body if body is not None else b'{"error": "not recorded"}'
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="error", access_log=False)
"""


def record(http_client: httpx.Client) -> dict[str, str]:
    """Hook ``http_client`` so that every answered request is kept as ``path?query -> body``."""
    conversation: dict[str, str] = {}

    def keep(response: httpx.Response) -> None:
        response.read()
        url = response.request.url
        key = url.raw_path.decode()
        conversation[key] = response.text

    http_client.event_hooks["response"].append(keep)
    return conversation


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def serve(conversation: dict[str, str], folder: Path) -> Iterator[str]:
    """Serve ``conversation`` from a subprocess on loopback; yields its base URL."""
    path = folder / "conversation.json"
    path.write_text(json.dumps(conversation), encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", _SERVE, str(path), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/ready", timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the replay server did not start") from None
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
