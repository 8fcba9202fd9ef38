"""Developer sessions: `nox -l` lists them, `nox -s NAME` runs one."""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
GENERATED = ROOT / "generated"
LINTED = ["core", "plugins", "tests", "codegen", "benchmarks", "noxfile.py"]

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["drift", "lint", "tests"]


def _groups(*names: str) -> list[str]:
    requirements: list[str] = []
    for name in names:
        requirements += nox.project.dependency_groups(PYPROJECT, name)
    return requirements


def _generate(session: nox.Session, output: Path, vendors: list[str]) -> None:
    session.install(*_groups("codegen"))
    session.run("python", "codegen/generate.py", *vendors, "--output", str(output))


@nox.session(default=False)
def generate(session: nox.Session) -> None:
    """Wipe and regenerate the vendor clients in generated/ (all, or those named after --)."""
    vendors = list(session.posargs)
    if not vendors:
        # A full run also removes clients whose spec is gone.
        for stale in GENERATED.glob("invoicekit_*_client"):
            shutil.rmtree(stale)
    _generate(session, GENERATED, vendors)


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files added, changed or deleted in `actual` compared with `expected`, as readable lines."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root))
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    lines = [f"missing from generated/: {name}" for name in sorted(want - have)]
    lines += [f"not produced by the generator: {name}" for name in sorted(have - want)]
    lines += [
        f"differs from a fresh generation: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when generated/ differs from a fresh generation of specs/ (never rewrites the tree)."""
    with tempfile.TemporaryDirectory(prefix="invoicekit-drift-") as tmp:
        fresh = Path(tmp)
        _generate(session, fresh, [])
        problems = tree_differences(fresh, GENERATED)
    if problems:
        session.error(
            "generated/ is out of date; run `nox -s generate` and commit:\n  "
            + "\n  ".join(problems)
        )
    session.log("generated/ matches specs/")


@nox.session
def lint(session: nox.Session) -> None:
    """Run ruff check, ruff format --check and mypy on core/ and plugins/."""
    session.install("-e", ".", *_groups("lint"))
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    session.run("mypy", "core/invoicekit", "plugins")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (arguments after -- go to pytest)."""
    session.install("-e", ".", *_groups("test"))
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def new_vendor(session: nox.Session) -> None:
    """Scaffold a vendor (`-- NAME [--title T] [--standalone DIR]`) and generate its client."""
    if not session.posargs:
        session.error("usage: nox -s new_vendor -- NAME [--title TITLE] [--standalone DIR]")
    session.install(*_groups("codegen"))
    session.run("python", "codegen/new_vendor.py", *session.posargs)
    name, args = session.posargs[0], list(session.posargs)
    if "--standalone" in args:
        target = Path(args[args.index("--standalone") + 1]).resolve()
        session.run(
            "python", "codegen/generate.py", name, "--specs", str(target / "specs"),
            "--output", str(target),
        )  # fmt: skip
    else:
        _generate(session, GENERATED, [name])


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmark decoding against stock openapi-python-client output, as ratios in one run."""
    session.install("-e", ".", *_groups("codegen"))
    with tempfile.TemporaryDirectory(prefix="invoicekit-bench-") as tmp:
        stock = Path(tmp) / "stock_fynn_client"
        spec = Path(tmp) / "fynn.yaml"
        session.run(
            "python",
            "-c",
            "import sys, yaml, prepare; "
            "yaml.safe_dump(prepare.load('fynn'), open(sys.argv[1], 'w'), sort_keys=False)",
            str(spec),
            env={"PYTHONPATH": str(ROOT / "codegen")},
        )
        session.run(
            "openapi-python-client", "generate", "--path", str(spec), "--meta", "none",
            "--output-path", str(stock), "--overwrite",
        )  # fmt: skip
        session.run(
            "python",
            "benchmarks/decode.py",
            env={"INVOICEKIT_STOCK_CLIENT": tmp, "PYTHONPATH": str(ROOT / "codegen")},
        )
