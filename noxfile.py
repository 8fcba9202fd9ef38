"""Developer sessions: `nox -l` lists them, `nox -s NAME` runs one.

Every session but `tests_latest` installs from `uv.lock`, so that CI today and CI in a month run
the same versions; `nox -s lock` refreshes the lock. The library's own ranges in pyproject.toml
stay open for its users, and `nox -s tests_latest` runs the suite against the newest releases
those ranges allow, to see upstream changes before users do.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
GENERATED = ROOT / "generated"
LINTED = ["core", "plugins", "tests", "codegen", "benchmarks", "examples", "noxfile.py"]

nox.needs_version = ">=2025.2.9"
# uv installs the locked environments (`uv sync`), so it is required, not one option of several.
nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = ["drift", "lint", "tests"]


def _groups(*names: str) -> list[str]:
    requirements: list[str] = []
    for name in names:
        requirements += nox.project.dependency_groups(PYPROJECT, name)
    return requirements


def _extras() -> list[str]:
    """Every optional-dependency extra invoicekit declares."""
    return sorted(PYPROJECT["project"].get("optional-dependencies", {}))


def _sync(session: nox.Session, *args: str) -> None:
    """Install the session's environment exactly as uv.lock pins it.

    `--locked` fails, rather than silently re-resolving, when pyproject.toml and the lock
    disagree: the fix is `nox -s lock` and committing uv.lock. The workspace (invoicekit and the
    example distributions) is installed editable, as `pip install -e` would.
    """
    session.run_install(
        "uv", "sync", "--locked", "--no-default-groups", *args,
        env={"UV_PROJECT_ENVIRONMENT": session.virtualenv.location},
    )  # fmt: skip


def _targets() -> list[tuple[Path, Path]]:
    """(specs folder, output folder): this tree's vendors, then each example distribution's."""
    examples = [d for d in sorted(ROOT.glob("examples/*")) if (d / "specs").is_dir()]
    return [(ROOT / "specs", GENERATED), *((d / "specs", d) for d in examples)]


def _plugin_packages(distribution: str) -> list[Path]:
    """The hand-written plugin packages of an example distribution (not its generated client)."""
    return [
        p
        for p in sorted(Path(distribution).glob("invoicekit_*"))
        if (p / "__init__.py").is_file() and not p.name.endswith("_client")
    ]


def _examples() -> list[str]:
    """The example distributions, installed once into the test environment."""
    return [str(p.parent) for p in sorted(ROOT.glob("examples/*/pyproject.toml"))]


def _codegen(session: nox.Session, specs: Path, output: Path, *args: str) -> None:
    """`invoicekit codegen`, the command the codegen extra ships, on one specs folder."""
    _sync(session, "--extra", "codegen")
    session.run("invoicekit", "codegen", *args, "--specs", str(specs), "--output", str(output))


@nox.session(default=False)
def generate(session: nox.Session) -> None:
    """Wipe and regenerate the vendor clients (all, or the vendors named after --)."""
    chosen = set(session.posargs)
    found: set[str] = set()
    for specs, output in _targets():
        vendors = {p.parent.name for p in specs.glob("*/openapi.yaml")}
        if chosen:
            found |= chosen & vendors
            if chosen & vendors:
                _codegen(session, specs, output, *sorted(chosen & vendors))
            continue
        if output == GENERATED:
            # A full run also removes clients whose spec is gone.
            for stale in GENERATED.glob("invoicekit_*_client"):
                shutil.rmtree(stale)
        _codegen(session, specs, output)
    if chosen - found:
        where = ", ".join(str(specs.relative_to(ROOT)) for specs, _ in _targets())
        session.error(
            f"no spec for {', '.join(sorted(chosen - found))} in {where}; a standalone "
            "distribution generates its own client: `nox -s generate` in its folder"
        )


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when a generated client differs from a fresh generation of its spec (read-only)."""
    for specs, output in _targets():
        _codegen(session, specs, output, "--check")
    session.log("every generated client matches its spec")


