"""Webhook secrets and fetch clients from the accounts file (``webhook_secret``)."""

from __future__ import annotations

import pytest

from invoicekit.accounts import AccountsFileError, MissingCredential, parse_accounts
from invoicekit.errors import ConfigurationError, Unsupported
from invoicekit.webhooks import AccountClients, account_secrets

TOML = """
[accounts.acme]
vendor = "fynn"
base_url = "https://acme.coreapi.io"
credentials = { api_key = "env:ACME_KEY" }
webhook_secret = ["env:WH_NEW", "env:WH_OLD"]

[accounts.quiet]
vendor = "fynn"
base_url = "https://quiet.coreapi.io"
credentials = { api_key = "env:QUIET_KEY" }
"""


def test_rotated_secrets_resolve_in_order_and_never_show_in_repr() -> None:
    accounts = parse_accounts(TOML)
    env = {"WH_NEW": "s3cret-new", "WH_OLD": "s3cret-old"}
    assert account_secrets(accounts, env) == {"fynn": {"acme": ["s3cret-new", "s3cret-old"]}}
    assert "WH_NEW" not in repr(accounts["acme"])
    assert accounts["quiet"].webhook_secrets == ()


def test_a_missing_variable_is_named_without_any_value() -> None:
    with pytest.raises(MissingCredential, match="WH_OLD"):
        account_secrets(parse_accounts(TOML), {"WH_NEW": "s3cret-new"})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('webhook_secret = "whsec_plain"', "plain value"),
        ("webhook_secret = 5", "reference or a list"),
        ('webhook_secret = ["env:A", 3]', "reference or a list"),
    ],
)
def test_bad_webhook_secret_values_are_refused(line: str, message: str) -> None:
    text = f'[accounts.a]\nvendor = "fynn"\nbase_url = "https://x"\n{line}\n'
    with pytest.raises(AccountsFileError, match=message) as caught:
        parse_accounts(text)
    assert "whsec_plain" not in str(caught.value)


def test_a_secret_for_a_vendor_without_webhooks_is_unsupported() -> None:
    text = '[accounts.y]\nvendor = "yeti"\nbase_url = "https://x"\nwebhook_secret = "env:W"\n'
    with pytest.raises(Unsupported):
        account_secrets(parse_accounts(text), {"W": "x"})


def test_clients_connect_only_the_configured_vendor_account() -> None:
    clients = AccountClients(parse_accounts(TOML))
    with pytest.raises(ConfigurationError, match="no daftra account 'acme'"):
        clients("daftra", "acme")
    with pytest.raises(ConfigurationError, match="no fynn account 'nobody'"):
        clients("fynn", "nobody")
