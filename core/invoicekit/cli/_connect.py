"""Connection settings: from options, else a ``--profile`` of the config file, else from
``INVOICEKIT_<VENDOR>_*`` environment variables."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import click

from invoicekit._plugins import get_vendor
from invoicekit.accounts import Account, default_accounts_path, load_accounts
from invoicekit.client import InvoiceClient, connect
from invoicekit.errors import ConfigurationError
from invoicekit.vendor import Vendor

from ._errors import SECRETS_KEY, VENDOR_KEY

__all__ = [
    "FLAG_CREDENTIALS",
    "ConnectionOptions",
    "env_name",
    "open_client",
    "profile_account",
    "resolve",
]

#: The credentials that have options of their own; others go through ``--credential NAME=VALUE``.
FLAG_CREDENTIALS = ("api_key", "token", "login", "password")


@dataclass(frozen=True)
class ConnectionOptions:
    """What the connection options of one command line said.

    Attributes:
        url: ``--url``.
        credentials: the credential options given (``--api-key`` as ``api_key``, and each
            ``--credential NAME=VALUE``), unset ones left out.
        sandbox: ``--sandbox``: start a sandbox of the vendor and use it instead.
        timeout: ``--timeout`` seconds per request.
        retries: ``--retries``, or ``None`` for invoicekit's default policy.
        allow_insecure: ``--allow-insecure``: plain http to a host that is not this machine.
        profile: ``--profile``: an account of the config file (see `invoicekit.accounts`).
    """

    url: str | None = None
    credentials: Mapping[str, str] = field(default_factory=dict)
    sandbox: bool = False
    timeout: float = 30.0
    retries: int | None = None
    allow_insecure: bool = False
    profile: str | None = None

    def __repr__(self) -> str:
        return f"<ConnectionOptions url={self.url!r} credentials=[{', '.join(self.credentials)}]>"


def profile_account(name: str, vendor: str | None, environ: Mapping[str, str]) -> Account:
    """The account ``name`` of the config file, checked to be an account of ``vendor`` if given.

    Raises:
        AccountsFileError: the file is missing, unreadable or malformed.
        ConfigurationError: no such profile, or one of another vendor.
    """
    path = default_accounts_path(environ)
    accounts = load_accounts(path)
    account = accounts.get(name)
    if account is None:
        raise ConfigurationError(
            f"{path}: no profile {name!r}; profiles: {', '.join(sorted(accounts))}"
        )
    if vendor is not None and account.vendor != vendor:
        raise ConfigurationError(
            f"profile {name!r} is a {account.vendor} account, not {vendor}", vendor=vendor
        )
    return account


def env_name(vendor: str, key: str) -> str:
    """The environment variable of ``key`` for ``vendor``: ``INVOICEKIT_FYNN_API_KEY``."""
    return f"INVOICEKIT_{vendor.upper()}_{key.upper()}"


def resolve(
    vendor: Vendor, options: ConnectionOptions, environ: Mapping[str, str]
) -> tuple[str, dict[str, str]]:
    """The base URL and credentials to connect with.

    The URL is ``--url``, else ``INVOICEKIT_<VENDOR>_URL``. Credentials given as options are
    used as a whole; only when none is given are they read from the environment (every name
    the vendor accepts, plus the four common ones), so that a ``--token`` on the command line
    is never mixed with an API key left in the environment. Only non-empty values are kept;
    the vendor then checks that they form one of its credential sets.
    """
    url = options.url or environ.get(env_name(vendor.name, "url"))
    if not url:
        raise ConfigurationError(
            f"no URL given: pass --url or set {env_name(vendor.name, 'url')} (or try --sandbox)",
            vendor=vendor.name,
        )
    if options.credentials:
        return url, {name: value for name, value in options.credentials.items() if value}
    names = dict.fromkeys(
        [*FLAG_CREDENTIALS, *(name for item in vendor.credentials for name in item.names)]
    )
    found = {name: environ.get(env_name(vendor.name, name), "") for name in names}
    return url, {name: value for name, value in found.items() if value}


@contextlib.contextmanager
def open_client(
    ctx: click.Context, vendor_name: str, options: ConnectionOptions
) -> Iterator[InvoiceClient]:
    """A connected client for ``vendor_name``, closed (and its sandbox stopped) afterwards."""
    vendor = get_vendor(vendor_name)
    ctx.meta[VENDOR_KEY] = vendor.name
    if options.sandbox:
        if options.url or options.credentials:
            raise click.UsageError("--sandbox starts its own sandbox: drop --url and credentials")
        from invoicekit.sandbox import SandboxServer  # noqa: PLC0415 - only this path needs it

        server = SandboxServer([vendor.name])  # its clients answer in-process: no server
        with server.connect(
            vendor.name, timeout=options.timeout, retries=options.retries
        ) as client:
            yield client
        return
    allow_insecure = options.allow_insecure
    settings: dict[str, Any] = {}
    if options.profile is not None:
        if options.sandbox:
            raise click.UsageError("--sandbox starts its own sandbox: drop --profile")
        account = profile_account(options.profile, vendor.name, os.environ)
        url = options.url or account.base_url
        # As with the environment: credentials given as options replace the profile's whole.
        found = dict(options.credentials) or account.resolve_credentials(os.environ)
        allow_insecure = allow_insecure or account.allow_insecure
        settings = dict(account.options)
    else:
        url, found = resolve(vendor, options, os.environ)
    credentials: dict[str, Any] = dict(found)
    ctx.meta[SECRETS_KEY] = [*ctx.meta.get(SECRETS_KEY, ()), *credentials.values()]
    with connect(
        vendor.name,
        base_url=url,
        timeout=options.timeout,
        retries=options.retries,
        allow_insecure=allow_insecure,
        **settings,
        **credentials,
    ) as client:
        yield client
