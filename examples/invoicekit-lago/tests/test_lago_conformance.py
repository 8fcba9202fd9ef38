"""Lago passes invoicekit's conformance kit: spec, examples, drift, errors and the sandbox."""

from __future__ import annotations

from pathlib import Path

from invoicekit.testing import VendorConformance

HERE = Path(__file__).parent
PAYLOADS = HERE / "payloads"
SPEC = HERE.parent / "specs" / "lago" / "openapi.yaml"


class TestLagoConformance(VendorConformance):
    """The whole kit, on the recorded payload and on the Lago sandbox."""

    vendor = "lago"
    spec = SPEC
    examples = (PAYLOADS / "invoice.json",)
    invoice_path = ("invoice",)
    enum_paths = (("invoice", "status"), ("invoice", "payment_status"), ("invoice", "invoice_type"))
    status_paths = (("invoice", "status"),)
    kind_paths = (("invoice", "invoice_type"),)
