"""``invoicekit codegen``: generate vendor clients from their OpenAPI specs (the codegen extra).

The generator is the one this repository generates its own clients with: the scripts,
templates and patches of its ``codegen/`` folder, shipped in the wheel as ``invoicekit/_codegen``.
From a source checkout (an editable install) the checkout's ``codegen/`` runs instead, so that
``nox -s generate`` and a standalone vendor distribution take the same code path.
"""

from __future__ import annotations

import importlib.resources
import subprocess
import sys
from pathlib import Path

import click

from invoicekit._extras import require

from ._errors import CliError

__all__ = ["COMMANDS", "generator_script"]

_SCRIPT = "generate.py"


def generator_script() -> Path:
    """The generator's entry script: shipped in the wheel, else in the source checkout.

    Raises:
        CliError: neither exists (an installation without the generator's files).
    """
    shipped = importlib.resources.files("invoicekit").joinpath("_codegen", _SCRIPT)
    if shipped.is_file():
        return Path(str(shipped))
    # core/invoicekit/__init__.py in a checkout: the checkout's codegen/ is two folders up.
    package = Path(str(importlib.resources.files("invoicekit")))
    checkout = package.parent.parent / "codegen" / _SCRIPT
    if checkout.is_file():
        return checkout
    raise CliError(f"the code generator is not part of this installation ({package})")


@click.command("codegen")
@click.argument("vendors", nargs=-1)
@click.option(
    "--specs",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("specs"),
    show_default=True,
    help="Folder of <vendor>/openapi.yaml and <vendor>/codegen.yaml.",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    show_default=True,
    help="Folder that holds (or receives) the invoicekit_<vendor>_client packages.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; fail when the clients in --output differ from a fresh generation.",
)
def codegen_command(vendors: tuple[str, ...], specs: Path, output: Path, check: bool) -> None:
    """Generate vendor clients from their specs (all, or the VENDORS named).

    \b
    Each client is wiped and rewritten as output/invoicekit_<vendor>_client:
      invoicekit codegen acme --specs specs --output .
    --check is the drift gate: it exits 1 and lists every file that differs.
    """
    require("invoicekit codegen", "codegen", "openapi_python_client", "yaml")
    command = [sys.executable, str(generator_script()), *vendors]
    command += ["--specs", str(specs), "--output", str(output)]
    if check:
        command.append("--check")
    # The generator reports its own errors (an unknown vendor, a stale client) on stderr.
    returncode = subprocess.run(command, check=False).returncode
    if returncode:
        raise SystemExit(returncode)


COMMANDS = (codegen_command,)
