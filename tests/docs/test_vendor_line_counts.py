"""The line counts in docs/adding-a-vendor.md are the tree's: per vendor, plugin, sandbox, tests.

A count is the lines (``wc -l``) of a vendor's Python files outside its spec and generated
client: the plugin package without its sandbox, the sandbox (a ``_sandbox`` package or
``_sandbox*.py`` modules), and the vendor's own test modules. "Before" is commit ``bf8d896^``,
the tree before the vendor SDK v2 work, measured once with the same rules. When the table is
out of date, the failure shows the table to paste.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "adding-a-vendor.md"
START, END = "<!-- line-counts:start -->", "<!-- line-counts:end -->"
#: Where each vendor's code lives: its package and its tests.
LAYOUT = {
    "yeti": ("plugins/invoicekit_yeti", "tests/plugins/yeti"),
    "daftra": ("plugins/invoicekit_daftra", "tests/plugins/daftra"),
    "fynn": ("plugins/invoicekit_fynn", "tests/plugins/fynn"),
    "stripe": ("examples/invoicekit-stripe/invoicekit_stripe", "examples/invoicekit-stripe/tests"),
    "lago": ("examples/invoicekit-lago/invoicekit_lago", "examples/invoicekit-lago/tests"),
}
#: plugin, sandbox, tests at ``bf8d896^`` (Lago did not exist yet).
BEFORE = {
    "yeti": (1033, 1867, 3109),
    "daftra": (1378, 1565, 2060),
    "fynn": (1776, 2339, 3207),
    "stripe": (1748, 1248, 1701),
}


class Count(NamedTuple):
    """Lines of one vendor's plugin, sandbox and tests."""

    plugin: int
    sandbox: int
    tests: int

    @property
    def total(self) -> int:
        """All three together."""
        return self.plugin + self.sandbox + self.tests


def _lines(paths: list[Path]) -> int:
    return sum(len(path.read_text(encoding="utf-8").splitlines()) for path in paths)


def _is_sandbox(path: Path, package: Path) -> bool:
    parts = path.relative_to(package).parts
    return parts[0] == "_sandbox" or parts[0].startswith("_sandbox")


def count(vendor: str) -> Count:
    """The vendor's line counts in this tree."""
    package, tests = (ROOT / part for part in LAYOUT[vendor])
    code = sorted(package.rglob("*.py"))
    sandbox = [path for path in code if _is_sandbox(path, package)]
    plugin = [path for path in code if path not in sandbox]
    return Count(_lines(plugin), _lines(sandbox), _lines(sorted(tests.rglob("*.py"))))


def _cell(now: int, before: int | None) -> str:
    return f"{now:,}" if before is None else f"{before:,} → {now:,}"


def table() -> str:
    """The Markdown table the guide shows between its markers."""
    rows = [
        "| vendor | plugin | sandbox | tests | total |",
        "|---|---:|---:|---:|---:|",
    ]
    for vendor in LAYOUT:
        now = count(vendor)
        before = BEFORE.get(vendor)
        was = Count(*before) if before else None
        cells = [
            _cell(now.plugin, was.plugin if was else None),
            _cell(now.sandbox, was.sandbox if was else None),
            _cell(now.tests, was.tests if was else None),
            _cell(now.total, was.total if was else None),
        ]
        rows.append(f"| {vendor} | {' | '.join(cells)} |")
    return "\n".join(rows)


def test_the_guide_shows_the_trees_line_counts() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    shown = text.split(START, 1)[1].split(END, 1)[0].strip()
    assert shown == table(), f"update docs/adding-a-vendor.md's table to:\n{table()}"


def test_lago_meets_the_800_line_target() -> None:
    assert count("lago").total <= 800


def test_counts_see_every_part() -> None:
    # A layout that moved would count zero lines and pass the table check vacuously.
    for vendor in LAYOUT:
        assert all(part > 0 for part in count(vendor)), vendor
