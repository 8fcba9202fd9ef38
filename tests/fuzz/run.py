"""`nox -s fuzz`: mutated payloads through `normalize` for every vendor, with the figures.

    python tests/fuzz/run.py [--examples N] [--seconds S] [--schema-examples M] [--output F]

Each vendor gets ``N`` mutations of its real payloads (seeds 0..N-1, so a failure is
reproducible with `invoicekit.testing.mutate`), or as many as fit in ``S`` seconds; then ``M``
payloads drawn by Hypothesis from its spec's response schema (`fuzz.schemas`), or as many as
fit in ``S`` seconds more. Every
payload must keep the fuzz property (`invoicekit.testing.check_normalize_property`); the run
stops at the first payload that does not and prints its vendor and seed. The figures (count,
outcomes, time per payload at p50/p99/max, peak RSS) are printed as a Markdown table and
written as JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from fuzz import corpus, schemas
from hypothesis import HealthCheck, given, settings

from invoicekit.testing import check_normalize_property, mutate


class _OutOfTime(BaseException):
    """Stops a Hypothesis run at the time budget (not an Exception: nothing to shrink)."""


def fuzz_vendor(vendor: str, examples: int, seconds: float) -> dict[str, object]:
    """Run the property on up to ``examples`` mutations of ``vendor``'s payloads."""
    bodies = corpus.examples(vendor)
    outcomes = {"invoice": 0, "error": 0}
    timings: list[float] = []
    slowest = (0.0, -1)
    check_normalize_property(vendor, bodies[0])  # loads the plugin: not a payload's cost
    deadline = time.monotonic() + seconds
    for seed in range(examples):
        if time.monotonic() > deadline:
            break
        body = mutate(bodies[seed % len(bodies)], seed)
        started = time.perf_counter()
        try:
            outcome = check_normalize_property(vendor, body)
        except BaseException:
            print(f"property failed: vendor={vendor} seed={seed}", file=sys.stderr)
            raise
        elapsed = time.perf_counter() - started
        timings.append(elapsed)
        slowest = max(slowest, (elapsed, seed))
        outcomes[outcome] += 1
    return _figures(vendor, "mutations", outcomes, timings, slowest) | {
        "bytes_mean": round(
            statistics.mean(len(mutate(bodies[s % len(bodies)], s)) for s in range(50))
        ),
    }


def fuzz_schema(vendor: str, examples: int, seconds: float) -> dict[str, object]:
    """Run the property on up to ``examples`` payloads drawn from ``vendor``'s schema."""
    outcomes = {"invoice": 0, "error": 0}
    timings: list[float] = []
    slowest = (0.0, -1)
    deadline = time.monotonic() + seconds

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(schemas.schema_payloads(vendor))
    def keeps_the_property(body: bytes) -> None:
        nonlocal slowest
        if time.monotonic() > deadline:
            raise _OutOfTime
        started = time.perf_counter()
        outcome = check_normalize_property(vendor, body)
        elapsed = time.perf_counter() - started
        timings.append(elapsed)
        slowest = max(slowest, (elapsed, len(timings)))
        outcomes[outcome] += 1

    try:
        keeps_the_property()
    except _OutOfTime:
        pass
    except BaseException:
        print(
            f"property failed: vendor={vendor} (schema-drawn; Hypothesis shows it)", file=sys.stderr
        )
        raise
    return _figures(vendor, "schema", outcomes, timings, slowest)


def _figures(
    vendor: str,
    strategy: str,
    outcomes: dict[str, int],
    timings: list[float],
    slowest: tuple[float, int],
) -> dict[str, object]:
    timings.sort()
    return {
        "vendor": vendor,
        "strategy": strategy,
        "payloads": len(timings),
        "invoices": outcomes["invoice"],
        "normalization_errors": outcomes["error"],
        "other_outcomes": 0,
        "p50_ms": round(statistics.median(timings) * 1e3, 3),
        "p99_ms": round(timings[int(len(timings) * 0.99)] * 1e3, 3),
        "max_ms": round(slowest[0] * 1e3, 3),
        "slowest_seed": slowest[1],
    }


def main() -> None:
    """Fuzz every vendor and report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=float("inf"))
    parser.add_argument("--schema-examples", type=int, default=2_000)
    parser.add_argument("--output", type=Path, default=Path("fuzz-figures.json"))
    args = parser.parse_args()
    rows = []
    for vendor in corpus.VENDORS:
        rows.append(fuzz_vendor(vendor, args.examples, args.seconds))
        rows.append(fuzz_schema(vendor, args.schema_examples, args.seconds))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        "| vendor | strategy | payloads | invoices | NormalizationError | other | p50 ms | p99 ms"
        " | max ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['vendor']} | {row['strategy']} | {row['payloads']} | {row['invoices']} | "
            f"{row['normalization_errors']} | 0 | {row['p50_ms']} | {row['p99_ms']} | "
            f"{row['max_ms']} |"
        )
    print(f"peak RSS of the whole run: {peak_mib:.0f} MiB")
    args.output.write_text(json.dumps({"vendors": rows, "peak_rss_mib": round(peak_mib)}, indent=2))


if __name__ == "__main__":
    main()
