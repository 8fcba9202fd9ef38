"""Cold start, listing against raw httpx, and memory: what a process pays around `normalize`.

    nox -s bench -- --system                # after the tables: writes docs/benchmarks-system.md
    python benchmarks/system.py [--listing N] [--memory N M]   # prints the same Markdown

It is slow (every invoice crosses loopback from the sandbox server, itself Python), so it is
not part of the default run.

* Cold start: a fresh interpreter per sample; `import invoicekit` plus the first
  ``normalize("fynn", body)``, against `import msgspec` plus one ``msgspec.json.decode``. It
  also reports whether that first call imported httpx (it must not, once the plugins import
  their HTTP parts lazily).
* Listing: 10,000 Fynn invoices, page size 100: ``list_invoices`` (sync and async) against raw
  httpx GETs of the same requests that only ``json.loads`` them. The conversation is recorded
  once from the sandbox and served again from a separate process (`replay`), so that neither
  contender times the sandbox making its data. Besides the wall-clock rates it gives each
  contender's own CPU time per invoice, which another process's load on a shared machine
  does not inflate.
* Memory: peak RSS of a client process iterating 10,000 and then 100,000 sandbox invoices
  (the server runs in this process, so its data does not count).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import replay

from invoicekit import connect, connect_async
from invoicekit.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[1]
BODY = ROOT / "tests" / "payloads" / "fynn" / "seed_invoice.json"
PAGE = 100
_COLD = """
import sys, time
body = open(sys.argv[1], 'rb').read()
start = time.perf_counter()
{code}
print(time.perf_counter() - start, 'httpx' in sys.modules)
"""
_NORMALIZE = "import invoicekit\ninvoicekit.normalize('fynn', body)"
_MSGSPEC = "import msgspec\nmsgspec.json.decode(body)"
_ITERATE = """
import resource, sys
from invoicekit import connect
count = 0
with connect("fynn", base_url=sys.argv[1], api_key=sys.argv[2]) as client:
    for _ in client.list_invoices(page_size=100):
        count += 1
        if count == int(sys.argv[3]):
            break
try:  # this process's own high-water mark (Linux), in KiB
    status = open("/proc/self/status", encoding="ascii").read()
    peak = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError):  # elsewhere; it may include the parent's, see memory()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, peak)
"""


# An installed package has its bytecode compiled (pip writes it); a tree whose .pyc files are
# stale, under PYTHONDONTWRITEBYTECODE, would compile every module it imports on every sample.
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _cold_once(code: str) -> tuple[float, bool]:
    out = subprocess.run(
        [sys.executable, "-c", _COLD.format(code=code), str(BODY)],
        check=True, capture_output=True, text=True, env=_ENV,
    ).stdout.split()  # fmt: skip
    return float(out[0]) * 1e3, out[1] == "True"


def cold_start(samples: int = 15) -> list[str]:
    """Markdown lines: the cold-start medians in ms and their ratio.

    The two contenders alternate, one fresh interpreter each, so that a shared machine's load
    weighs on both alike.
    """
    ours, base, httpx_loaded = [], [], False
    _cold_once(_NORMALIZE)  # unmeasured: writes the bytecode a fresh tree lacks (see _ENV)
    _cold_once(_MSGSPEC)
    for _ in range(samples):
        elapsed, imported = _cold_once(_NORMALIZE)
        ours.append(elapsed)
        httpx_loaded = httpx_loaded or imported
        base.append(_cold_once(_MSGSPEC)[0])
    ours_ms, base_ms = statistics.median(ours), statistics.median(base)
    return [
        f"| import invoicekit + first normalize('fynn') | {ours_ms:,.0f} ms |",
        f"| import msgspec + one decode | {base_ms:,.0f} ms |",
        f"| ratio | {ours_ms / base_ms:.1f}x (target 1.5x) |",
        f"| first normalize imported httpx | {'yes' if httpx_loaded else 'no'} |",
    ]


def _replay_sync(base: str, paths: list[str]) -> int:
    count = 0
    with httpx.Client(base_url=base) as client:
        for path in paths:
            data = json.loads(client.get(path).content).get("data")
            count += len(data) if isinstance(data, list) else 0
    return count


async def _replay_async(base: str, paths: list[str]) -> int:
    count = 0
    async with httpx.AsyncClient(base_url=base) as client:
        for path in paths:
            data = json.loads((await client.get(path)).content).get("data")
            count += len(data) if isinstance(data, list) else 0
    return count


def _record(size: int) -> tuple[dict[str, str], dict[str, str]]:
    """One sandbox listing's conversation (``path?query -> body``) and its credentials."""
    with SandboxServer(["fynn"], size=size) as server, httpx.Client() as http_client:
        conversation = replay.record(http_client)
        credentials = server.credentials("fynn")
        with connect("fynn", base_url=server.base_url("fynn"), http_client=http_client,
                     **credentials) as client:  # fmt: skip
            listed = sum(1 for _ in client.list_invoices(page_size=PAGE))
    assert listed == size, listed
    return conversation, credentials


