"""Honest dependencies: a plain install has no CLI or server libraries, and says which extra to add.

A missing module is simulated in a subprocess with ``sys.modules[name] = None``, which makes both
``import name`` and `importlib.util.find_spec` fail exactly as for a module never installed.
"""

import os
import subprocess
import sys
import textwrap
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
HEAVY = {"click", "rich", "uvicorn", "pygments"}  # what `import httpx` must not load


def _names(requirements: list[str]) -> set[str]:
    return {Requirement(item).name for item in requirements}


def test_the_core_requires_no_cli_or_server_library() -> None:
    assert not _names(PROJECT["dependencies"]) & HEAVY
    extras = PROJECT["optional-dependencies"]
    assert _names(extras["cli"]) == {"click", "rich"}
    assert _names(extras["sandbox"]) == {"uvicorn"}


def test_the_installed_metadata_puts_them_behind_extras() -> None:
    unconditional = set()
    for line in metadata.requires("invoicekit") or []:
        requirement = Requirement(line)
        if requirement.marker is None:
            unconditional.add(requirement.name)
        elif requirement.name in {"click", "rich"}:
            # the command line's extra, or codegen's, whose `invoicekit codegen` is a command
            assert any(requirement.marker.evaluate({"extra": e}) for e in ("cli", "codegen")), line
            assert not requirement.marker.evaluate({"extra": ""}), line
    assert {"httpx", "msgspec", "pluggy"} <= unconditional
    assert not unconditional & HEAVY


def _run(code: str, *blocked: str) -> subprocess.CompletedProcess[str]:
    prelude = f"import sys\nsys.modules.update(dict.fromkeys({list(blocked)!r}))\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "INVOICEKIT_LOAD_PLUGINS": ""},
    )


@pytest.mark.parametrize("missing", ["click", "rich"])
def test_the_command_line_without_its_extra_says_what_to_install(missing: str) -> None:
    result = _run(
        """
        sys.argv = ["invoicekit", "vendors"]
        from invoicekit.__main__ import main
        main()
        """,
        missing,
    )
    assert result.returncode == 1
    assert result.stderr == (
        f"invoicekit: error: the invoicekit command line needs {missing}, which is not "
        "installed: pip install 'invoicekit[cli]'\n"
    )


def test_the_sandbox_clients_need_no_uvicorn_but_a_server_does() -> None:
    result = _run(
        """
        from invoicekit.sandbox import SandboxServer
        server = SandboxServer(["fynn"], size=3)
        with server.connect("fynn") as client:
            print(len(list(client.list_invoices())))
        try:
            server.start()
        except ImportError as exc:
            print(type(exc).__name__, exc.extra, exc)
        """,
        "uvicorn",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "3",
        "MissingExtra sandbox a sandbox server (SandboxServer.start, invoicekit sandbox) needs "
        "uvicorn, which is not installed: pip install 'invoicekit[sandbox]'",
    ]


def test_invoicekit_sandbox_without_uvicorn_is_one_line_and_status_1() -> None:
    result = _run(
        """
        sys.argv = ["invoicekit", "sandbox", "--port", "0"]
        from invoicekit.__main__ import main
        main()
        """,
        "uvicorn",
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "invoicekit: error: a sandbox server (SandboxServer.start, invoicekit sandbox) needs "
        "uvicorn, which is not installed: pip install 'invoicekit[sandbox]'"
    ]
