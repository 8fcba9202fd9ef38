"""`nox -s new_vendor`: a scaffolded vendor works at once, in the tree and as a distribution.

Each test scaffolds into a copy of the repository (or an empty folder), generates the client
with the pinned generator, then runs the new vendor's own conformance tests and the CLI in a
subprocess, exactly as a developer would right after scaffolding.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_IGNORED = shutil.ignore_patterns(".git", ".venv", ".nox", "__pycache__", "*.pyc", ".*_cache")


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository with a built-in vendor ``acme`` scaffolded and generated."""
    copy = tmp_path_factory.mktemp("repo") / "invoicekit"
    shutil.copytree(ROOT, copy, ignore=_IGNORED)
    _run("codegen/new_vendor.py", "acme", "--title", "Acme Billing", cwd=copy)
    _run("codegen/generate.py", "acme", cwd=copy)
    return copy


def _source_env(tree: Path, *extra: Path) -> dict[str, str]:
    paths = [*extra, tree / "core", tree / "plugins", tree / "generated"]
    return {"PYTHONPATH": os.pathsep.join(map(str, paths))}


def test_builtin_scaffold_creates_every_piece(tree: Path) -> None:
    for path in (
        "specs/acme/openapi.yaml",
        "specs/acme/codegen.yaml",
        "plugins/invoicekit_acme/__init__.py",
        "plugins/invoicekit_acme/_sandbox.py",
        "generated/invoicekit_acme_client/models/__init__.py",
        "tests/plugins/acme/test_acme_conformance.py",
        "tests/plugins/acme/payloads/invoice.json",
    ):
        assert (tree / path).is_file(), path
    assert '"plugins/invoicekit_acme",' in (tree / "pyproject.toml").read_text()
    assert '"generated/invoicekit_acme_client",' in (tree / "pyproject.toml").read_text()
    assert '"invoicekit_acme",' in (tree / "core/invoicekit/_plugins.py").read_text()


def test_builtin_scaffold_passes_its_tests_and_is_listed(tree: Path) -> None:
    env = _source_env(tree)
    output = _run(
        "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/plugins/acme", cwd=tree, env=env
    )
    assert "passed" in output
    assert "failed" not in output
    vendors = _run("-m", "invoicekit", "vendors", cwd=tree, env=env)
    assert '"name":"acme"' in vendors.replace(" ", "")


def test_scaffolding_twice_refuses_to_overwrite(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "codegen/new_vendor.py", "acme"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "already exists" in result.stderr


def test_standalone_scaffold_is_a_distribution_found_by_its_entry_point(
    tmp_path: Path,
) -> None:
    dist = tmp_path / "invoicekit-acme"
    _run("codegen/new_vendor.py", "acme", "--standalone", str(dist), cwd=ROOT)
    _run(
        "codegen/generate.py",
        "acme",
        "--specs",
        str(dist / "specs"),
        "--output",
        str(dist),
        cwd=ROOT,
    )
    pyproject = (dist / "pyproject.toml").read_text()
    assert '[project.entry-points.invoicekit]\nacme = "invoicekit_acme"' in pyproject
    # What pip would write for the entry point, without the cost of an install.
    site = tmp_path / "site"
    info = site / "invoicekit_acme-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: invoicekit-acme\nVersion: 0.1.0\n")
    (info / "entry_points.txt").write_text("[invoicekit]\nacme = invoicekit_acme\n")
    env = {**_source_env(ROOT, dist, site), "INVOICEKIT_LOAD_PLUGINS": "acme"}
    vendors = _run("-m", "invoicekit", "vendors", cwd=tmp_path, env=env)
    assert '"name":"acme"' in vendors.replace(" ", "")
    output = _run("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", cwd=dist, env=env)
    assert "passed" in output
    assert "failed" not in output