@nox.session
def lint(session: nox.Session) -> None:
    """Run ruff check, ruff format --check, mypy, and the import-linter layers contract."""
    _sync(session, "--all-packages", "--all-extras", "--group", "lint")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)
    examples = [str(package) for path in _examples() for package in _plugin_packages(path)]
    session.run("mypy", "core/invoicekit", "plugins", *examples)
    session.run("lint-imports", "--no-cache")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite on one pytest-xdist worker per core (arguments after -- go to pytest).

    A serial run uses one core and waits for a third of its time besides: on subprocesses (the
    scaffold's own nox, the CLI as a user runs it), loopback servers stopping and retry
    back-off. Two workers on CI's two cores take about half the time (docs/testing.md).
    `worksteal` moves queued tests from a busy worker to an idle one, so that a slow test near
    the end of one worker's share does not leave the other core idle. `-- -n 0` runs serially,
    e.g. for pdb.
    """
    _sync(session, "--all-packages", "--all-extras", "--group", "test")
    session.run("pytest", "-n", "auto", "--dist", "worksteal", *session.posargs)


@nox.session(default=False)
def tests_latest(session: nox.Session) -> None:
    """Run the suite against the newest releases the ranges allow, ignoring uv.lock.

    Not part of the default CI run: its failures are the signal to refresh the lock
    (`nox -s lock`) or to fix the code before users meet the new release.
    """
    extras = ",".join(_extras())
    project = f".[{extras}]" if extras else "."
    examples = [arg for path in _examples() for arg in ("-e", path)]
    session.install("--upgrade", "-e", project, *examples, *_groups("test"))
    session.run("uv", "pip", "list", "--python", session.virtualenv.location, silent=False)
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def lock(session: nox.Session) -> None:
    """Refresh uv.lock: `nox -s lock` after changing dependencies, `-- --upgrade` for all."""
    session.run("uv", "lock", *session.posargs)


@nox.session(default=False)
def demo(session: nox.Session) -> None:
    """Install invoicekit and show a few invoices from each vendor's local sandbox."""
    _sync(session, "--extra", "cli")
    session.run("invoicekit", "demo", *session.posargs)


@nox.session(default=False)
def new_vendor(session: nox.Session) -> None:
    """Scaffold a vendor (`-- NAME [--title T] [--standalone DIR]`) and generate its client.

    A standalone distribution also gets invoicekit's wheel, built from this tree, in its
    `wheels/` folder: its own nox installs invoicekit from there while invoicekit is not on
    PyPI (the README it gets says so).
    """
    if not session.posargs:
        session.error("usage: nox -s new_vendor -- NAME [--title TITLE] [--standalone DIR]")
    _sync(session, "--extra", "codegen")
    session.run("python", "codegen/new_vendor.py", *session.posargs)
    name, args = session.posargs[0], list(session.posargs)
    if "--standalone" not in args:
        _codegen(session, ROOT / "specs", GENERATED, name)
        return
    target = Path(args[args.index("--standalone") + 1]).resolve()
    _codegen(session, target / "specs", target, name)
    wheels = str(target / "wheels")
    session.run("uv", "build", "--wheel", "--quiet", "--out-dir", wheels, str(ROOT), external=True)


@nox.session(default=False)
def bench(session: nox.Session) -> None:
    """Benchmark normalize against its limit, pydantic, stock models and json.loads (`-- --quick`).

    json.loads is timed alone and as a hand integration (benchmarks/dicts/). The compared
    models are generated from the same specs into a temporary folder, never kept; the full run
    writes docs/benchmarks.md and docs/benchmarks.png.
    """
    _sync(session, "--all-packages", "--extra", "sandbox", "--group", "bench")
    env = {"PYTHONPATH": f"{ROOT / 'codegen'}{os.pathsep}{ROOT / 'benchmarks'}"}
    with tempfile.TemporaryDirectory(prefix="invoicekit-bench-") as tmp:
        session.run("python", "benchmarks/models.py", tmp, env=env)
        session.run("python", "benchmarks/run.py", "--models", tmp, *session.posargs, env=env)


@nox.session(default=False)
def soak(session: nox.Session) -> None:
    """The fault soak at full size: 10,000 invoices per vendor listed, 1,000 concurrent gets.

    CI runs the same tests (tests/soak) bounded; ``pytest -s`` prints the figures that
    docs/reliability.md quotes.
    """
    _sync(session, "--all-packages", "--all-extras", "--group", "test")
    env = {"INVOICEKIT_SOAK_INVOICES": "10000", "INVOICEKIT_SOAK_PAGE": "100"}
    env["INVOICEKIT_SOAK_GETS"] = "1000"
    session.run("pytest", "tests/soak", "-s", "-q", "-p", "no:randomly", *session.posargs, env=env)


@nox.session(default=False)
def fuzz(session: nox.Session) -> None:
    """Fuzz `normalize` per vendor: mutations and schema-drawn payloads (`-- --examples N
    --schema-examples M --seconds S`); writes fuzz-figures.json."""
    examples = [arg for path in _examples() for arg in ("-e", path)]
    session.install("-e", ".", *examples, *_groups("test"))
    session.run(
        "python", "tests/fuzz/run.py", *(session.posargs or ["--examples", "100000"]),
        env={"INVOICEKIT_LOAD_PLUGINS": "stripe"},
    )  # fmt: skip
