"""The ``invoicekit`` command line: invoices from any vendor, as JSON, CSV or tables.

Run ``invoicekit --help``. Conventions, so that scripts can rely on them:

* Output: on a terminal, readable tables; otherwise (piped or redirected) JSON. A command that
  prints one invoice prints one JSON document; a command that prints many things prints JSON
  Lines, one object per line (``jq`` reads them as a stream; ``jq -s`` makes an array).
  ``--json`` forces JSON on a terminal too.
* Errors: one line on stderr, ``invoicekit: error: <message>``. Exit status 0 on success, 1 on
  an operational error (unknown vendor, rejected credentials, unreachable host, bad payload),
  2 on a usage error (unknown option, bad value).
* Connection settings come from options or from ``INVOICEKIT_<VENDOR>_URL``,
  ``..._API_KEY``, ``..._TOKEN``, ``..._LOGIN`` and ``..._PASSWORD``; options win. Secrets are
  never printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from invoicekit._version import __version__

from ._codegen_command import COMMANDS as CODEGEN_COMMANDS
from ._commands import COMMANDS
from ._einvoice_commands import COMMANDS as EINVOICE_COMMANDS
from ._errors import CliError, as_cli_error
from ._export_command import COMMANDS as EXPORT_COMMANDS
from ._pdf_command import COMMANDS as PDF_COMMANDS
from ._profile_commands import COMMANDS as PROFILE_COMMANDS
from ._sandbox_commands import COMMANDS as SANDBOX_COMMANDS
from ._sync_commands import COMMANDS as SYNC_COMMANDS
from ._webhook_commands import COMMANDS as WEBHOOK_COMMANDS

__all__ = ["CliError", "cli", "main"]


class _Group(click.Group):
    """Turns expected failures of any subcommand into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as exc:
            error = as_cli_error(exc, ctx)
            if error is None:
                raise
            raise error from exc


@click.group("invoicekit", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="invoicekit")
def cli() -> None:
    """Read invoices from billing vendors as one exact, typed Invoice.

    \b
    Output is a table on a terminal and JSON when piped: one document for
    one invoice, JSON Lines for lists (use `jq -s` for an array); --json
    forces JSON. Errors are one line on stderr; the exit status is 0 on
    success, 1 on an operational error and 2 on a usage error.

    \b
    Connection settings come from options or environment variables:
      INVOICEKIT_<VENDOR>_URL, INVOICEKIT_<VENDOR>_API_KEY, ..._TOKEN,
      ..._LOGIN, ..._PASSWORD   (for example INVOICEKIT_FYNN_API_KEY)
    Prefer the environment for secrets: options show up in `ps`.
    Or name an account of ~/.config/invoicekit/config.toml with --profile
    NAME, or as VENDOR: @NAME (see `invoicekit profiles --help`).

    \b
    Try it without an account:  invoicekit demo
    """


_ALL = (
    *COMMANDS,
    *EXPORT_COMMANDS,
    *PDF_COMMANDS,
    *PROFILE_COMMANDS,
    *SANDBOX_COMMANDS,
    *WEBHOOK_COMMANDS,
    *EINVOICE_COMMANDS,
    *SYNC_COMMANDS,
    *CODEGEN_COMMANDS,
)
for _command in _ALL:
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line (the ``invoicekit`` console script and ``python -m invoicekit``)."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="invoicekit")
