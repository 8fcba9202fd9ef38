"""README.md stays true: its commands, Python blocks and sandbox CLI examples are executed.

The first ``sh`` block holds the two commands for a fresh machine. The demo command runs here
exactly as written, with ``bash`` and the system's ``python3`` (not this test environment's), in
a copy of the checkout; it needs PyPI, as it does for a user (marker ``pypi``). The test command
would run this suite inside itself, so it is CI's own command instead: `.ci/run` ends with the
very same line. The Python blocks run from the repository root, each on its own in a fresh
namespace (a reader copies one at a time). Every ``invoicekit ...`` line of a later ``sh``
block runs as a subprocess; ``console`` blocks show commands for a real account and are not run.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.M | re.S)


def _blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README) if lang == language]


def _cli_commands() -> list[str]:
    commands = []
    for body in _blocks("sh"):
        for line in body.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("invoicekit "):
                commands.append(command)
    return commands


def _setup_commands() -> list[str]:
    """The command lines of the README's first ``sh`` block (comments left out)."""
    lines = [line.strip() for line in _blocks("sh")[0].splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def test_readme_has_the_two_commands_first() -> None:
    demo, tests = _setup_commands()
    assert demo.endswith("nox -s demo")
    assert tests.endswith("nox -s drift lint tests")
    # No pip install into the system's Python: PEP 668 systems refuse it.
    assert all("--target" in line or "venv" in line for line in (demo, tests))


def test_ci_runs_the_readme_test_command_as_written() -> None:
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert ci[-1] == _setup_commands()[1]


_MANAGED = (
    "import os, sys, sysconfig; "
    "marker = os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED'); "
    "print(os.path.exists(marker) and sys.version_info >= (3, 11))"
)


def _externally_managed_python() -> str | None:
    """A Python 3.11+ of the system that refuses pip installs (PEP 668), if there is one."""
    for candidate in ("/usr/bin/python3", "/opt/homebrew/bin/python3", "/usr/local/bin/python3"):
        if not os.access(candidate, os.X_OK):
            continue
        answer = subprocess.run(
            [candidate, "-c", _MANAGED], capture_output=True, text=True, check=False
        )
        if answer.stdout.strip() == "True":
            return candidate
    return None


def _system_environment(bin_dir: Path) -> dict[str, str]:
    """This process's environment as a user's shell has it: without the test virtual
    environment, and with ``python3`` the system's externally managed one where there is one
    (a PEP 668 system, as the README promises), else the first on the ``PATH``."""
    venv_bin = str(Path(sys.prefix) / "bin")
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONHOME"}}
    path = [entry for entry in env.get("PATH", "").split(os.pathsep) if entry != venv_bin]
    managed = _externally_managed_python()
    if managed is not None:
        bin_dir.mkdir()
        (bin_dir / "python3").symlink_to(managed)
        path.insert(0, str(bin_dir))
    env["PATH"] = os.pathsep.join(path)
    return env


def _copy_checkout(target: Path) -> None:
    """The files a fresh clone of this checkout would have (ignored files left out)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.mark.pypi
@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed to copy the checkout")
def test_the_demo_command_runs_as_written(tmp_path: Path) -> None:
    demo = _setup_commands()[0]
    checkout = tmp_path / "checkout"
    _copy_checkout(checkout)
    result = subprocess.run(
        ["bash", "-c", demo],
        cwd=checkout,
        env=_system_environment(tmp_path / "bin"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{demo}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert "Session demo was successful" in result.stderr
    # Piped, the demo prints short tables, not JSON.
    assert "Daftra (sandbox)" in result.stdout
    assert "{" not in result.stdout


@pytest.mark.parametrize(
    "index", range(len(_blocks("python"))), ids=lambda index: f"block{index + 1}"
)
def test_each_python_block_runs_on_its_own(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh namespace each: a block that leans on another's imports or names fails here.
    monkeypatch.chdir(ROOT)
    block = _blocks("python")[index]
    code = compile(block, f"README.md python block {index + 1}", "exec")
    exec(code, {"__name__": "readme"})


def test_the_readme_has_its_python_examples() -> None:
    assert len(_blocks("python")) >= 6


@pytest.mark.parametrize("command", _cli_commands())
def test_cli_examples_run(command: str, tmp_path: Path) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [sys.executable, "-m", "invoicekit", *args],
        cwd=tmp_path,
        env={**os.environ, "COLUMNS": "120"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    assert result.stdout or list(tmp_path.glob("*.csv"))
