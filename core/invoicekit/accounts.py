"""Accounts (CLI profiles) from one TOML file: vendor, base URL, and where credentials live.

::

    [accounts.acme]
    vendor = "fynn"
    base_url = "https://acme.coreapi.io"
    credentials = { api_key = "env:ACME_FYNN_KEY" }

``options`` holds the vendor's non-secret settings (``options = { timezone = "Europe/Berlin" }``
for Yeti). The webhook receiver (``invoicekit webhooks serve``) also reads ``webhook_secret``: one
reference, or a list of them while a secret is rotated (``["env:NEW", "env:OLD"]``).

A credential value is a *reference*: ``env:NAME`` reads an environment variable,
``keyring:SERVICE/USER`` reads the system keyring (needs the optional ``keyring`` package). A
plain string is refused unless the account sets ``allow_plaintext = true``, so secrets are not
written into files by accident. This module is shared by ``invoicekit --profile``, ``invoicekit
sync --config`` and the webhook receiver; resolved secrets never appear in a repr or an error.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._plugins import vendors
from .errors import ConfigurationError, UnknownVendor

if TYPE_CHECKING:
    from .client import AsyncInvoiceClient, InvoiceClient

__all__ = [
    "Account",
    "AccountsFileError",
    "MissingCredential",
    "connect_account",
    "connect_account_async",
    "default_accounts_path",
    "load_accounts",
    "parse_accounts",
]

_KNOWN_KEYS = frozenset(
    {
        "vendor",
        "base_url",
        "credentials",
        "allow_plaintext",
        "allow_insecure",
        "webhook_secret",
        "options",
    }
)


class AccountsFileError(ConfigurationError):
    """The accounts file is missing, not TOML, or does not have the documented shape.

    Attributes:
        path: the file, when read from one.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class MissingCredential(ConfigurationError):
    """A credential reference points at nothing: an unset variable or an empty keyring entry.

    Attributes:
        account: the account whose credential is missing.
        credential: the credential name (``api_key``), never its value.
        reference: the reference as written (``env:ACME_FYNN_KEY``); it holds no secret.
    """

    def __init__(self, account: str, credential: str, reference: str, why: str) -> None:
        self.account = account
        self.credential = credential
        self.reference = reference
        super().__init__(f"account {account!r}: credential {credential!r} ({reference}): {why}")


@dataclass(frozen=True)
class Account:
    """One account: a vendor, its base URL and credential references (not yet resolved).

    Attributes:
        name: the account's name in the file (``acme``).
        vendor: the registered vendor name.
        base_url: the vendor API's root for this account.
        credentials: credential name to reference (``env:NAME``, ``keyring:SERVICE/USER``, or a
            plain value when ``allow_plaintext``); shown in repr as names only.
        allow_plaintext: whether plain credential values were allowed.
        allow_insecure: allow plain http to a non-loopback host.
        webhook_secrets: references of the account's webhook signing secrets (several while
            one is rotated); never shown in repr.
        options: the vendor's non-secret settings (`Vendor.options`, such as Yeti's
            ``timezone``), passed to `invoicekit.connect` as they are.
    """

    name: str
    vendor: str
    base_url: str
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)
    allow_plaintext: bool = False
    allow_insecure: bool = False
    webhook_secrets: tuple[str, ...] = field(default=(), repr=False)
    options: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        names = ", ".join(sorted(self.credentials))
        return (
            f"Account(name={self.name!r}, vendor={self.vendor!r}, base_url={self.base_url!r}, "
            f"credentials=[{names}])"
        )

    def resolve_credentials(self, environ: Mapping[str, str] | None = None) -> dict[str, str]:
        """Return the credential values, read from the environment or keyring now.

        Raises:
            MissingCredential: a variable is unset or empty, or the keyring has no entry.
        """
        env = os.environ if environ is None else environ
        values: dict[str, str] = {}
        for credential, reference in self.credentials.items():
            values[credential] = _resolve(self, credential, reference, env)
        return values

    def resolve_webhook_secrets(self, environ: Mapping[str, str] | None = None) -> list[str]:
        """Return the webhook secrets' values (empty when the account configures none).

        Raises:
            MissingCredential: a variable is unset or empty, or the keyring has no entry.
        """
        env = os.environ if environ is None else environ
        return [_resolve(self, "webhook_secret", ref, env) for ref in self.webhook_secrets]


def _resolve(account: Account, credential: str, reference: str, env: Mapping[str, str]) -> str:
    if reference.startswith("env:"):
        name = reference[4:]
        value = env.get(name, "")
        if not value:
            raise MissingCredential(
                account.name, credential, reference, f"environment variable {name} is not set"
            )
        return value
    if reference.startswith("keyring:"):
        service, _, user = reference[8:].partition("/")
        try:
            # An optional dependency, imported only when a keyring reference is used.
            import keyring  # type: ignore[import-not-found, unused-ignore]  # noqa: PLC0415
        except ImportError:
            raise MissingCredential(
                account.name, credential, reference, "install the 'keyring' package to use it"
            ) from None
        secret = keyring.get_password(service, user)
        if not secret:
            raise MissingCredential(account.name, credential, reference, "no keyring entry")
        return str(secret)
    # Plain values were accepted at parse time only with allow_plaintext.
    return reference


def _is_reference(value: str) -> bool:
    return value.startswith(("env:", "keyring:"))