def listing(size: int = 10_000, rounds: int = 5) -> list[str]:
    """Markdown lines: invoices per second, list_invoices against raw httpx, sync and async.

    Both send the same requests (the recorded conversation of one listing: invoice pages and
    the payment lookups the plugin makes) to a replay server in its own process.
    """
    conversation, credentials = _record(size)
    paths = list(conversation)
    with tempfile.TemporaryDirectory() as tmp, replay.serve(conversation, Path(tmp)) as origin:
        base = f"{origin}/fynn"

        def ours_sync() -> int:
            with connect("fynn", base_url=base, allow_insecure=True, **credentials) as client:
                return sum(1 for _ in client.list_invoices(page_size=PAGE))

        async def ours_async() -> int:
            count = 0
            async with connect_async("fynn", base_url=base, allow_insecure=True,
                                     **credentials) as client:  # fmt: skip
                async for _ in client.list_invoices(page_size=PAGE):
                    count += 1
            return count

        contenders = {
            "list_invoices, sync": ours_sync,
            "raw httpx + json.loads, sync": lambda: _replay_sync(origin, paths),
            "list_invoices, async": lambda: asyncio.run(ours_async()),
            "raw httpx + json.loads, async": lambda: asyncio.run(_replay_async(origin, paths)),
        }
        seconds: dict[str, list[float]] = {label: [] for label in contenders}
        cpu: dict[str, list[float]] = {label: [] for label in contenders}
        for _ in range(rounds):  # interleaved, as in run.py
            for label, action in contenders.items():
                start, start_cpu = time.perf_counter(), time.process_time()
                count = action()
                seconds[label].append(time.perf_counter() - start)
                cpu[label].append(time.process_time() - start_cpu)
                assert count >= size, (label, count)
    rate = {label: size / statistics.median(values) for label, values in seconds.items()}
    lines = [f"| {label} | {value:,.0f} invoices/s |" for label, value in rate.items()]
    lines.append(f"| requests per listing (invoice pages and payment lookups) | {len(paths)} |")
    for mode in ("sync", "async"):
        ratio = rate[f"list_invoices, {mode}"] / rate[f"raw httpx + json.loads, {mode}"]
        lines.append(f"| list_invoices / raw httpx, {mode} | {ratio:.2f} (target ≥ 0.9) |")
    # The client's own CPU time (the replay server is another process): on a shared machine
    # the wall-clock rates above also carry the other processes' load.
    per = {label: statistics.median(values) / size * 1e6 for label, values in cpu.items()}
    for mode in ("sync", "async"):
        ours, raw = per[f"list_invoices, {mode}"], per[f"raw httpx + json.loads, {mode}"]
        lines.append(
            f"| client CPU µs per invoice, {mode}: list_invoices / raw httpx | "
            f"{ours:.1f} / {raw:.1f} = {raw / ours:.2f} |"
        )
    return lines


def memory(sizes: tuple[int, ...] = (10_000, 100_000)) -> list[str]:
    """Markdown lines: the client's peak RSS after iterating each number of invoices.

    The peak is the child's ``VmHWM``, not ``ru_maxrss``: Linux carries the parent's peak
    into a child's ``ru_maxrss`` across the exec, so a parent holding the sandbox's data (or
    the listing's recorded conversation) would floor both figures at its own peak.
    """
    lines, peaks = [], []
    with SandboxServer(["fynn"], size=max(sizes)) as server:
        key = server.credentials("fynn")["api_key"]
        for size in sizes:
            out = subprocess.run(
                [sys.executable, "-c", _ITERATE, server.base_url("fynn"), key, str(size)],
                check=True, capture_output=True, text=True,
            ).stdout.split()  # fmt: skip
            peaks.append(int(out[1]) / 1024)
            lines.append(f"| peak RSS, {int(out[0]):,} invoices | {peaks[-1]:,.1f} MiB |")
    lines.append(f"| growth | {(peaks[-1] / peaks[0] - 1) * 100:+.1f} % (target within 10 %) |")
    return lines


def markdown(listing_size: int = 10_000, memory_sizes: tuple[int, ...] = (10_000, 100_000)) -> str:
    """The report: cold start, listing and memory, with the machine it ran on."""
    from report import machine  # noqa: PLC0415 - a sibling script, on sys.path when run

    out = ["# Cold start, listing and memory", "",
           f"Written by `python3 -m nox -s bench -- --system` ({time.strftime('%Y-%m-%d')}).",
           "", *machine(), "", "| measure | value |", "|---|---:|"]  # fmt: skip
    out += cold_start() + listing(listing_size) + memory(memory_sizes)
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the report (or write it with ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listing", type=int, default=10_000, help="invoices to list")
    parser.add_argument("--memory", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", type=Path, help="write the Markdown here")
    parser.add_argument("--cold", type=int, metavar="N", help="only the cold start, N samples")
    args = parser.parse_args(argv)
    if args.cold:
        print("\n".join(cold_start(args.cold)))
        return 0
    text = markdown(args.listing, tuple(args.memory))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
