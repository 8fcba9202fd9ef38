"""Stripe passes invoicekit's conformance kit: examples, drift, errors and the sandbox."""

from __future__ import annotations

from pathlib import Path

from invoicekit.testing import VendorConformance

PAYLOADS = Path(__file__).parent / "payloads"


class TestStripeConformance(VendorConformance):
    """The whole kit, on the recorded payloads and on the Stripe sandbox."""

    vendor = "stripe"
    examples = (PAYLOADS / "invoice.json",)
    enum_paths = (("status",),)
