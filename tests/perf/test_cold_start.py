"""What a fresh process pays for its first `normalize`: behaviour, not speed (issue 17).

A serverless webhook handler imports invoicekit and normalizes one body. That path must not
load the HTTP side (httpx, and through httpx's CLI click and rich when installed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PAYLOADS = Path(__file__).resolve().parents[1] / "payloads"
_PROBE = """
import sys
import invoicekit
invoicekit.normalize(sys.argv[1], open(sys.argv[2], "rb").read())
print(sorted(name for name in ("httpx", "click", "rich") if name in sys.modules))
"""


def _loaded_after_first_normalize(vendor: str, payload: Path) -> str:
    return subprocess.run(
        [sys.executable, "-c", _PROBE, vendor, str(payload)],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout.strip()  # fmt: skip


def test_importing_invoicekit_alone_does_not_load_httpx() -> None:
    out = subprocess.run(
        [sys.executable, "-c", "import sys, invoicekit; print('httpx' in sys.modules)"],
        check=True, capture_output=True, text=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    assert out == "False"


# Still failing: every plugin's __init__ imports its _api (and so the generated client, which
# imports httpx), and every _mapping imports `given`/`raw_items` from invoicekit.flows, which
# imports httpx at module level. The fix is the value toolkit leaving invoicekit.flows
# (invoicekit.plugin, in progress elsewhere) plus lazy _api imports in the plugins' __init__.
# strict: once normalize stops loading httpx this test fails, and the marker must go.
@pytest.mark.xfail(strict=True, reason="normalize still loads httpx through the plugins (#17)")
@pytest.mark.parametrize(
    ("vendor", "payload"),
    [
        ("fynn", "fynn/seed_invoice.json"),
        ("daftra", "daftra/full_invoice.json"),
    ],
)
def test_first_normalize_does_not_load_httpx(vendor: str, payload: str) -> None:
    assert _loaded_after_first_normalize(vendor, PAYLOADS / payload) == "[]"
