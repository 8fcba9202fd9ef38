"""The conformance kit for Daftra: recorded payloads and the sandbox (``invoicekit_sandbox``)."""

from __future__ import annotations

from pathlib import Path

from invoicekit.testing import VendorConformance

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"
SPEC = Path(__file__).resolve().parents[3] / "specs" / "daftra" / "openapi.yaml"
#: The kit's checks that do not apply to Daftra, each with its reason: none.
NOT_APPLICABLE: dict[str, str] = {}


class TestDaftraConformance(VendorConformance):
    """The official shape: associations nested in ``Invoice``, numbers as strings.

    ``payment_status`` is the one coded value typed as text (``null``, ``''`` or a code); the
    other codes (``type``, ``draft``, payment ``status``, ``discount_type``) are integers, so an
    unknown *string* there is a type error by design, and an unknown integer code is covered by
    the normalize tests.
    """

    vendor = "daftra"
    spec = SPEC
    examples = (PAYLOADS / "full_invoice.json", PAYLOADS / "official_invoice.json")
    enum_paths = (("data", "Invoice", "payment_status"),)
    status_paths = (("data", "Invoice", "payment_status"),)
    kind_paths = (("data", "Invoice", "type"),)
    not_applicable = NOT_APPLICABLE


class TestDaftraSeedPageConformance(VendorConformance):
    """The seed page's shape (daftradocs222): associations beside ``Invoice``, ``status``."""

    vendor = "daftra"
    spec = SPEC
    examples = (PAYLOADS / "seed_invoice.json",)
    enum_paths = (("data", "Invoice", "status"),)
    status_paths = (("data", "Invoice", "status"),)
    not_applicable = NOT_APPLICABLE
