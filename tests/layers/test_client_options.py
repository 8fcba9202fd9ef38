"""`ClientOptions` is validated once and frozen; `list_invoices` takes typed filters and native=."""

import httpx
import pytest
from helpers.fake_sandbox import ACME_KEY

import invoicekit
from invoicekit import ClientOptions, ConfigurationError, InvoiceClient
from invoicekit.sandbox import SandboxApp, SandboxServer, SandboxTransport


def test_values_are_normalized_and_frozen() -> None:
    options = ClientOptions(timeout=5, retries=2)
    assert options.timeout == httpx.Timeout(5.0)
    assert options.retries.attempts == 3
    assert options.limits == invoicekit.Limits()
    with pytest.raises(AttributeError, match="immutable"):
        options.timeout = httpx.Timeout(1.0)  # type: ignore[misc]
    assert options.replace(allow_insecure=True).allow_insecure
    assert not options.allow_insecure


@pytest.mark.parametrize(
    ("keywords", "message"),
    [
        ({"timeout": 0}, "timeout must be"),
        ({"timeout": True}, "timeout must be"),
        ({"allow_insecure": "yes"}, "allow_insecure"),
        ({"limits": {"max_redirects": 1}}, "limits must be"),
        ({"transport": object()}, "transport must be"),
        ({"http_client": httpx.Client(), "httpx_args": {"verify": False}}, "not both"),
        ({"httpx_args": {"base_url": "https://elsewhere"}}, "may not set base_url"),
    ],
)
def test_bad_values_fail_when_made(keywords: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        ClientOptions(**keywords)  # type: ignore[arg-type]


def test_the_repr_shows_httpx_arg_names_never_their_values() -> None:
    options = ClientOptions(httpx_args={"headers": {"Authorization": "Bearer sk_live_secret"}})
    assert "sk_live_secret" not in repr(options)
    assert "httpx_args=['headers']" in repr(options)


def test_a_sync_client_refuses_an_async_transport() -> None:
    options = ClientOptions(transport=httpx.AsyncHTTPTransport())
    with pytest.raises(ConfigurationError, match="connect_async"):
        InvoiceClient(
            "fynn", base_url="http://localhost/fynn", options=options, credentials={"api_key": "k"}
        )


def test_shared_options_drive_a_client_and_exclude_keywords(acme_registered: None) -> None:
    app = SandboxApp(["acme"], size=12)
    shared = ClientOptions(transport=SandboxTransport(app), retries=1)
    with InvoiceClient(
        "acme", base_url="http://localhost/acme", options=shared, credentials={"api_key": ACME_KEY}
    ) as client:
        assert client.options is shared
        assert len(list(client.list_invoices(page_size=5))) == 12
    with pytest.raises(ConfigurationError, match="not both"):
        InvoiceClient("acme", base_url="http://localhost/acme", options=shared, retries=0)


def test_list_invoices_takes_native_filters_as_a_mapping(acme_registered: None) -> None:
    server = SandboxServer(["acme"], size=30)
    customer = server.app.sandbox("acme").invoices[4]["customer"]  # type: ignore[attr-defined]
    with server.connect("acme") as client:
        typed = list(client.list_invoices(page_size=50, native={"customer": customer}))
        with pytest.warns(DeprecationWarning, match="native="):
            old = list(client.list_invoices(page_size=50, customer=customer))
        assert typed == old
        assert typed
        assert {i.buyer.name for i in typed} == {customer}
        with pytest.raises(ConfigurationError, match="not a native filter"):
            client.list_invoices(native={"page_size": 5})
        with (
            pytest.warns(DeprecationWarning, match="native="),
            pytest.raises(ConfigurationError, match="given twice"),
        ):
            client.list_invoices(native={"customer": "a"}, customer="b")
