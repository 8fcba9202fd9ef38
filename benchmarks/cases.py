"""The payloads the benchmark times: each vendor's recorded ones, and invoices grown to N lines."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAYLOADS = {
    "yeti": ROOT / "tests" / "payloads" / "yeti",
    "daftra": ROOT / "tests" / "payloads" / "daftra",
    "fynn": ROOT / "tests" / "payloads" / "fynn",
    "stripe": ROOT / "examples" / "invoicekit-stripe" / "tests" / "payloads",
}
#: vendor → (label, file) of the recorded single-invoice responses timed as they are.
RECORDED: dict[str, list[tuple[str, str]]] = {
    "yeti": [("seed", "seed_invoice.json"), ("with account", "invoice_with_account.json")],
    "daftra": [("full, 2 lines", "full_invoice.json")],
    "fynn": [("seed", "seed_invoice.json"), ("credit note", "credit_note.json")],
    "stripe": [("open EUR", "invoice_open_eur.json"), ("paid JPY", "invoice_paid_jpy.json")],
}
#: Line counts of the grown invoices in the tables; the plot goes from 1 to 500.
TABLE_LINES = (20, 200)
PLOT_LINES = (1, 10, 50, 100, 200, 500)


def recorded(vendor: str) -> list[tuple[str, bytes]]:
    """(label, body) of the vendor's recorded payloads."""
    return [(label, (PAYLOADS[vendor] / name).read_bytes()) for label, name in RECORDED[vendor]]


def _fynn(count: int) -> bytes:
    invoice = json.loads((PAYLOADS["fynn"] / "seed_invoice.json").read_bytes())
    template = invoice["positions"][0]
    invoice["positions"] = [
        {**copy.deepcopy(template), "id": f"{i:08d}-0000-4000-8000-000000000000", "position": i + 1}
        for i in range(count)
    ]
    return json.dumps(invoice).encode()


def _daftra(count: int) -> bytes:
    document = json.loads((PAYLOADS["daftra"] / "full_invoice.json").read_bytes())
    invoice = document["data"]["Invoice"]
    template = invoice["InvoiceItem"][0]
    invoice["InvoiceItem"] = [
        {**copy.deepcopy(template), "id": str(1000 + i)} for i in range(count)
    ]
    return json.dumps(document).encode()


def _stripe(count: int) -> bytes:
    invoice = json.loads((PAYLOADS["stripe"] / "invoice_open_eur.json").read_bytes())
    template = invoice["lines"]["data"][0]
    invoice["lines"]["data"] = [
        {**copy.deepcopy(template), "id": f"il_bench{i:06d}"} for i in range(count)
    ]
    invoice["lines"]["total_count"] = count
    invoice["lines"]["has_more"] = False
    return json.dumps(invoice).encode()


#: vendor → a builder of an invoice with N lines (Yeti has at most three, by design: none).
GROWN: dict[str, Callable[[int], bytes]] = {"daftra": _daftra, "fynn": _fynn, "stripe": _stripe}


def cases(vendor: str) -> list[tuple[str, bytes]]:
    """Every (label, body) timed for ``vendor`` in the tables."""
    found = recorded(vendor)
    if vendor in GROWN:
        found += [(f"x{count} lines", GROWN[vendor](count)) for count in TABLE_LINES]
    return found
