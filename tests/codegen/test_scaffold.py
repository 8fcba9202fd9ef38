"""`nox -s new_vendor`: a scaffolded vendor works at once, in the tree and as a distribution.

Each test scaffolds into a copy of the repository (or an empty folder), generates the client
with the pinned generator, then runs the new vendor's own conformance tests and the CLI in a
subprocess, exactly as a developer would right after scaffolding.
"""

from __future__ import annotations

import os
import re
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
    """A copy of the repository with a built-in vendor ``tinybill`` scaffolded and generated."""
    copy = tmp_path_factory.mktemp("repo") / "invoicekit"
    shutil.copytree(ROOT, copy, ignore=_IGNORED)
    _run("codegen/new_vendor.py", "tinybill", "--title", "Tiny Bill", cwd=copy)
    _run("codegen/generate.py", "tinybill", cwd=copy)
    return copy


def _source_env(tree: Path, *extra: Path) -> dict[str, str]:
    paths = [*extra, tree / "core", tree / "plugins", tree / "generated"]
    return {"PYTHONPATH": os.pathsep.join(map(str, paths))}


def test_builtin_scaffold_creates_every_piece(tree: Path) -> None:
    for path in (
        "specs/tinybill/openapi.yaml",
        "specs/tinybill/codegen.yaml",
        "plugins/invoicekit_tinybill/__init__.py",
        "plugins/invoicekit_tinybill/_sandbox.py",
        "generated/invoicekit_tinybill_client/models/__init__.py",
        "tests/plugins/tinybill/test_tinybill_conformance.py",
        "tests/plugins/tinybill/payloads/invoice.json",
    ):
        assert (tree / path).is_file(), path
    assert '"plugins/invoicekit_tinybill",' in (tree / "pyproject.toml").read_text()
    assert '"generated/invoicekit_tinybill_client",' in (tree / "pyproject.toml").read_text()
    assert '"invoicekit_tinybill",' in (tree / "core/invoicekit/_plugins.py").read_text()


# The parts of the suite that see a new built-in vendor: its own conformance tests, the spec and
# generated-client tests (which iterate over every spec), and the plugin registry's tests. The
# rest of the suite cannot observe the scaffold, so rerunning it here would prove nothing more.
_SUITES_THAT_SEE_A_NEW_VENDOR = (
    "tests/plugins/tinybill",
    "tests/generated",
    "tests/core/test_plugins.py",
    "tests/core/test_schema.py",
)


def test_builtin_scaffold_passes_the_vendor_suites_and_is_listed(tree: Path) -> None:
    """Right after scaffolding, every test that sees the new vendor passes, its own included."""
    env = _source_env(tree)
    output = _run(
        "-m", "pytest", "-v", "-p", "no:cacheprovider", *_SUITES_THAT_SEE_A_NEW_VENDOR,
        cwd=tree, env=env,
    )  # fmt: skip
    assert "tests/generated/test_specs.py::" in output
    assert "[tinybill" in output
    assert "tests/plugins/tinybill/test_tinybill_conformance.py::" in output
    assert re.search(r"\b\d+ passed\b", output)
    assert not re.search(r"\b\d+ failed\b", output)
    vendors = _run("-m", "invoicekit", "vendors", cwd=tree, env=env)
    assert '"name":"tinybill"' in vendors.replace(" ", "")


def test_scaffolding_twice_refuses_to_overwrite(tree: Path) -> None:
    result = subprocess.run(
        [sys.executable, "codegen/new_vendor.py", "tinybill"],
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
    dist = tmp_path / "invoicekit-tinybill"
    _run("codegen/new_vendor.py", "tinybill", "--standalone", str(dist), cwd=ROOT)
    _run(
        "codegen/generate.py",
        "tinybill",
        "--specs",
        str(dist / "specs"),
        "--output",
        str(dist),
        cwd=ROOT,
    )
    pyproject = (dist / "pyproject.toml").read_text()
    assert '[project.entry-points.invoicekit]\ntinybill = "invoicekit_tinybill"' in pyproject
    # What pip would write for the entry point, without the cost of an install.
    site = tmp_path / "site"
    info = site / "invoicekit_tinybill-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: invoicekit-tinybill\nVersion: 0.1.0\n"
    )
    (info / "entry_points.txt").write_text("[invoicekit]\ntinybill = invoicekit_tinybill\n")
    env = {**_source_env(ROOT, dist, site), "INVOICEKIT_LOAD_PLUGINS": "tinybill"}
    vendors = _run("-m", "invoicekit", "vendors", cwd=tmp_path, env=env)
    assert '"name":"tinybill"' in vendors.replace(" ", "")
    output = _run("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", cwd=dist, env=env)
    assert re.search(r"\b\d+ passed\b", output)
    assert not re.search(r"\b\d+ failed\b", output)
