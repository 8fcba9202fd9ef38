"""invoicekit's conformance kit and pytest plugin (the ``invoicekit`` ``pytest11`` entry point).

Installed with invoicekit, the plugin gives every test suite the session fixture
``invoicekit_sandbox`` (a running `invoicekit.sandbox.SandboxServer`), the fixtures
``invoicekit_client``/``invoicekit_async_client`` (connected to the sandbox of the vendor named
by the ``invoicekit_vendor`` fixture, which you override) and the option
``--invoicekit-sandbox-size N``. Without the entry point (running from a source checkout), add
``pytest_plugins = ["invoicekit.testing"]`` to your root ``conftest.py``, or ``-p
invoicekit.testing``.

The kit proper: subclass `VendorConformance` in a test module to run every conformance test on
a vendor plugin; `check_invoice`/`assert_conformant` check one normalized invoice.

pytest imports this module in every run of anyone who has invoicekit installed, so the kit is
loaded lazily, on first use of one of its names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from invoicekit.testing._fixtures import (
    invoicekit_async_client,
    invoicekit_client,
    invoicekit_sandbox,
    invoicekit_vendor,
    pytest_addoption,
)

if TYPE_CHECKING:
    from invoicekit.testing._checks import amounts, assert_conformant, check_invoice
    from invoicekit.testing._conformance import VendorConformance
    from invoicekit.testing._fuzz import check_normalize_property, mutate, mutated_payloads

__all__ = [
    "VendorConformance",
    "amounts",
    "assert_conformant",
    "check_invoice",
    "check_normalize_property",
    "invoicekit_async_client",
    "invoicekit_client",
    "invoicekit_sandbox",
    "invoicekit_vendor",
    "mutate",
    "mutated_payloads",
    "pytest_addoption",
]

_LAZY = {
    "VendorConformance": "invoicekit.testing._conformance",
    "amounts": "invoicekit.testing._checks",
    "assert_conformant": "invoicekit.testing._checks",
    "check_invoice": "invoicekit.testing._checks",
    "check_normalize_property": "invoicekit.testing._fuzz",
    "mutate": "invoicekit.testing._fuzz",
    "mutated_payloads": "invoicekit.testing._fuzz",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
