"""README.md stays true: its Python blocks and its sandbox CLI examples are executed.

The Python blocks run in order in one namespace (they build on each other), from the
repository root. Every ``invoicekit ...`` line of a ``sh`` block runs as a subprocess; ``console``
blocks show commands for a real account and are not run, nor are the setup and test commands.
"""

from __future__ import annotations

import os
import re
import shlex
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


def test_readme_has_the_two_commands_first() -> None:
    first = _blocks("sh")[0]
    assert "nox -s demo" in first
    assert "nox -s drift lint tests" in first
    assert "nox -s drift lint tests" in (ROOT / ".ci" / "run").read_text()


def test_python_blocks_run(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks("python")
    assert len(blocks) >= 5
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": "readme"}
    for index, block in enumerate(blocks):
        code = compile(block, f"README.md python block {index + 1}", "exec")
        exec(code, namespace)


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
