"""Fixtures of the invoicekit-lago tests: the plugin loaded and its sandbox served.

These tests run on their own (``pytest`` in this folder) and inside invoicekit's own test run,
which disables entry-point plugins (``INVOICEKIT_LOAD_PLUGINS=""``) so that a developer's
installed plugins never leak in. So each module loads the registry with exactly the ``lago``
entry point, and restores it afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from invoicekit import _plugins
from invoicekit.sandbox import SandboxServer


@pytest.fixture(scope="module", autouse=True)
def lago_plugin() -> Iterator[None]:
    """The registry with the built-ins and the ``lago`` entry point, for one module.

    Module-scoped (not function-scoped like ``monkeypatch``) because the sandbox server below
    looks the vendor up when it starts.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "lago")
        _plugins._reset()
        yield
    _plugins._reset()  # the next use reloads with the environment restored


@pytest.fixture(scope="module")
def invoicekit_sandbox(lago_plugin: None) -> Iterator[SandboxServer]:
    """The Lago vendor's sandbox only, answering in-process (overrides the session fixture)."""
    server = SandboxServer(["lago"], size=60, start_on_demand=True)
    try:
        yield server
    finally:
        server.stop()
