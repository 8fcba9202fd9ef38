"""``invoicekit sandbox``: options, banner, errors, and a real run stopped with Ctrl-C."""

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.cli_runner import Run, one_error_line
from helpers.fake_sandbox import ACME_KEY

import invoicekit.sandbox
from invoicekit.sandbox import Faults, SandboxServer

ROOT = Path(__file__).parents[2]
PATHS = os.pathsep.join(str(ROOT / part) for part in ("core", "plugins", "generated", "tests"))


def test_options_reach_the_server_and_the_banner_shows_how_to_connect(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake_serve(vendors: Any, **kwargs: Any) -> None:
        seen.update(kwargs, vendors=vendors)
        options = {k: kwargs[k] for k in ("size", "seed", "faults")}
        with SandboxServer(vendors, port=0, **options) as server:
            kwargs["on_ready"](server)
            seen["url"] = server.url

    monkeypatch.setattr(invoicekit.sandbox, "serve", fake_serve)
    args = ["--vendor", "acme", "--size", "9", "--seed", "4", "--port", "9999"]
    result = run("sandbox", *args, "--faults", "429=0.5,retry_after=2")
    assert result.exit_code == 0, result.stderr
    assert seen["vendors"] == ["acme"]
    assert (seen["host"], seen["port"], seen["size"], seen["seed"]) == ("127.0.0.1", 9999, 9, 4)
    assert seen["faults"] == Faults(rate_429=0.5, retry_after=2)
    url = seen["url"]
    assert result.stdout.splitlines()[0] == (
        f"invoicekit sandbox on {url} (9 invoices per vendor, seed 4, "
        "faults: 429=0.5,retry_after=2,seed=0)"
    )
    assert f"  acme: {url}/acme  api_key={ACME_KEY}" in result.stdout
    assert f"    export INVOICEKIT_ACME_URL={url}/acme" in result.stdout
    assert f"    export INVOICEKIT_ACME_API_KEY={ACME_KEY}" in result.stdout
    assert "Press Ctrl-C to stop." in result.stderr


def test_a_busy_port_is_one_line(run: Run) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("sandbox", "--vendor", "acme", "--port", str(port))
    assert result.exit_code == 1
    assert one_error_line(result) == f"cannot listen on 127.0.0.1:{port}: Address already in use"


def test_a_vendor_without_sandbox_is_one_line(run: Run) -> None:
    result = run("sandbox", "--vendor", "plain", "--port", "0")
    assert result.exit_code == 1
    assert one_error_line(result) == "plain: this vendor has no sandbox"


SCRIPT = """
from helpers.fake_sandbox import AcmePlugin
from invoicekit import _plugins
from invoicekit.cli import main

_plugins._register(AcmePlugin(), "acme")
main(["sandbox", "--port", "0", "--size", "5", "--vendor", "acme"])
"""


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_it_serves_until_interrupted_then_exits_0(stop: signal.Signals) -> None:
    process = subprocess.Popen(
        [sys.executable, "-u", "-c", textwrap.dedent(SCRIPT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": PATHS, "INVOICEKIT_LOAD_PLUGINS": ""},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("invoicekit sandbox on http://127.0.0.1:"), first
        url = first.split()[3]
        index = httpx.get(url, timeout=10).json()
        assert index["vendors"][0]["invoices"] == 5
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