def _account(name: str, table: object, path: str | None) -> Account:
    where = f"[accounts.{name}]"
    if not isinstance(table, dict):
        raise AccountsFileError(f"{where} must be a table", path=path)
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise AccountsFileError(f"{where}: unknown keys {', '.join(unknown)}", path=path)
    vendor, base_url = table.get("vendor"), table.get("base_url")
    if not isinstance(vendor, str) or not vendor:
        raise AccountsFileError(f"{where}: 'vendor' must be a vendor name", path=path)
    if not isinstance(base_url, str) or not base_url:
        raise AccountsFileError(f"{where}: 'base_url' must be a URL", path=path)
    plaintext = table.get("allow_plaintext", False)
    insecure = table.get("allow_insecure", False)
    if not isinstance(plaintext, bool) or not isinstance(insecure, bool):
        raise AccountsFileError(f"{where}: allow_* must be true or false", path=path)
    raw_credentials = table.get("credentials", {})
    if not isinstance(raw_credentials, dict):
        raise AccountsFileError(f"{where}: 'credentials' must be a table", path=path)
    credentials: dict[str, str] = {}
    for key, value in raw_credentials.items():
        if not isinstance(value, str):
            raise AccountsFileError(f"{where}: credential {key!r} must be a string", path=path)
        if not _is_reference(value) and not plaintext:
            # The message names the key only: the value may be a secret.
            raise AccountsFileError(
                f"{where}: credential {key!r} is a plain value; write env:NAME or "
                "keyring:SERVICE/USER, or set allow_plaintext = true",
                path=path,
            )
        credentials[key] = value
    secrets = _webhook_secrets(where, table.get("webhook_secret", []), plaintext, path)
    options = table.get("options", {})
    if not isinstance(options, dict) or not all(isinstance(v, str) for v in options.values()):
        raise AccountsFileError(f"{where}: 'options' must be a table of strings", path=path)
    return Account(name, vendor, base_url, credentials, plaintext, insecure, secrets, options)


def _webhook_secrets(
    where: str, value: object, plaintext: bool, path: str | None
) -> tuple[str, ...]:
    references = [value] if isinstance(value, str) else value
    if not isinstance(references, list) or not all(isinstance(r, str) for r in references):
        raise AccountsFileError(
            f"{where}: 'webhook_secret' must be a reference or a list of them", path=path
        )
    if not plaintext and not all(_is_reference(reference) for reference in references):
        raise AccountsFileError(
            f"{where}: 'webhook_secret' is a plain value; write env:NAME or "
            "keyring:SERVICE/USER, or set allow_plaintext = true",
            path=path,
        )
    return tuple(references)


def parse_accounts(text: str, *, path: str | None = None) -> dict[str, Account]:
    """Parse accounts TOML text into accounts by name, checking vendors are installed.

    Raises:
        AccountsFileError: the text is not TOML or not of the documented shape.
        UnknownVendor: an account names a vendor no installed plugin registers.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message cites line and column, never the line's text.
        raise AccountsFileError(f"not valid TOML: {exc}", path=path) from None
    accounts_table = document.get("accounts")
    if not isinstance(accounts_table, dict) or not accounts_table:
        raise AccountsFileError("no [accounts.NAME] tables", path=path)
    accounts = {name: _account(name, table, path) for name, table in accounts_table.items()}
    known = vendors()
    for account in accounts.values():
        if account.vendor not in known:
            raise UnknownVendor(account.vendor, known, hint=f"account {account.name!r}")
    return accounts


def default_accounts_path(environ: Mapping[str, str] | None = None) -> Path:
    """The accounts file ``invoicekit --profile`` reads when none is named.

    ``$INVOICEKIT_CONFIG`` if set, else ``$XDG_CONFIG_HOME/invoicekit/config.toml``, else
    ``~/.config/invoicekit/config.toml``.
    """
    env = os.environ if environ is None else environ
    if env.get("INVOICEKIT_CONFIG"):
        return Path(env["INVOICEKIT_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or str(Path("~/.config").expanduser())
    return Path(base) / "invoicekit" / "config.toml"


def load_accounts(path: str | os.PathLike[str]) -> dict[str, Account]:
    """Read an accounts TOML file (see the module docs) into accounts by name.

    Raises:
        AccountsFileError: unreadable file, bad TOML or bad shape.
        UnknownVendor: an account names an unknown vendor.
    """
    where = os.fspath(path)
    try:
        text = Path(where).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccountsFileError(f"cannot read: {exc.__class__.__name__}", path=where) from None
    return parse_accounts(text, path=where)


def _connect_args(account: Account, options: Mapping[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {"base_url": account.base_url, "allow_insecure": account.allow_insecure}
    args.update(account.options)
    args.update(options)
    args.update(account.resolve_credentials())
    return args


def connect_account(account: Account, **options: Any) -> InvoiceClient:
    """Connect a blocking client for ``account``; ``options`` go to `invoicekit.connect`."""
    # The HTTP side loads on first use, as in invoicekit/__init__.py.
    from .client import connect  # noqa: PLC0415

    return connect(account.vendor, **_connect_args(account, options))


def connect_account_async(account: Account, **options: Any) -> AsyncInvoiceClient:
    """Connect an async client for ``account``; ``options`` go to `invoicekit.connect_async`."""
    from .client import connect_async  # noqa: PLC0415

    return connect_async(account.vendor, **_connect_args(account, options))
