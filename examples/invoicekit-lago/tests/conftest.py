"""Fixtures of the invoicekit-lago tests: the plugin loaded and its sandbox served.

These tests run on their own (``pytest`` in this folder) and inside invoicekit's own test run,
which disables entry-point plugins; `invoicekit.testing.plugin_under_test` loads the ``lago``
entry point for each module either way.
"""

from __future__ import annotations

from invoicekit.testing import plugin_under_test

invoicekit_plugin, invoicekit_sandbox = plugin_under_test("lago", sandbox_size=60)
