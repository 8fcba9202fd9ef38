"""What the fuzzers feed each vendor: real single-invoice payloads and the spec's response schema.

For each vendor, the spec's single-invoice ``GET`` (a path with a parameter, about invoices)
names the response schema and its examples; the recorded payloads in tests/payloads (or the
Stripe example's own) add more real bodies.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).parents[2]
SPECS = {
    "yeti": ROOT / "specs" / "yeti" / "openapi.yaml",
    "daftra": ROOT / "specs" / "daftra" / "openapi.yaml",
    "fynn": ROOT / "specs" / "fynn" / "openapi.yaml",
    "stripe": ROOT / "examples" / "invoicekit-stripe" / "specs" / "stripe" / "openapi.yaml",
}
PAYLOADS = {
    "yeti": ROOT / "tests" / "payloads" / "yeti",
    "daftra": ROOT / "tests" / "payloads" / "daftra",
    "fynn": ROOT / "tests" / "payloads" / "fynn",
    "stripe": ROOT / "examples" / "invoicekit-stripe" / "tests" / "payloads",
}
VENDORS = tuple(SPECS)
# Recorded bodies that are not one invoice (pages, errors).
_NOT_ONE_INVOICE = ("list", "error")


@cache
def _spec(vendor: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPECS[vendor].read_text(encoding="utf-8"))
    return loaded


def _single_invoice_response(vendor: str) -> dict[str, Any]:
    for path, operations in _spec(vendor)["paths"].items():
        get = operations.get("get")
        if get and "{" in path.rsplit("/", 1)[-1] and "invoice" in path.lower():
            ok = get["responses"]["200"]["content"]
            media: dict[str, Any] = next(iter(ok.values()))
            return media
    raise LookupError(f"{vendor}'s spec has no single-invoice GET")


@cache
def examples(vendor: str) -> tuple[bytes, ...]:
    """The vendor's real single-invoice bodies: the spec's examples, then recorded payloads."""
    spec = _spec(vendor)
    bodies = []
    for example in _single_invoice_response(vendor).get("examples", {}).values():
        name = example["$ref"].rsplit("/", 1)[-1]
        bodies.append(json.dumps(spec["components"]["examples"][name]["value"]).encode())
    for path in sorted(PAYLOADS[vendor].glob("*.json")):
        if not path.stem.startswith(_NOT_ONE_INVOICE):
            bodies.append(path.read_bytes())
    return tuple(dict.fromkeys(bodies))  # the spec's examples are often the recorded files too


def response_schema(vendor: str) -> dict[str, Any]:
    """The single-invoice response schema, with the spec's components for its ``$ref``s."""
    schema = dict(_single_invoice_response(vendor)["schema"])
    schema["components"] = {"schemas": _spec(vendor)["components"]["schemas"]}
    return schema
