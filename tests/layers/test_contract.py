"""The import-linter contracts of pyproject.toml hold, and fail on a deliberately added back-edge.

Each case copies core's package into a temporary tree, adds one import to a copy, and runs
`lint-imports` with the repository's own pyproject.toml against that tree.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "core" / "invoicekit"
# What the `lint-imports` script runs, so the test needs no script on PATH.
_LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    """`lint-imports` on ``tree/invoicekit`` with this repository's contracts."""
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return subprocess.run(
        [sys.executable, "-c", _LINT_IMPORTS, "--no-cache", "pyproject.toml"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(PACKAGE, root / "invoicekit", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _with_import(tree: Path, tmp_path: Path, module: str, line: str) -> Path:
    """A copy of ``tree`` in which ``module`` (a path under invoicekit/) also runs ``line``."""
    copy = tmp_path / "tree"
    shutil.copytree(tree, copy)
    target = copy / "invoicekit" / module
    target.write_text(target.read_text() + f"\n{line}\n")
    return copy


def test_the_package_keeps_both_contracts(tree: Path) -> None:
    result = _lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "core layers KEPT" in result.stdout
    assert "no import cycles KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # A lower layer importing an upper one: the model reaching for the client.
        ("model.py", "import invoicekit.client", "core layers BROKEN"),
        # The cycle issue 16 removed: vendor's parse_error importing flows -> _normalize.
        ("vendor.py", "from invoicekit import _normalize", "core layers BROKEN"),
        # A cycle inside one layer, which the layers contract alone allows.
        ("errors.py", "import invoicekit._translate", "no import cycles BROKEN"),
    ],
)
def test_a_back_edge_breaks_a_contract(
    tree: Path, tmp_path: Path, module: str, line: str, broken: str
) -> None:
    result = _lint(_with_import(tree, tmp_path, module, line))
    assert result.returncode != 0
    assert broken in result.stdout, result.stdout + result.stderr


def test_an_annotation_only_import_is_no_back_edge(tree: Path, tmp_path: Path) -> None:
    line = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import invoicekit.client"
    result = _lint(_with_import(tree, tmp_path, "model.py", line))
    assert result.returncode == 0, result.stdout + result.stderr
