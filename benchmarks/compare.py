"""Before/after: `normalize` of two source trees, timed in alternating fresh processes.

    python benchmarks/compare.py BEFORE_TREE [AFTER_TREE] [--runs 5]

A tree is a checkout of this repository (``git archive REV | tar -x -C DIR``); AFTER_TREE
defaults to this one. Each run is one process per tree, in alternating order, timing every
case of benchmarks/cases.py with the interleaved harness; the table gives the median over the
runs of each case's median, and after / before. On a shared machine this is steadier than
comparing two full `nox -s bench` reports taken minutes apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SOURCES = ("core", "plugins", "generated", "examples/invoicekit-stripe")
_CHILD = """
import json, sys
import cases, timing, invoicekit
out = {}
for vendor in ("yeti", "daftra", "fynn", "stripe"):
    for label, body in cases.cases(vendor):
        sample = timing.measure({"n": lambda b, v=vendor: invoicekit.normalize(v, b)}, body, 7)
        out[f"{vendor} {label}"] = sample["n"].median
print(json.dumps(out))
"""


def _run(tree: Path) -> dict[str, float]:
    path = os.pathsep.join([str(ROOT / "benchmarks"), *(str(tree / s) for s in _SOURCES)])
    env = {**os.environ, "PYTHONPATH": path, "INVOICEKIT_LOAD_PLUGINS": "stripe"}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, check=True, capture_output=True, text=True
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the before/after table as Markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path, nargs="?", default=ROOT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for index in range(args.runs):
        order = ("before", "after") if index % 2 == 0 else ("after", "before")
        for name in order:
            runs[name].append(_run(getattr(args, name)))
    print("| vendor, payload | before µs | after µs | after / before |")
    print("|---|---:|---:|---:|")
    for case in runs["after"][0]:
        before = statistics.median(r[case] for r in runs["before"])
        after = statistics.median(r[case] for r in runs["after"])
        print(f"| {case} | {before:,.1f} | {after:,.1f} | {after / before:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
