"""`nox -s new_vendor`: a scaffolded vendor works at once, in the tree and as a distribution.

The built-in scaffold goes into a copy of the repository, gets its client from `invoicekit
codegen`, and the tests that can see a new vendor run there. The standalone scaffold is proved
as a user meets it: `nox -s new_vendor -- NAME --standalone DIR`, then that distribution's own
`nox` (tests, lint, drift) in DIR, with invoicekit installed from the wheel the scaffold put
beside it and no path to this checkout anywhere.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import new_vendor
import pytest

ROOT = Path(__file__).resolve().parents[2]
_IGNORED = shutil.ignore_patterns(".git", ".venv", ".nox", "__pycache__", "*.pyc", ".*_cache")


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None, code: int = 0) -> str:
    result = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env if env is not None else os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == code, f"{args} exited {result.returncode}:\n{output}"
    return output


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository with a built-in vendor ``tinybill`` scaffolded and generated."""
    copy = tmp_path_factory.mktemp("repo") / "invoicekit"
    shutil.copytree(ROOT, copy, ignore=_IGNORED)
    _run("codegen/new_vendor.py", "tinybill", "--title", "Tiny Bill", cwd=copy)
    codegen = ("-m", "invoicekit", "codegen", "tinybill", "--specs", "specs")
    _run(*codegen, "--output", "generated", cwd=copy, env=_source_env(copy))
    return copy


def _source_env(tree: Path) -> dict[str, str]:
    paths = [tree / "core", tree / "plugins", tree / "generated"]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, paths))}


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
    table = (tree / "pyproject.toml").read_text().split(new_vendor.FORCE_INCLUDE)[1]
    shipped = '"specs/tinybill/openapi.yaml" = "invoicekit_tinybill/openapi.yaml"'
    assert shipped in table.split("\n[")[0]  # in the wheel's force-include table
    assert '"invoicekit_tinybill",' in (tree / "core/invoicekit/_plugins.py").read_text()


def test_builtin_scaffold_passes_its_own_and_the_spec_tests_and_is_listed(tree: Path) -> None:
    """Right after scaffolding, the vendor's conformance kit and the spec and generated-client
    tests on its spec pass. The rest of the suite cannot observe the scaffold: rerunning it
    here would prove nothing more."""
    env = _source_env(tree)
    output = _run(
        "-m", "pytest", "-v", "-p", "no:cacheprovider", "-k", "tinybill",
        "tests/plugins/tinybill", "tests/generated", cwd=tree, env=env,
    )  # fmt: skip
    assert "tests/generated/test_specs.py::" in output
    assert "[tinybill" in output
    assert "tests/plugins/tinybill/test_tinybill_conformance.py::" in output
    assert re.search(r"\b\d+ passed\b", output)
    assert not re.search(r"\b\d+ (failed|error)", output)
    vendors = _run("-m", "invoicekit", "vendors", cwd=tree, env=env)
    assert '"name":"tinybill"' in vendors.replace(" ", "")


def test_scaffolding_twice_refuses_to_overwrite(tree: Path) -> None:
    output = _run("codegen/new_vendor.py", "tinybill", cwd=tree, code=1)
    assert "already exists" in output


def test_codegen_fails_loudly_for_a_vendor_without_a_spec(tree: Path) -> None:
    output = _run(
        "-m", "invoicekit", "codegen", "nosuch", "--specs", "specs", "--output", "generated",
        cwd=tree, env=_source_env(tree), code=2,
    )  # fmt: skip
    assert "no spec for nosuch" in output


def test_the_recorded_payload_keeps_the_examples_number_scale(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        "components:\n  examples:\n    invoice:\n      value:\n"
        "        rate: 1.0000\n        amounts: [0.10, 2]\n        issued: 2026-01-05\n"
    )
    payload = new_vendor.example_payload(spec)
    assert '"rate": 1.0000' in payload
    assert re.search(r"0\.10\b", payload)
    assert json.loads(payload, parse_float=Decimal) == {
        "rate": Decimal("1.0000"),
        "amounts": [Decimal("0.10"), 2],
        "issued": "2026-01-05",
    }


def _user_environment() -> dict[str, str]:
    """This process's environment without what marks it as invoicekit's own test run."""
    dropped = {"VIRTUAL_ENV", "PYTHONPATH", "INVOICEKIT_LOAD_PLUGINS", "NOX_CURRENT_SESSION"}
    return {key: value for key, value in os.environ.items() if key not in dropped}


@pytest.mark.pypi
def test_a_standalone_scaffold_passes_its_own_nox_without_this_checkout(tmp_path: Path) -> None:
    """The proof of issue 10 item 9. Installs resolve through uv's cache (PyPI for the rest)."""
    dist = tmp_path / "invoicekit-tinybill"
    env = _user_environment()
    _run(
        "-m", "nox", "--envdir", str(tmp_path / "nox"), "-s", "new_vendor", "--",
        "tinybill", "--standalone", str(dist), cwd=ROOT, env=env,
    )  # fmt: skip
    wheels = [p.name for p in (dist / "wheels").glob("*.whl")]
    assert wheels == ["invoicekit-0.1.0-py3-none-any.whl"]
    shipped = '"specs/tinybill/openapi.yaml" = "invoicekit_tinybill/openapi.yaml"'
    assert shipped in (dist / "pyproject.toml").read_text()  # the sandbox's spec in the wheel
    output = _run("-m", "nox", cwd=dist, env=env)
    for session in ("tests", "lint", "drift"):
        assert f"Session {session} was successful" in output
    assert f"invoicekit[codegen] @ {(dist / 'wheels').as_uri()}/invoicekit-" in output
    # The checkout may only show up as where CI keeps its tools (.tools/bin/uv on PATH, the
    # .ci/tools.txt pins in UV_CONSTRAINT), never as the invoicekit that is installed or run.
    allowed = (str(ROOT / ".tools"), str(ROOT / ".ci"))
    leaks = [
        line
        for line in output.splitlines()
        if str(ROOT) in line.replace(allowed[0], "").replace(allowed[1], "")
    ]
    assert not leaks
    assert "tests/test_tinybill_conformance.py" in output
    assert "tests/test_tinybill_spec.py" in output
    assert re.search(r"\b\d+ passed\b", output)
    assert not re.search(r"\b\d+ (failed|errors?)\b", output)
    # The drift gate is real: a hand edit of the generated client fails it.
    with (dist / "invoicekit_tinybill_client" / "operations.py").open("a") as handle:
        handle.write("# edited by hand\n")
    drift = _run("-m", "nox", "-R", "-s", "drift", cwd=dist, env=env, code=1)
    assert "differs from a fresh generation: operations.py" in drift
