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


# The plugins import their HTTP side on first use and map through invoicekit.plugin, which
# imports no httpx (see also tests/core/test_cold_path.py).
@pytest.mark.parametrize(
    ("vendor", "payload"),
    [
        ("fynn", "fynn/seed_invoice.json"),
        ("daftra", "daftra/full_invoice.json"),
    ],
)
def test_first_normalize_does_not_load_httpx(vendor: str, payload: str) -> None:
    assert _loaded_after_first_normalize(vendor, PAYLOADS / payload) == "[]"
