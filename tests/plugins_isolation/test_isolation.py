"""Plugin isolation with real distributions: four broken plugins installed by uv into one venv.

Four tiny wheels are built in a temporary folder, each with an ``invoicekit`` entry point: one
raises on import, one implements the hook with a wrong signature, one registers a vendor name
a built-in took, and one registers a vendor whose ``normalize`` raises an arbitrary exception.
`uv` installs them into a fresh virtual environment that sees this environment's packages
(through a ``.pth`` file), and a separate ``python`` process there checks what a user sees:
the built-ins work, ``invoicekit plugins`` names each failure and why, and the faulty
``normalize`` is a typed `NormalizationError` naming its vendor and plugin module.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

PAYLOADS = Path(__file__).parents[1] / "payloads"

PLUGINS = {
    "ik_iso_import": 'raise RuntimeError("ik-iso: exploded at import")\n',
    "ik_iso_signature": """\
        import invoicekit.plugin

        @invoicekit.plugin.hookimpl
        def register_vendors(register, account_book):
            raise AssertionError("never called")
        """,
    "ik_iso_taken": """\
        import invoicekit.plugin

        class Impostor(invoicekit.plugin.Vendor):
            name = "yeti"
            title = "Not Yeti"

        @invoicekit.plugin.hookimpl
        def register_vendors(register):
            register(Impostor())
        """,
    "ik_iso_faulty": """\
        import builtins
        import json

        import invoicekit.plugin


        class Surprise(Exception):
            pass


        class Faulty(invoicekit.plugin.Vendor):
            name = "faulty"
            title = "Faulty"

            def normalize(self, body):
                wanted = json.loads(body)["raise"]
                kind = Surprise if wanted == "Surprise" else getattr(builtins, wanted)
                raise kind("ik-iso: the plugin's own bug")


        @invoicekit.plugin.hookimpl
        def register_vendors(register):
            register(Faulty())
        """,
}

#: Run in the venv: what the registry and `normalize` show, as JSON on stdout.
CHECK = """\
import json, sys
import invoicekit
import invoicekit.plugin

report = {"vendors": invoicekit.vendors(), "plugins": {}, "normalize": {}}
for info in invoicekit.plugins():
    report["plugins"][info.name] = {"vendors": list(info.vendors), "error": info.error}
yeti = invoicekit.normalize("yeti", open(sys.argv[1], "rb").read())
report["builtin"] = [yeti.vendor, yeti.id]
for name in sys.argv[2:]:
    try:
        invoicekit.normalize("faulty", json.dumps({"raise": name}))
    except BaseException as exc:
        report["normalize"][name] = [type(exc).__name__, str(exc), getattr(exc, "vendor", None)]
print(json.dumps(report))
"""
EXCEPTIONS = ["Surprise", "RuntimeError", "LookupError", "OSError", "EOFError"]


def _wheel(folder: Path, module: str, source: str) -> Path:
    """A minimal, valid pure-Python wheel ``<module>-1.0`` with an ``invoicekit`` entry point."""
    info = f"{module}-1.0.dist-info"
    files = {
        f"{module}.py": textwrap.dedent(source),
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n",
        f"{info}/WHEEL": (
            "Wheel-Version: 1.0\nGenerator: invoicekit-tests\nRoot-Is-Purelib: true\n"
            "Tag: py3-none-any\n"
        ),
        f"{info}/entry_points.txt": f"[invoicekit]\n{module} = {module}\n",
    }
    record = []
    for name, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{name},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = "\n".join(record) + "\n"
    path = folder / f"{module}-1.0-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A uv venv holding the four wheels, and this environment's packages through a .pth."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("needs uv (nox installs every environment with it)")
    root = tmp_path_factory.mktemp("isolation")
    wheels = [_wheel(root, module, source) for module, source in PLUGINS.items()]
    env = root / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(env)], check=True)
    python = env / "bin" / "python"
    parent_path = subprocess.run(
        [sys.executable, "-c", "import json, sys; print(json.dumps(sys.path))"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    lines = [p for p in json.loads(parent_path) if p and Path(p).is_dir()]
    (Path(site_packages) / "ik_parent_env.pth").write_text("\n".join(lines) + "\n")
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--offline", "--no-deps", "--python", str(python),
         *map(str, wheels)],
        check=True,
    )  # fmt: skip
    return python


def _run(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INVOICEKIT_LOAD_PLUGINS": ",".join(PLUGINS),
        "COLUMNS": "250",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [str(python), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


def test_builtins_work_and_each_broken_plugin_is_reported(venv: Path) -> None:
    done = _run(venv, "-c", CHECK, str(PAYLOADS / "yeti" / "seed_invoice.json"), *EXCEPTIONS)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert {"yeti", "daftra", "fynn", "faulty"} <= set(report["vendors"])
    assert report["builtin"][0] == "yeti"
    plugins = report["plugins"]
    assert plugins["invoicekit_yeti"] == {"vendors": ["yeti"], "error": None}
    assert "exploded at import" in plugins["ik_iso_import"]["error"]
    assert "account_book" in plugins["ik_iso_signature"]["error"]
    assert "yeti" in plugins["ik_iso_taken"]["error"]
    assert plugins["ik_iso_taken"]["vendors"] == []
    assert plugins["ik_iso_faulty"] == {"vendors": ["faulty"], "error": None}
    for name in EXCEPTIONS:
        kind, text, vendor = report["normalize"][name]
        assert (kind, vendor) == ("NormalizationError", "faulty"), (name, text)
        assert name in text
        assert "ik_iso_faulty" in text  # the plugin module at fault


def test_the_plugins_command_shows_each_failure_and_its_reason(venv: Path) -> None:
    done = _run(venv, "-m", "invoicekit", "plugins")  # piped: one JSON object per plugin
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in map(json.loads, done.stdout.splitlines())}
    assert rows["invoicekit_yeti"]["error"] is None
    assert rows["ik_iso_import"]["error"] == "RuntimeError: ik-iso: exploded at import"
    assert "PluginValidationError" in rows["ik_iso_signature"]["error"]
    assert "account_book" in rows["ik_iso_signature"]["error"]
    assert "registered vendor 'yeti'" in rows["ik_iso_taken"]["error"]
    assert rows["ik_iso_faulty"]["error"] is None
    assert {rows[name]["distribution"] for name in PLUGINS} == set(PLUGINS)
