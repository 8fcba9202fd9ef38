"""``invoicekit webhooks serve`` as a real subprocess on loopback, fetching from a sandbox."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.receiver import stored

from invoicekit import InvoiceStatus
from invoicekit.sandbox import SandboxServer
from invoicekit.webhooks import BodyHmac

SECRET = "whsec-cli-9f3b2a"
SIGN = BodyHmac("X-Webhook-Signature")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn"], size=40, seed=4) as server:
        yield server


def _accounts(
    tmp_path: Path, sandbox: SandboxServer, secret: str = 'webhook_secret = "env:WH"'
) -> Path:
    path = tmp_path / "accounts.toml"
    path.write_text(
        "[accounts.acme]\n"
        'vendor = "fynn"\n'
        f'base_url = "{sandbox.base_url("fynn")}"\n'
        'credentials = { api_key = "env:ACME_FYNN_KEY" }\n'
        f"{secret}\n"
    )
    return path


def _env(sandbox: SandboxServer, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["ACME_FYNN_KEY"] = sandbox.credentials("fynn")["api_key"]
    env["WH"] = SECRET
    env.update(extra)
    return env


def _command(config: Path, db: Path) -> list[str]:
    return [
        sys.executable, "-m", "invoicekit", "webhooks", "serve",
        "--db", str(db), "--config", str(config), "--port", "0", "--log-level", "warning",
    ]  # fmt: skip


def _post(url: str, event_type: str, data: dict[str, Any], secret: str = SECRET) -> httpx.Response:
    meta = {"type": event_type, "id": "w1", "version": "1.0.0", "created": "2026-12-06T12:00:00Z"}
    body = json.dumps({"event": meta, "tenantId": "t", "data": data}).encode()
    headers = SIGN.sign(body, secret.encode(), now=dt.datetime.now(dt.UTC))
    return httpx.post(url, content=body, headers=headers, timeout=10)


def test_serve_receives_fetches_refuses_and_stops_on_sigterm(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    db = tmp_path / "invoices.sqlite"
    process = subprocess.Popen(
        _command(_accounts(tmp_path, sandbox), db),
        env=_env(sandbox),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert banner.startswith("receiving fynn webhooks at http://127.0.0.1:"), banner
        url = banner.split(" at ")[1].strip()
        assert url.endswith("/fynn/acme")
        with sandbox.connect("fynn") as client:
            invoice = next(i for i in client.list_invoices() if i.status is InvoiceStatus.OPEN)
        sandbox.mutate("fynn", "update", invoice.id, paid=True)
        refused = _post(url, "invoice.paid", {"id": invoice.id}, secret="wrong")
        assert refused.status_code == 401
        assert stored(db) == []
        answer = _post(url, "invoice.paid", {"id": invoice.id})
        assert answer.status_code == 200, answer.text
        [row] = stored(db)
        assert (row.account, row.invoice.id, row.invoice.status) == (
            "acme",
            invoice.id,
            InvoiceStatus.PAID,
        )
        unconfigured = _post(url.replace("/acme", "/other"), "invoice.paid", {"id": invoice.id})
        assert unconfigured.status_code == 404
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert SECRET not in out + err
    assert sandbox.credentials("fynn")["api_key"] not in out + err


@pytest.mark.parametrize(
    ("secret_line", "env", "message"),
    [
        ('webhook_secret = "env:WH"', {"WH": ""}, "environment variable WH is not set"),
        ("", {}, "no account sets webhook_secret"),
        (f'webhook_secret = "{SECRET}"', {}, "plain value"),
    ],
)
def test_serve_refuses_to_start_without_usable_secrets(
    tmp_path: Path, sandbox: SandboxServer, secret_line: str, env: dict[str, str], message: str
) -> None:
    config = _accounts(tmp_path, sandbox, secret_line)
    result = subprocess.run(
        _command(config, tmp_path / "db.sqlite"),
        env=_env(sandbox, **env),
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("invoicekit: error: "), result.stderr
    assert message in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert not (tmp_path / "db.sqlite").exists()
