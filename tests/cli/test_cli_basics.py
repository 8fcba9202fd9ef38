"""The command line's conventions: help, version, JSON when piped, exit codes, one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli_runner import Run, one_error_line

import invoicekit
from invoicekit.cli import cli

ROOT = Path(__file__).parents[2]
COMMANDS = sorted(cli.commands)


def test_the_commands() -> None:
    assert COMMANDS == [
        "changes",
        "codegen",
        "demo",
        "einvoice",
        "export",
        "get",
        "list",
        "normalize",
        "pdf",
        "plugins",
        "profiles",
        "sandbox",
        "sync",
        "vendors",
        "webhooks",
    ]


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(run: Run, flag: str) -> None:
    result = run(flag)
    assert result.exit_code == 0
    assert result.stdout == f"invoicekit, version {invoicekit.__version__}\n"


@pytest.mark.parametrize("command", [[], *([name] for name in COMMANDS)])
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_everywhere(run: Run, command: list[str], flag: str) -> None:
    result = run(*command, flag)
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: invoicekit")


def test_vendors_prints_json_lines_when_piped(run: Run) -> None:
    result = run("vendors")
    assert result.exit_code == 0
    assert result.stderr == ""
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {row["name"]: row for row in rows}
    assert [row["name"] for row in rows] == invoicekit.vendors()
    assert by_name["acme"]["has_sandbox"] is True
    assert by_name["acme"]["credentials"] == [{"names": ["api_key"], "description": None}]
    assert by_name["plain"]["has_sandbox"] is False


def test_plugins_prints_json_lines_when_piped(run: Run) -> None:
    result = run("plugins")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"name": "acme", "vendors": ["acme", "plain"]}.items() <= next(
        row for row in rows if row["name"] == "acme"
    ).items()


@pytest.mark.parametrize(
    "args",
    [
        ["get", "nobody", "1", "--url", "http://127.0.0.1:9/x"],
        ["list", "nobody", "--sandbox"],
        ["normalize", "nobody", "-"],
        ["demo", "--vendor", "nobody"],
    ],
)
def test_an_unknown_vendor_is_one_line_and_exit_1(run: Run, args: list[str]) -> None:
    result = run(*args, input=b"{}")
    assert result.exit_code == 1
    assert one_error_line(result).startswith("unknown vendor 'nobody'; known vendors: acme")
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["bogus"],
        ["get", "acme"],
        ["list", "acme", "--page-size", "0"],
        ["list", "acme", "--issued-since", "yesterday"],
        ["list", "acme", "--updated-since", "2025-01-01T00:00:00"],
        ["list", "acme", "--status", "lost"],
        ["list", "acme", "--filter", "no-equals-sign"],
        ["list", "acme", "--filter", "page_size=3"],
        ["export", "acme", "--format", "xml"],
        ["sandbox", "--faults", "429=2"],
    ],
)
def test_usage_errors_exit_2(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Error:" in result.stderr
    assert "Traceback" not in result.stderr


def test_python_m_invoicekit_runs_the_cli() -> None:
    paths = os.pathsep.join(str(ROOT / part) for part in ("core", "plugins", "generated"))
    result = subprocess.run(
        [sys.executable, "-m", "invoicekit", "vendors"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": paths, "INVOICEKIT_LOAD_PLUGINS": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # (A built-in plugin that fails to load is reported on stderr; the others still list.)
    names = [json.loads(line)["name"] for line in result.stdout.splitlines()]
    assert names == sorted(names)
    assert "Traceback" not in result.stderr
