"""core/invoicekit's import graph has no cycle, counting annotation-only imports too.

The "no import cycles" import-linter contract ignores imports under ``if TYPE_CHECKING:``; this
test does not, so that mypy, IDEs and a later move of an annotation into run-time code never
meet a cycle either. The graph is built with grimp, the library import-linter itself uses, in a
child process, so that a deliberately broken copy of the package (the second test) can be
imported as ``invoicekit`` without touching the real one.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "core" / "invoicekit"

# Runs in the child: the strongly connected components of more than one module (each is a set
# of modules that import each other in a circle), as JSON. Iterative Tarjan: no recursion limit.
_CYCLES = """
import json, grimp

graph = grimp.build_graph("invoicekit", exclude_type_checking_imports=False, cache_dir=None)
imports = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
index, low, stack, on_stack, found = {}, {}, [], set(), []
for start in sorted(imports):
    if start in index:
        continue
    work = [(start, 0)]
    while work:
        node, child = work.pop()
        if child == 0:
            index[node] = low[node] = len(index)
            stack.append(node)
            on_stack.add(node)
        if child < len(imports[node]):
            work.append((node, child + 1))
            target = imports[node][child]
            if target not in index:
                work.append((target, 0))
            elif target in on_stack:
                low[node] = min(low[node], index[target])
            continue
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))
        if work:
            parent = work[-1][0]
            low[parent] = min(low[parent], low[node])
print(json.dumps(found))
"""


def _cycles(parent: Path) -> list[list[str]]:
    """Every import cycle of the ``invoicekit`` package found in ``parent``."""
    result = subprocess.run(
        [sys.executable, "-c", _CYCLES],
        cwd=parent,
        env={**os.environ, "PYTHONPATH": str(parent)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    cycles: list[list[str]] = json.loads(result.stdout)
    return cycles


def test_core_has_no_import_cycle_even_through_type_checking_imports() -> None:
    assert _cycles(PACKAGE.parent) == []


@pytest.mark.parametrize(
    ("module", "line", "members"),
    [
        # A run-time back-edge: the registry reaching up into the client.
        ("_plugins.py", "import invoicekit.client", {"invoicekit._plugins", "invoicekit.client"}),
        # An annotation-only one, which import-linter's contracts ignore: the kind issue 16
        # removed from vendor.py (it imported the webhooks package, whose _api imports vendor).
        (
            "vendor.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import invoicekit.webhooks",
            {"invoicekit.vendor", "invoicekit.webhooks"},
        ),
    ],
)
def test_a_deliberate_back_edge_is_found(
    tmp_path: Path, module: str, line: str, members: set[str]
) -> None:
    shutil.copytree(PACKAGE, tmp_path / "invoicekit", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "invoicekit" / module
    target.write_text(target.read_text() + f"\n{line}\n")
    cycles = _cycles(tmp_path)
    assert len(cycles) == 1, cycles
    assert members <= set(cycles[0])
