"""``invoicekit profiles``: the accounts of the config file that ``--profile`` names."""

from __future__ import annotations

import os

import click
import msgspec

from invoicekit.accounts import Account, MissingCredential, default_accounts_path, load_accounts
from invoicekit.errors import InvoiceKitError

from ._options import json_option
from ._output import json_line, make_console, table, want_json, write_bytes

__all__ = ["COMMANDS", "profiles_command"]


def _check(account: Account) -> str:
    """``ok`` if every credential reference resolves now, else why not (never a value)."""
    try:
        account.resolve_credentials(os.environ)
    except MissingCredential as exc:
        return f"missing {exc.credential} ({exc.reference})"
    except InvoiceKitError as exc:
        return str(exc)
    return "ok"


def _references(account: Account) -> dict[str, str]:
    """Credential name to reference; references (env:NAME, keyring:SERVICE/USER) say where a
    secret lives, never what it is, and a plain value (allow_plaintext) is not shown."""
    return {
        key: reference if reference.startswith(("env:", "keyring:")) else "(plain value)"
        for key, reference in sorted(account.credentials.items())
    }


def _row(account: Account, check: bool) -> dict[str, object]:
    row: dict[str, object] = {
        "name": account.name,
        "vendor": account.vendor,
        "base_url": account.base_url,
        "credentials": _references(account),
    }
    if check:
        row["check"] = _check(account)
    return row


@click.command("profiles")
@click.option(
    "--check", is_flag=True, help="Resolve each profile's credentials now (values stay hidden)."
)
@json_option
def profiles_command(check: bool, force_json: bool) -> None:
    """List the profiles of the config file.

    \b
    The file is $INVOICEKIT_CONFIG, else ~/.config/invoicekit/config.toml
    ($XDG_CONFIG_HOME is honoured), in the accounts format that
    `invoicekit sync --config` reads too:

    \b
      [accounts.acme]
      vendor = "fynn"
      base_url = "https://acme.coreapi.io"
      credentials = { api_key = "env:ACME_FYNN_KEY" }
      # or "keyring:invoicekit/acme" (pip install keyring); a plain
      # value only with allow_plaintext = true

    \b
    Then: invoicekit list fynn --profile acme, or: invoicekit list @acme
    JSON: one profile per line, credentials as their references.
    """
    path = default_accounts_path()
    accounts = list(load_accounts(path).values())
    rows = [_row(account, check) for account in accounts]
    if want_json(force_json):
        for row in rows:
            write_bytes(json_line(msgspec.json.encode(row)))
        return
    columns = ["Profile", "Vendor", "URL", "Credentials", *(["Check"] if check else [])]
    cells = [
        [
            account.name,
            account.vendor,
            account.base_url,
            ", ".join(f"{key}={ref}" for key, ref in _references(account).items()),
            *([str(row["check"])] if check else []),
        ]
        for account, row in zip(accounts, rows, strict=True)
    ]
    make_console().print(table(str(path), columns, cells))


COMMANDS: tuple[click.Command, ...] = (profiles_command,)
