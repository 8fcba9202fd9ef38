"""The receiver's settings from accounts (`invoicekit.accounts`): secrets and fetch clients."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from invoicekit.accounts import Account, connect_account_async
from invoicekit.errors import ConfigurationError
from invoicekit.webhooks._api import Secrets, support

if TYPE_CHECKING:
    from invoicekit.client import AsyncInvoiceClient

__all__ = ["AccountClients", "account_secrets"]


def account_secrets(
    accounts: Mapping[str, Account], environ: Mapping[str, str] | None = None
) -> dict[str, dict[str, Secrets]]:
    """``{vendor: {account: [secret, ...]}}`` for every account that sets ``webhook_secret``.

    The references are resolved now, so a missing variable fails at startup, not on the first
    delivery.

    Raises:
        ConfigurationError: no account sets ``webhook_secret``.
        Unsupported: an account sets one for a vendor that sends no webhooks.
        MissingCredential: a reference points at nothing.
    """
    secrets: dict[str, dict[str, Secrets]] = {}
    for name, account in accounts.items():
        if not account.webhook_secrets:
            continue
        support(account.vendor)
        secrets.setdefault(account.vendor, {})[name] = account.resolve_webhook_secrets(environ)
    if not secrets:
        raise ConfigurationError(
            'no account sets webhook_secret: add webhook_secret = "env:NAME" to the accounts '
            "that receive webhooks"
        )
    return secrets


class AccountClients:
    """A `invoicekit.webhooks.ClientFactory` that connects with the accounts' own settings.

    ``AccountClients(accounts)(vendor, account)`` is the account's async client, connected
    with its base URL and credentials; a vendor that does not match the account's is refused.
    """

    def __init__(self, accounts: Mapping[str, Account]) -> None:
        self._accounts = dict(accounts)

    def __repr__(self) -> str:
        return f"AccountClients({sorted(self._accounts)})"

    def __call__(self, vendor: str, account: str) -> AsyncInvoiceClient:
        """The async client of ``account`` (a ``vendor`` account)."""
        found = self._accounts.get(account)
        if found is None or found.vendor != vendor:
            raise ConfigurationError(f"no {vendor} account {account!r} is configured")
        return connect_account_async(found)
