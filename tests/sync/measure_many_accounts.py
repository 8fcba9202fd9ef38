"""Measure `invoicekit.sync.run_accounts`: N accounts x SIZE invoices against the sandbox.

Not a test (pytest does not collect it); the figures in docs/sync.md come from it::

    .nox/tests/bin/python tests/sync/measure_many_accounts.py --accounts 10 25 50 --size 2000

The sandbox runs in a process of its own (``invoicekit sandbox``), so the sync process's peak
resident memory (``ru_maxrss``) is the sync's alone. Each account count runs in a fresh child
process, into a fresh SQLite file; every account lists the same vendor sandbox under its own
account name, so the store ends with accounts x size invoices. Then it syncs all accounts
again with nothing changed (``resync_*``): the cost of an emulated changed-since when the store
is current.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sync(args: argparse.Namespace) -> None:
    """The child: sync ``args.accounts`` accounts and print one JSON result line."""
    from invoicekit.accounts import Account
    from invoicekit.sandbox import SandboxApp
    from invoicekit.sync import SQLiteStore, run_accounts

    credentials = dict(SandboxApp([args.vendor], size=0).sandbox(args.vendor).credentials)
    refs = {}
    for key, value in credentials.items():
        variable = f"MEASURE_{key.upper()}"
        os.environ[variable] = value
        refs[key] = f"env:{variable}"
    accounts = [
        Account(f"acct{n:03}", args.vendor, f"{args.url}/{args.vendor}", refs)
        for n in range(args.accounts)
    ]
    with tempfile.TemporaryDirectory() as folder, SQLiteStore(Path(folder) / "s.sqlite") as store:

        def sync_all() -> list:
            return run_accounts(
                accounts,
                store,
                concurrency=args.concurrency,
                rates={args.vendor: args.rate},
                page_size=args.page_size,
            )

        started = time.perf_counter()
        summaries = sync_all()
        seconds = time.perf_counter() - started
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # Again with nothing changed: what an emulated changed-since costs when all is current.
        started = time.perf_counter()
        again = sync_all()
        resync = time.perf_counter() - started
        unchanged = sum(s.unchanged for s in again)
        stored = sum(len(store.live_ids(args.vendor, account.name)) for account in accounts)
        size = (Path(folder) / "s.sqlite").stat().st_size
    failed = [s.error for s in summaries if s.error]
    print(
        json.dumps(
            {
                "accounts": args.accounts,
                "invoices": stored,
                "failed": failed[:3],
                "seconds": round(seconds, 1),
                "invoices_per_second": round(stored / seconds),
                "pages": sum(s.pages for s in summaries),
                "peak_rss_mib": round(peak_kib / 1024, 1),
                "resync_seconds": round(resync, 1),
                "resync_unchanged": unchanged,
                "resync_peak_rss_mib": round(
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
                ),
                "db_mib": round(size / 2**20, 1),
            }
        )
    )


def main() -> None:
    """Start the sandbox, then one child process per account count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--vendor", default="fynn", choices=["daftra", "fynn", "yeti"])
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--rate", type=float, default=1000.0, help="requests/s per host")
    parser.add_argument("--page-size", type=int, default=100)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.accounts = args.accounts[0]
        _sync(args)
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    invoicekit = Path(sys.executable).with_name("invoicekit")
    server = subprocess.Popen(
        [
            invoicekit,
            "sandbox",
            "--port",
            str(port),
            "--size",
            str(args.size),
            "--vendor",
            args.vendor,
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/_sandbox/health", timeout=1)
                break
            except OSError as error:
                if getattr(error, "code", None):  # any HTTP answer: the server is up
                    break
                time.sleep(0.1)
        for count in args.accounts:
            child = [sys.executable, __file__, "--child", "--url", url]
            child += ["--accounts", str(count), "--vendor", args.vendor]
            child += ["--concurrency", str(args.concurrency), "--rate", str(args.rate)]
            child += ["--page-size", str(args.page_size), "--size", str(args.size)]
            subprocess.run(child, check=True)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
