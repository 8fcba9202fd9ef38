"""{{Title}} passes invoicekit's conformance kit: examples, drift, errors and the sandbox."""

from __future__ import annotations

from pathlib import Path

from invoicekit.testing import VendorConformance

PAYLOADS = Path(__file__).parent / "payloads"
# specs/{{vendor}}/openapi.yaml, in invoicekit's tree or in a standalone distribution alike.
SPEC = next(
    folder / "specs" / "{{vendor}}" / "openapi.yaml"
    for folder in Path(__file__).resolve().parents
    if (folder / "specs" / "{{vendor}}" / "openapi.yaml").is_file()
)


class Test{{Class}}Conformance(VendorConformance):
    """The whole kit, on the recorded payloads and on the {{Title}} sandbox."""

    vendor = "{{vendor}}"
    spec = SPEC
    examples = (PAYLOADS / "invoice.json",)
    enum_paths = (("status",),)
    status_paths = (("status",),)
