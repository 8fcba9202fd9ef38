"""No credential anywhere: errors, reprs, DEBUG logs, CLI output, export files, the sync store.

Against the real sandbox on loopback, for every vendor (the Stripe example too): each error path
runs with recognizable fake credentials, and the successful paths (exports in every format, a
sync into SQLite) run with the sandbox's real ones. Every artefact is scanned for every secret:
exception texts and reprs, client reprs, log records at DEBUG (message, arguments, formatted
traceback), the stdout and stderr of the real ``invoicekit`` process, the exported files, and
the SQLite store's bytes (with its WAL).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers.cli_runner import Run
from helpers.mock_vendor import run

import invoicekit
from invoicekit.sandbox import SandboxServer

pytestmark = pytest.mark.anyio

VENDORS = ("daftra", "fynn", "stripe", "yeti")
FAKE = {
    "daftra": {"api_key": "FAKE-daftra-KEY-a81f3"},
    "fynn": {"api_key": "FAKE-fynn-KEY-7c2d9"},
    "stripe": {"api_key": "sk_test_FAKE-stripe-KEY-4e6b1"},
    "yeti": {"login": "FAKE-yeti-LOGIN-0d5a", "password": "FAKE-yeti-PASSWORD-93b7"},
}
#: Ids the vendors accept as plausible (the sandbox answers them, or 401s first).
IDS = {
    "daftra": "123",
    "fynn": "0b0d1e5c-5a5b-4d6e-8f9a-0a1b2c3d4e5f",
    "stripe": "in_1PYp2mLkdIwHu7ix",
    "yeti": "fd2e32c4-6674-11f1-867c-da575d109341",
}
#: What the sandboxes do not state about the seller, for the UBL export.
_SELLER = """\
default_vat_category = "S"
[seller]
name = "Sandbox Software GmbH"
vat_id = "DE123456789"
[seller.address]
lines = ["Hauptstr. 1"]
city = "Berlin"
postal_code = "10115"
country = "DE"
[unit_codes]
Lizenz = "C62"
Paket = "C62"
"""
_RUN_CLI = (
    "import logging, sys\n"
    "logging.basicConfig(level=logging.DEBUG)\n"
    "from invoicekit.cli import main\n"
    "main(sys.argv[1:])\n"
)


class Scanner:
    """Collects artefacts and the secrets that must not be in any of them."""

    def __init__(self) -> None:
        self.secrets: set[str] = {v for values in FAKE.values() for v in values.values()}
        self.artefacts: list[tuple[str, str]] = []

    def add(self, where: str, content: object) -> None:
        text = content.decode("latin-1") if isinstance(content, bytes) else str(content)
        self.artefacts.append((where, text))

    def add_records(self, where: str, records: list[logging.LogRecord]) -> None:
        assert records, f"{where}: nothing was logged at DEBUG"
        formatter = logging.Formatter()
        for record in records:
            self.add(f"{where}: log", formatter.format(record))
            self.add(f"{where}: log args", repr(record.args))

    def hits(self) -> list[str]:
        return [
            f"{secret!r} in {where}"
            for where, text in self.artefacts
            for secret in self.secrets
            if secret in text
        ]


@pytest.fixture(scope="module")
def server(with_stripe: None) -> Iterator[SandboxServer]:
    """The four sandboxes on one loopback server."""
    with SandboxServer(list(VENDORS), size=12) as running:
        yield running


@pytest.fixture(scope="module")
def scanner(server: SandboxServer) -> Iterator[Scanner]:
    """Holds the sandbox's real credentials as secrets too (not its login: ``sandbox``).

    Prints the figure docs/reliability.md quotes at the end of the module (``pytest -s``).
    """
    found = Scanner()
    for vendor in VENDORS:
        credentials = invoicekit.get_vendor(vendor).sandbox().credentials
        found.secrets |= {value for name, value in credentials.items() if name != "login"}
    yield found
    kinds = Counter(_kind(where) for where, _ in found.artefacts)
    print(f"\nsecret scan: {len(found.artefacts)} artefacts, {len(found.secrets)} secrets")
    print(f"by kind: {dict(sorted(kinds.items()))}")


def _kinds_since(scanner: Scanner, start: int) -> set[str]:
    return {_kind(where) for where, _ in scanner.artefacts[start:]}


def _cli_options(vendor: str, credentials: dict[str, str], server: SandboxServer) -> list[str]:
    options = ["--url", server.base_url(vendor)]
    for name, value in credentials.items():
        options += [f"--{name.replace('_', '-')}", value]
    return options


@pytest.mark.parametrize("vendor", VENDORS)
async def test_error_paths_leak_no_credential(
    vendor: str, server: SandboxServer, scanner: Scanner, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    start = len(scanner.artefacts)
    base = server.base_url(vendor)
    wrong = FAKE[vendor]
    right = dict(invoicekit.get_vendor(vendor).sandbox().credentials)
    attempts: list[tuple[str, dict[str, Any], str, tuple[Any, ...]]] = [
        ("wrong credentials: get", {"base_url": base, **wrong}, "get_invoice", (IDS[vendor],)),
        ("wrong credentials: pdf", {"base_url": base, **wrong}, "download_pdf", (IDS[vendor],)),
        ("wrong credentials: list", {"base_url": base, **wrong}, "list_invoices", ()),
        ("not found", {"base_url": base, **right}, "get_invoice", (IDS[vendor] + "9",)),
        ("bad id", {"base_url": base, **wrong}, "get_invoice", ("a b",)),
        # Nothing listens on port 9 on loopback: a connection error.
        ("refused", {"base_url": "http://127.0.0.1:9", **wrong}, "get_invoice", (IDS[vendor],)),
    ]
    for label, options, operation, args in attempts:
        with invoicekit.connect(vendor, **options) as client:
            scanner.add(f"{vendor} {label}: client repr", repr(client))
        for mode in ("sync", "async"):
            settings = {"retries": 0, **options}
            with pytest.raises(invoicekit.InvoiceKitError) as caught:
                await run(mode, vendor, settings, operation, *args)
            where = f"{vendor} {label} ({mode})"
            scanner.add(f"{where}: error", caught.value)
            scanner.add(f"{where}: repr", repr(caught.value))
            scanner.add(f"{where}: traceback", "".join(traceback.format_exception(caught.value)))
    name, value = next(iter(wrong.items()))
    with pytest.raises(invoicekit.ConfigurationError) as refused:
        invoicekit.connect(vendor, base_url=base, **{**wrong, name: f"{value}\r\nEvil: 1"})
    scanner.add(f"{vendor} credential with a line break: error", refused.value)
    scanner.add(f"{vendor} credential with a line break: repr", repr(refused.value))
    scanner.add_records(f"{vendor} error paths", caplog.records)
    assert _kinds_since(scanner, start) >= {
        "exception texts", "exception reprs", "exception tracebacks", "client reprs",
        "log records (formatted, with tracebacks)", "log record arguments",
    }  # fmt: skip
    assert scanner.hits() == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_cli_process_prints_no_credential(
    vendor: str, server: SandboxServer, scanner: Scanner
) -> None:
    """The real ``invoicekit`` process at DEBUG with wrong credentials: get and list fail."""
    env = {**os.environ, "INVOICEKIT_LOAD_PLUGINS": "stripe", "NO_COLOR": "1"}
    options = _cli_options(vendor, FAKE[vendor], server)
    for command in (["get", vendor, IDS[vendor]], ["list", vendor, "--limit", "2"]):
        done = subprocess.run(
            [sys.executable, "-c", _RUN_CLI, *command, *options, "--retries", "0"],
            capture_output=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        assert b"DEBUG" in done.stderr  # the requests were logged
        scanner.add(f"cli {command[0]} {vendor}: stdout", done.stdout)
        scanner.add(f"cli {command[0]} {vendor}: stderr", done.stderr)
    assert scanner.hits() == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_exports_and_the_sync_store_hold_no_credential(
    vendor: str,
    server: SandboxServer,
    scanner: Scanner,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    start = len(scanner.artefacts)
    cli = Run()
    right = _cli_options(vendor, dict(invoicekit.get_vendor(vendor).sandbox().credentials), server)
    for output_format in ("jsonl", "csv"):
        target = tmp_path / f"export.{output_format}"
        done = cli("export", vendor, "--format", output_format, "-o", str(target), *right)
        assert done.exit_code == 0, done.stderr
        scanner.add(f"{vendor} {output_format} export", target.read_bytes())
        scanner.add(f"{vendor} {output_format} export: stderr", done.stderr)
    einvoices = tmp_path / "ubl"
    seller = tmp_path / "seller.toml"
    seller.write_text(_SELLER)
    done = cli("export", vendor, "--format", "ubl", "-o", str(einvoices), "--limit", "3",
               "--seller", str(seller), *right)  # fmt: skip
    files = sorted(einvoices.iterdir())
    # A vendor whose sandbox states too little for EN 16931 writes none; Fynn's is complete.
    assert files if vendor == "fynn" else files or done.exit_code == 1, done.stdout
    for path in files:
        scanner.add(f"{vendor} UBL {path.name}", path.read_bytes())
    scanner.add(f"{vendor} UBL export: output", done.stdout + done.stderr)
    database = tmp_path / "store.sqlite"
    synced = cli("sync", vendor, "--db", str(database), *right)
    assert synced.exit_code == 0, synced.stderr
    failed = cli("sync", vendor, "--db", str(database), "--account", "wrong",
                 *_cli_options(vendor, FAKE[vendor], server), "--retries", "0")  # fmt: skip
    assert failed.exit_code == 1
    scanner.add(f"{vendor} sync: output", synced.stdout + failed.stdout + failed.stderr)
    stored = [p for p in tmp_path.iterdir() if p.name.startswith("store.sqlite")]
    assert database in stored
    for path in stored:
        scanner.add(f"{vendor} sync store {path.name}", path.read_bytes())
    scanner.add_records(f"{vendor} exports and sync", caplog.records)
    assert _kinds_since(scanner, start) >= {"export files", "SQLite store files", "CLI output"}
    assert scanner.hits() == []


#: How an artefact's label names its kind, for the figures (first match wins).
_KINDS = {
    "log args": "log record arguments",
    ": log": "log records (formatted, with tracebacks)",
    "sync store": "SQLite store files",
    "export: ": "CLI output",
    "export": "export files",
    "UBL ": "export files",
    "std": "CLI output",
    "output": "CLI output",
    "traceback": "exception tracebacks",
    "client repr": "client reprs",
    "repr": "exception reprs",
    "error": "exception texts",
}


def _kind(where: str) -> str:
    return next(kind for key, kind in _KINDS.items() if key in where)


def test_the_scanner_finds_a_planted_secret() -> None:
    probe = Scanner()
    probe.add("planted", f"token={FAKE['fynn']['api_key']}")
    assert probe.hits() == ["'FAKE-fynn-KEY-7c2d9' in planted"]
