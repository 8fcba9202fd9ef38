"""The conformance kit for Fynn: its recorded payloads and its sandbox (issue 6)."""

from __future__ import annotations

from pathlib import Path

from invoicekit.testing import VendorConformance

PAYLOADS = Path(__file__).resolve().parents[2] / "payloads" / "fynn"
SPEC = Path(__file__).resolve().parents[3] / "specs" / "fynn" / "openapi.yaml"


class TestFynnConformance(VendorConformance):
    vendor = "fynn"
    spec = SPEC
    # The single-invoice bodies of GET /invoices/{id}; list_page.json is a list page.
    examples = (PAYLOADS / "seed_invoice.json", PAYLOADS / "credit_note.json")
    # Enum values present in both examples (the credit note has no positions or address).
    enum_paths = (("type",), ("status",), ("dunningStatus",), ("sourceType",), ("eInvoiceType",))
    status_paths = (("status",),)
    kind_paths = (("type",),)
