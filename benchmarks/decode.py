"""Decode speed of our generated msgspec models, side by side with stock openapi-python-client.

    nox -s bench

The session generates a *stock* client (attrs models, `from_dict`) from the same Fynn spec into a
temporary folder and passes its location in INVOICEKIT_STOCK_CLIENT. The numbers are printed as
ratios measured in one run on one machine, which is what they are good for; absolute times
depend on the machine.
"""

from __future__ import annotations

import copy
import json
import os
import sys
import timeit
from collections.abc import Callable

import msgspec
import prepare

import invoicekit
from invoicekit_fynn_client.models import Invoice as MsgspecInvoice

POSITIONS = 20


def payload() -> bytes:
    """A realistic Fynn invoice with POSITIONS positions."""
    example = prepare.load("fynn")["components"]["examples"]["seed_invoice"]["value"]
    invoice = copy.deepcopy(example)
    template = invoice["positions"][0]
    invoice["positions"] = []
    for index in range(POSITIONS):
        position = copy.deepcopy(template)
        position["id"] = f"{index:08d}-0000-0000-0000-000000000000"
        position["position"] = index + 1
        invoice["positions"].append(position)
    return json.dumps(invoice).encode()


def best_of(function: Callable[[], object], number: int) -> float:
    """Best per-call time in microseconds over a few repeats (least disturbed by noise)."""
    return min(timeit.repeat(function, number=number, repeat=7)) / number * 1e6


def main() -> int:
    """Print per-decode times and their ratios."""
    body = payload()
    stock_path = os.environ.get("INVOICEKIT_STOCK_CLIENT")
    results: dict[str, float] = {}
    if stock_path:
        sys.path.insert(0, stock_path)
        from stock_fynn_client.models import Invoice as StockInvoice  # noqa: PLC0415

        results["stock openapi-python-client (json.loads + from_dict)"] = best_of(
            lambda: StockInvoice.from_dict(json.loads(body)), 2000
        )
    results["generated msgspec models (msgspec.json.decode)"] = best_of(
        lambda: msgspec.json.decode(body, type=MsgspecInvoice, strict=False), 2000
    )
    results["invoicekit.normalize (decode + map to Invoice)"] = best_of(
        lambda: invoicekit.normalize("fynn", body), 2000
    )
    baseline = results["generated msgspec models (msgspec.json.decode)"]
    print(f"Fynn invoice with {POSITIONS} positions, {len(body)} bytes of JSON")
    for name, micros in results.items():
        print(f"  {name:58s} {micros:9.1f} µs  {micros / baseline:6.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
