"""The conformance kit for Yeti-switch: its recorded payloads and its sandbox (issue 6)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from invoicekit.testing import VendorConformance

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "yeti"
SPEC = Path(__file__).resolve().parents[3] / "specs" / "yeti" / "openapi.yaml"


class TestYetiConformance(VendorConformance):
    vendor = "yeti"
    spec = SPEC
    # The single-invoice bodies of GET /invoices/{id}; list_page.json is a list page.
    examples = (PAYLOADS / "seed_invoice.json", PAYLOADS / "invoice_with_account.json")
    # Yeti invoices carry no enum-valued field: no status, kind or payment state, and the
    # JSON:API `type` members are structural (`data.type` other than "invoices" is rejected;
    # `included[].type` is absent from the seed example).
    enum_paths = ()
    not_applicable: ClassVar[dict[str, str]] = {
        "test_unknown_enum_values_are_tolerated": "Yeti invoices carry no enum-valued field",
        "test_vendor_values_stay_visible": "Yeti invoices have no status or kind value",
    }
