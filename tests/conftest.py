"""Configuration shared by the whole test suite."""

import os

import pytest

# No entry-point plugins unless a test enables them: a developer's installed third-party plugins
# must never leak into the run. Set at import, before collection, because invoicekit reads it
# when its registry first loads; tests of the loader change it with monkeypatch and reset.
os.environ["INVOICEKIT_LOAD_PLUGINS"] = ""


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (anyio's pytest plugin comes with httpx's anyio)."""
    return "asyncio"
