"""The out-of-tree example ``examples/invoicekit-stripe``, installed, works like any plugin.

It proves what a third party relies on: the distribution's ``invoicekit`` entry point is found
(and only when entry-point plugins are enabled), ``invoicekit.plugins()`` credits it to its
distribution and version, and the vendor passes the conformance kit on the spec's recorded
payloads and on its own sandbox. The test run installs the example once (``pip install -e
examples/invoicekit-stripe``); it is not imported from the source tree.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

import invoicekit
from invoicekit import _plugins
from invoicekit.sandbox import SandboxServer
from invoicekit.testing import VendorConformance

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = ROOT / "examples" / "invoicekit-stripe" / "tests" / "payloads"
DISTRIBUTION = "invoicekit-stripe"


def _installed_version() -> str:
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(f"{DISTRIBUTION} is not installed: pip install -e examples/invoicekit-stripe")


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """A fresh registry for one test; the environment and registry are restored afterwards."""
    _plugins._reset()
    yield monkeypatch
    _plugins._reset()


@pytest.fixture(scope="module")
def stripe_plugin() -> Iterator[None]:
    """Entry-point loading limited to ``stripe``, for a whole module (the sandbox needs it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
        _plugins._reset()
        yield
    _plugins._reset()


@pytest.fixture(scope="module")
def invoicekit_sandbox(stripe_plugin: None) -> Iterator[SandboxServer]:
    """A sandbox of the stripe vendor for this module.

    It overrides invoicekit's session fixture, which may have started before any test enabled
    the stripe plugin.
    """
    with SandboxServer(["stripe"], size=150, seed=3) as server:
        yield server


def test_the_entry_point_is_discovered(registry: pytest.MonkeyPatch) -> None:
    version = _installed_version()
    registry.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
    assert "stripe" in invoicekit.vendors()
    info = next(info for info in invoicekit.plugins() if info.name == "stripe")
    assert info == invoicekit.PluginInfo(
        name="stripe",
        module="invoicekit_stripe",
        distribution=DISTRIBUTION,
        version=version,
        vendors=("stripe",),
        error=None,
    )
    vendor = invoicekit.get_vendor("stripe")
    assert type(vendor).__module__ == "invoicekit_stripe"
    capabilities = vendor.capabilities()
    assert capabilities.has_sandbox
    assert capabilities.supports_pdf
    assert capabilities.filters == ("page_size", "status", "updated_since")
    assert capabilities.updated_since == "native"  # from the Events API


def test_it_stays_out_when_entry_points_are_disabled(registry: pytest.MonkeyPatch) -> None:
    registry.setenv(_plugins.LOAD_PLUGINS_ENV, "")
    assert "stripe" not in invoicekit.vendors()
    assert all(info.name != "stripe" for info in invoicekit.plugins())


@pytest.mark.usefixtures("stripe_plugin")
class TestStripeExampleConformance(VendorConformance):
    """The conformance kit on the installed example, with a sandbox of its own."""

    vendor = "stripe"
    examples = (PAYLOADS / "invoice_open_eur.json", PAYLOADS / "invoice_paid_jpy.json")
    spec = ROOT / "examples" / "invoicekit-stripe" / "specs" / "stripe" / "openapi.yaml"
    enum_paths = (("status",), ("billing_reason",), ("collection_method",))
    status_paths = (("status",),)
    # The same opt-outs as the example's own kit run (its tests/test_stripe_conformance.py).
    not_applicable: ClassVar[dict[str, str]] = {
        "test_updated_since_is_honoured_exactly": "Stripe invoices carry no updated_at",
        "test_status_agrees_with_totals": "a balance-paid open invoice has amount_paid 0",
    }
