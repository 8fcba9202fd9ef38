import pytest

from invoicekit import ConfigurationError, UnknownVendor
from invoicekit.accounts import (
    AccountsFileError,
    MissingCredential,
    connect_account,
    load_accounts,
    parse_accounts,
)

GOOD = """
[accounts.acme]
vendor = "fynn"
base_url = "https://acme.coreapi.io"
credentials = { api_key = "env:ACME_FYNN_KEY" }
"""


def test_parse_and_resolve_from_env():
    accounts = parse_accounts(GOOD)
    acme = accounts["acme"]
    assert (acme.vendor, acme.base_url) == ("fynn", "https://acme.coreapi.io")
    assert acme.resolve_credentials({"ACME_FYNN_KEY": "s3cret"}) == {"api_key": "s3cret"}


def test_missing_env_variable_is_typed_and_names_the_variable():
    acme = parse_accounts(GOOD)["acme"]
    with pytest.raises(MissingCredential, match="ACME_FYNN_KEY") as info:
        acme.resolve_credentials({})
    assert isinstance(info.value, ConfigurationError)
    assert info.value.credential == "api_key"


def test_plain_secret_refused_and_never_echoed():
    text = GOOD.replace('"env:ACME_FYNN_KEY"', '"sk_live_TOPSECRET"')
    with pytest.raises(AccountsFileError) as info:
        parse_accounts(text)
    assert "TOPSECRET" not in str(info.value)
    opted_in = text.replace("[accounts.acme]", "[accounts.acme]\nallow_plaintext = true")
    allowed = parse_accounts(opted_in)
    acme = allowed["acme"]
    assert "TOPSECRET" not in repr(acme)
    assert acme.resolve_credentials({}) == {"api_key": "sk_live_TOPSECRET"}


def test_unknown_vendor():
    with pytest.raises(UnknownVendor, match="nosuch"):
        parse_accounts(GOOD.replace('"fynn"', '"nosuch"'))


@pytest.mark.parametrize(
    "text",
    ["not [ toml", "[other]\nx = 1", '[accounts.a]\nvendor = "fynn"', GOOD + "colour = 1\n"],
)
def test_bad_files(text):
    with pytest.raises(AccountsFileError):
        parse_accounts(text)


def test_unreadable_file(tmp_path):
    with pytest.raises(AccountsFileError, match="cannot read"):
        load_accounts(tmp_path / "absent.toml")


def test_connect_account_uses_resolved_credentials(tmp_path, monkeypatch):
    path = tmp_path / "accounts.toml"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("ACME_FYNN_KEY", "s3cret-value")
    client = connect_account(load_accounts(path)["acme"])
    try:
        assert client.vendor.name == "fynn"
        assert "s3cret-value" not in repr(client)
    finally:
        client.close()
