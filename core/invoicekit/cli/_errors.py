"""How the CLI reports failures: one line on stderr, never a traceback, never a secret."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

import click
import msgspec

from invoicekit._mask import mask_text
from invoicekit._normalize import normalization_error
from invoicekit.errors import InvoiceKitError

__all__ = ["SECRETS_KEY", "VENDOR_KEY", "CliError", "as_cli_error", "redact"]

#: ``click.Context.meta`` key holding the secret values given on this command line.
SECRETS_KEY = "invoicekit.secrets"
#: ``click.Context.meta`` key holding the vendor a command is working with.
VENDOR_KEY = "invoicekit.vendor"


def redact(message: str, secrets: Iterable[str], *, keep: Iterable[str] = ()) -> str:
    """``message`` on one line, with credential values masked whole (`invoicekit._mask`).

    invoicekit's errors never carry credentials; this is the second lock on the door, for
    messages that come from plugins or from the operating system. ``keep`` are spans that are
    ordinary text (the request path of an error), never masked.
    """
    return " ".join(mask_text(message, secrets, keep=keep).split())


class CliError(click.ClickException):
    """An operational failure: printed as ``invoicekit: error: <message>``, exit status 1."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        """Print the one-line message to stderr."""
        click.echo(f"invoicekit: error: {self.format_message()}", file=file, err=file is None)


def as_cli_error(exc: BaseException, ctx: click.Context) -> CliError | None:
    """The `CliError` for an expected failure, or ``None`` for a bug (left to propagate)."""
    secrets = ctx.meta.get(SECRETS_KEY, ())
    vendor = ctx.meta.get(VENDOR_KEY)
    message: str | None = None
    if isinstance(exc, InvoiceKitError):
        message = str(exc)
    elif isinstance(exc, msgspec.ValidationError | msgspec.DecodeError):
        # A vendor response the plugin could not decode while listing or fetching.
        message = str(normalization_error(vendor or "vendor", exc))
    elif isinstance(exc, NotImplementedError):
        message = str(exc) or "not implemented"
    elif isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        detail = exc.strerror or str(exc)
        message = f"{exc.filename}: {detail}" if exc.filename else detail
    if message is None:
        return None
    # A request path, JSON path or file name is ordinary text the user gave or invoicekit built:
    # a login "customer" must leave /api/rest/customer/v1/auth readable.
    keep = [getattr(exc, "path", None), getattr(exc, "filename", None)]
    return CliError(redact(message, secrets, keep=[s for s in keep if isinstance(s, str)]))
