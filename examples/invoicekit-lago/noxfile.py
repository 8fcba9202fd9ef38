"""Developer sessions of invoicekit-lago: `nox` runs tests, lint and drift; `nox -l` lists all.

invoicekit is installed from the one wheel in wheels/ while it is not on PyPI (README.md says
where that wheel comes from); without that folder, from the package index.
"""

from __future__ import annotations

from pathlib import Path

import nox

HERE = Path(__file__).parent
PYPROJECT = nox.project.load_toml(HERE / "pyproject.toml")
# The generator's arguments: this distribution's specs, its generated client beside them.
CODEGEN = ("--specs", str(HERE / "specs"), "--output", str(HERE))

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests", "lint", "drift"]


def invoicekit(extras: str = "") -> str:
    """The invoicekit requirement, with ``extras``: the wheel in wheels/ if there is one."""
    name = f"invoicekit[{extras}]" if extras else "invoicekit"
    wheels = sorted((HERE / "wheels").glob("invoicekit-*.whl"))
    if len(wheels) > 1:
        raise SystemExit(f"keep one invoicekit wheel in wheels/, not {len(wheels)}")
    return f"{name} @ {wheels[0].as_uri()}" if wheels else name


def install(session: nox.Session, *groups: str, extras: str = "", editable: bool = True) -> None:
    """invoicekit, this distribution (editable) and the named dependency groups."""
    requirements = [r for g in groups for r in nox.project.dependency_groups(PYPROJECT, g)]
    session.install(invoicekit(extras), *(["-e", "."] if editable else []), *requirements)


@nox.session
def tests(session: nox.Session) -> None:
    """The conformance kit and the spec tests (arguments after -- go to pytest)."""
    install(session, "test")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check, ruff format --check and mypy (strict) on the plugin."""
    install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(default=False)
def generate(session: nox.Session) -> None:
    """Regenerate the client from specs/ (all, or the vendors named after --)."""
    install(session, extras="codegen", editable=False)
    session.run("invoicekit", "codegen", *session.posargs, *CODEGEN)


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when the generated client differs from a fresh generation of its spec."""
    install(session, extras="codegen", editable=False)
    session.run("invoicekit", "codegen", "--check", *CODEGEN)
