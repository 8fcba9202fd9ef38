"""Fixtures of the invoicekit-stripe tests: the plugin loaded and its sandbox served.

These tests run on their own (``pytest`` in this folder) and inside invoicekit's own test run,
which disables entry-point plugins; `invoicekit.testing.plugin_under_test` loads the ``stripe``
entry point for each module either way.
"""

from __future__ import annotations

import pytest
from invoicekit.testing import plugin_under_test

invoicekit_plugin, invoicekit_sandbox = plugin_under_test("stripe", sandbox_size=120)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio."""
    return "asyncio"
