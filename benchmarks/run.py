"""invoicekit's benchmark: `normalize` against its limit and the other ways to read an invoice.

    nox -s bench              # full run; writes docs/benchmarks.md and docs/benchmarks.png
    nox -s bench -- --quick   # checks the harness and that the contenders agree; no timing kept

`nox -s bench` generates the pydantic and stock models into a temporary folder
(benchmarks/models.py) and passes it as ``--models``. Everything is timed in this one process,
contenders interleaved round by round (see timing.py), so the ratios are comparable even on a
busy machine; the absolute µs depend on the machine, which the report names.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import cases
import contenders
import report
import timing
from contenders import DICTS_LABEL, LIMIT, NORMALIZE

VENDORS = ("yeti", "daftra", "fynn", "stripe")
ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark (or its quick check) and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, help="folder of the generated pydantic/stock models")
    parser.add_argument("--quick", action="store_true", help="check harness and agreement only")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="where the report goes")
    parser.add_argument(
        "--system", action="store_true", help="also cold start, listing, memory (slow)"
    )
    parser.add_argument("--vendor", action="append", choices=VENDORS, help="only these vendors")
    args = parser.parse_args(argv)
    rounds = 1 if args.quick else args.rounds
    vendors = args.vendor or list(VENDORS)
    tables: dict[str, list[tuple[str, int, dict[str, timing.Sample]]]] = {}
    growth: dict[str, list[tuple[int, dict[str, timing.Sample]]]] = {}
    problems: list[str] = []
    for vendor in vendors:
        chosen = contenders.for_vendor(vendor, args.models)
        tables[vendor] = []
        for label, body in cases.cases(vendor):
            problems += contenders.disagreement(vendor, body, chosen)
            samples = timing.measure(chosen, body, rounds)
            tables[vendor].append((label, len(body), samples))
            print(f"{vendor:7s} {label:14s} " + "  ".join(
                f"{name.split(',')[0]} {s.median:8.1f}" for name, s in samples.items()
            ), flush=True)  # fmt: skip
        if vendor in cases.GROWN:
            pair = {k: v for k, v in chosen.items() if k in (NORMALIZE, LIMIT, DICTS_LABEL)}
            growth[vendor] = []
            for count in cases.PLOT_LINES:
                body = cases.GROWN[vendor](count)
                problems += contenders.disagreement(vendor, body, pair)
                growth[vendor].append((count, timing.measure(pair, body, max(1, rounds // 3))))
    if problems:
        print("the contenders disagree:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.quick:
        with tempfile.TemporaryDirectory(prefix="invoicekit-bench-quick-") as tmp:
            report.write(Path(tmp), tables, growth, rounds, quick=True)
        print(f"quick check passed: {len(vendors)} vendors, every contender agrees")
        return 0
    report.write(args.out, tables, growth, rounds)
    print(f"wrote {args.out / 'benchmarks.md'} and {args.out / 'benchmarks.png'}")
    if args.system:
        import system  # noqa: PLC0415 - starts sandbox servers; only for --system

        (args.out / "benchmarks-system.md").write_text(system.markdown(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
