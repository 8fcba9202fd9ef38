"""The pytest plugin: the ``invoicekit_sandbox`` fixture in a real pytest run, and its weight."""

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
PATHS = os.pathsep.join(str(ROOT / part) for part in ("core", "plugins", "generated", "tests"))

CONFTEST = """
from helpers.fake_sandbox import AcmePlugin
from invoicekit import _plugins

_plugins._register(AcmePlugin(), "acme")
"""

TEST = """
import os
import sys
import threading

import httpx

def test_sandbox(invoicekit_sandbox):
    threads = threading.active_count()
    ids = invoicekit_sandbox.app.sandbox("acme").invoice_ids()
    assert len(ids) == int(os.environ["EXPECTED_SIZE"])
    with invoicekit_sandbox.connect("acme") as client:
        assert client.get_invoice(ids[-1]).id == ids[-1]
    # In-process: no server, no thread, and uvicorn not even imported.
    assert not invoicekit_sandbox.running
    assert threading.active_count() == threads
    assert "uvicorn" not in sys.modules

def test_same_session_same_server(invoicekit_sandbox, request):
    assert invoicekit_sandbox is request.getfixturevalue("invoicekit_sandbox")

def test_a_real_server_starts_when_its_url_is_read(invoicekit_sandbox):
    index = httpx.get(invoicekit_sandbox.url).json()
    assert invoicekit_sandbox.running
    assert index["vendors"][0]["base_url"] == invoicekit_sandbox.base_url("acme")
"""


def run(directory: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "invoicekit.testing",
            "-p",
            "no:cacheprovider",
            *args,
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "PYTHONPATH": PATHS,
            # Installed entry points (ours included) would register the plugin twice.
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
            "INVOICEKIT_LOAD_PLUGINS": "",
            **env,
        },
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "expected"), [((), "200"), (("--invoicekit-sandbox-size", "37"), "37")]
)
def test_the_fixture_serves_the_sandbox_in_process(
    tmp_path: Path, args: tuple[str, ...], expected: str
) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_it.py").write_text(textwrap.dedent(TEST), encoding="utf-8")
    result = run(tmp_path, "-q", *args, EXPECTED_SIZE=expected)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_option_is_documented_in_pytest_help(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert "--invoicekit-sandbox-size=N" in result.stdout


def test_the_plugin_imports_nothing_heavy() -> None:
    # (click and rich may load anyway: httpx imports them for its own CLI when installed.)
    code = (
        "import sys, invoicekit.testing;"
        "print(sorted(m for m in ('uvicorn', 'invoicekit.sandbox', 'invoicekit.cli')"
        " if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": PATHS},
    )
    assert result.stdout.strip() == "[]"


def test_pyproject_declares_the_plugin_and_the_script() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["entry-points"]["pytest11"] == {"invoicekit": "invoicekit.testing"}
    # The script checks for the cli extra first, then runs invoicekit.cli:main.
    assert project["scripts"] == {"invoicekit": "invoicekit.__main__:main"}
    assert "uvicorn>=0.30" in project["optional-dependencies"]["sandbox"]
