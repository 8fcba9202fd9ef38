"""Yeti authentication: JWT login, renewal before ``exp``, one retry after a 401, secrecy."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import pytest

import invoicekit
from invoicekit_yeti import YetiAuth, YetiVendor
from invoicekit_yeti._auth import token_expiry

pytestmark = pytest.mark.anyio

INVOICE_NUMBER = 1
UNKNOWN_ID = "fd2e32c4-6674-11f1-867c-da575d109341"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def invoice_id(server: Any, yeti_data: Any) -> str:
    """One invoice on the server."""
    invoice = yeti_data.invoice_resource(INVOICE_NUMBER, start="2026-06-01T00:00:00Z")
    server.invoices[invoice["id"]] = invoice
    return str(invoice["id"])


def login_options(vendor: Any, credentials: dict[str, str]) -> dict[str, Any]:
    return {"vendor": vendor, "credentials": credentials}


async def test_login_then_bare_jwt_under_the_base_url_prefix(
    harness: Any,
    server: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
    yeti_data: Any,
) -> None:
    invoice = await harness.call(
        "get_invoice", invoice_id, **login_options(login_vendor, login_credentials)
    )
    assert invoice.id == invoice_id
    login, get = server.requests
    assert login.method == "POST"
    assert str(login.url) == "https://yeti.example/prefix/api/rest/customer/v1/auth"
    assert json.loads(login.content) == {
        "auth": {"login": yeti_data.login, "password": yeti_data.secret}
    }
    assert login.headers["content-type"] == "application/json"
    assert "authorization" not in login.headers
    jwt = json.loads(server.responses[0].content)["jwt"]
    assert get.headers["authorization"] == jwt  # bare token, no "Bearer"
    assert get.url.path == f"/prefix/api/rest/customer/v1/invoices/{invoice_id}"


def test_the_token_is_reused_and_renewed_shortly_before_it_expires(
    server: Any,
    clock: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
    yeti_data: Any,
) -> None:
    with invoicekit.InvoiceClient(
        login_vendor,
        base_url=yeti_data.base_url,
        transport=httpx.MockTransport(server),
        credentials=login_credentials,
    ) as client:
        client.get_invoice(invoice_id)
        client.get_invoice(invoice_id)
        assert len(server.logins) == 1
        clock.advance(600 - 31)  # 31 s before exp: still fine
        client.get_invoice(invoice_id)
        assert len(server.logins) == 1
        clock.advance(2)  # 29 s before exp: renew before sending
        client.get_invoice(invoice_id)
        assert len(server.logins) == 2
        client.get_invoice(invoice_id)
        assert len(server.logins) == 2
    # Renewal happened in time: Yeti never had to refuse a request.
    assert [r.status_code for r in server.responses].count(401) == 0
    tokens = [r.headers["authorization"] for r in server.api_requests]
    assert tokens[0] == tokens[1] == tokens[2] != tokens[3] == tokens[4]


def test_a_short_lived_token_is_renewed_at_half_its_lifetime(
    server: Any,
    clock: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
    yeti_data: Any,
) -> None:
    server.token_lifetime = 40
    with invoicekit.InvoiceClient(
        login_vendor,
        base_url=yeti_data.base_url,
        transport=httpx.MockTransport(server),
        credentials=login_credentials,
    ) as client:
        client.get_invoice(invoice_id)
        clock.advance(19)
        client.get_invoice(invoice_id)
        assert len(server.logins) == 1
        clock.advance(2)
        client.get_invoice(invoice_id)
        assert len(server.logins) == 2


def test_a_token_without_exp_is_not_renewed_by_time(
    server: Any,
    clock: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
    yeti_data: Any,
) -> None:
    server.token_lifetime = None  # Yeti's api.customer.token_lifetime left blank
    with invoicekit.InvoiceClient(
        login_vendor,
        base_url=yeti_data.base_url,
        transport=httpx.MockTransport(server),
        credentials=login_credentials,
    ) as client:
        client.get_invoice(invoice_id)
        clock.advance(10 * 365 * 86400)
        client.get_invoice(invoice_id)
    assert len(server.logins) == 1


async def test_a_401_logs_in_again_once_and_retries_once(
    harness: Any,
    server: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
) -> None:
    original = server.override

    def revoke_first_token(request: httpx.Request) -> httpx.Response | None:
        # The first token Yeti issued is revoked (say, the operator reset the session).
        server.revoked.update(list(server.issued)[:1])
        return original(request) if original else None

    server.override = revoke_first_token
    invoice = await harness.call(
        "get_invoice", invoice_id, **login_options(login_vendor, login_credentials)
    )
    assert invoice.id == invoice_id
    assert [r.status_code for r in server.responses] == [201, 401, 201, 200]
    first, second = server.api_requests
    assert first.headers["authorization"] != second.headers["authorization"]


async def test_a_persistent_401_gives_up_after_one_retry(
    harness: Any,
    server: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
) -> None:
    def revoke_everything(request: httpx.Request) -> None:
        server.revoked.update(server.issued)

    server.override = revoke_everything
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await harness.call(
            "get_invoice", invoice_id, **login_options(login_vendor, login_credentials)
        )
    assert caught.value.vendor_message == (
        "Authorization failed: Authorization token expired or incorrect."
    )
    assert caught.value.path == f"/prefix/api/rest/customer/v1/invoices/{invoice_id}"
    assert [r.status_code for r in server.responses] == [201, 401, 201, 401]


def test_a_rejected_token_is_dropped_even_when_logging_in_again_fails(
    server: Any,
    login_vendor: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
    yeti_data: Any,
) -> None:
    with invoicekit.InvoiceClient(
        login_vendor,
        base_url=yeti_data.base_url,
        transport=httpx.MockTransport(server),
        retries=0,
        credentials=login_credentials,
    ) as client:
        client.get_invoice(invoice_id)
        server.revoked.update(server.issued)
        server.override = lambda request: (
            httpx.Response(503) if request.url.path.endswith("/auth") else None
        )
        with pytest.raises(invoicekit.VendorError):
            client.get_invoice(invoice_id)
        server.override = None
        server.requests.clear()
        client.get_invoice(invoice_id)
    # The revoked token was forgotten: log in first, never send it again.
    login, get = server.requests
    assert login.url.path.endswith("/auth")
    assert get.headers["authorization"] not in server.revoked


async def test_an_expired_token_by_a_skewed_clock_is_recovered_by_the_401_retry(
    harness: Any,
    server: Any,
    clock: Any,
    login_credentials: dict[str, str],
    invoice_id: str,
) -> None:
    # Our clock runs 20 minutes behind Yeti's: the token looks fresh to us but is expired.
    behind = YetiVendor(clock=lambda: clock() - 1200)
    await harness.call("get_invoice", invoice_id, **login_options(behind, login_credentials))
    clock.advance(700)
    assert len(server.logins) == 1
    invoice = await harness.call(
        "get_invoice", invoice_id, **login_options(behind, login_credentials)
    )
    assert invoice.id == invoice_id


async def test_a_failed_login_names_the_auth_call_never_the_credentials(
    harness: Any, server: Any, login_vendor: Any, invoice_id: str, yeti_data: Any
) -> None:
    credentials = {"login": yeti_data.login, "password": "s3cr3t-KEY-123-but-wrong"}
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await harness.call("get_invoice", invoice_id, **login_options(login_vendor, credentials))
    error = caught.value
    assert error.vendor == "yeti"
    assert error.method == "POST"
    assert error.path == "/prefix/api/rest/customer/v1/auth"
    assert error.status_code == 401
    assert error.code == "401"
    assert error.vendor_message == "Authentication failed: Incorrect login or password."
    for text in (str(error), repr(error)):
        assert yeti_data.secret not in text
        assert yeti_data.login not in text
    assert server.api_requests == []  # the invoice was never asked for


async def test_a_login_answer_without_a_token_is_an_authentication_error(
    harness: Any, server: Any, login_vendor: Any, login_credentials: dict[str, str]
) -> None:
    server.override = lambda request: httpx.Response(201, content=b"")  # cookie_auth style
    with pytest.raises(invoicekit.AuthenticationError, match="no token"):
        await harness.call(
            "get_invoice",
            UNKNOWN_ID,
            **login_options(login_vendor, login_credentials),
        )


async def test_a_login_server_error_is_a_vendor_error(
    harness: Any, server: Any, login_vendor: Any, login_credentials: dict[str, str]
) -> None:
    server.override = lambda request: httpx.Response(
        500,
        json={"errors": [{"title": "Internal Server Error", "detail": "boom", "code": "500"}]},
    )
    with pytest.raises(invoicekit.VendorError) as caught:
        await harness.call(
            "get_invoice", UNKNOWN_ID, **login_options(login_vendor, login_credentials)
        )
    assert type(caught.value) is invoicekit.VendorError
    assert caught.value.code == "500"
    assert caught.value.path == "/prefix/api/rest/customer/v1/auth"


async def test_a_login_refused_for_too_many_requests_is_rate_limited(
    harness: Any, server: Any, login_vendor: Any, login_credentials: dict[str, str]
) -> None:
    server.override = lambda request: httpx.Response(429, headers={"retry-after": "5"})
    with pytest.raises(invoicekit.RateLimited) as caught:
        await harness.call(
            "get_invoice", UNKNOWN_ID, **login_options(login_vendor, login_credentials)
        )
    assert caught.value.retry_after == 5.0


# -- one YetiAuth shared by a blocking and an async client ------------------------------------


async def test_one_auth_serves_a_sync_and_an_async_client_with_one_login(
    server: Any, clock: Any, invoice_id: str, yeti_data: Any
) -> None:
    auth = YetiAuth(
        base_url=httpx.URL(yeti_data.base_url),
        login=yeti_data.login,
        password=yeti_data.secret,
        clock=clock,
    )
    url = f"{yeti_data.base_url}/api/rest/customer/v1/invoices/{invoice_id}"
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as sync_client:
        assert sync_client.get(url).status_code == 200
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as async_client:
        assert (await async_client.get(url)).status_code == 200
    assert len(server.logins) == 1
    clock.advance(600)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as async_client:
        assert (await async_client.get(url)).status_code == 200
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as sync_client:
        assert sync_client.get(url).status_code == 200
    assert len(server.logins) == 2


def test_one_auth_is_safe_across_threads(
    server: Any, clock: Any, invoice_id: str, yeti_data: Any
) -> None:
    auth = YetiAuth(
        base_url=httpx.URL(yeti_data.base_url),
        login=yeti_data.login,
        password=yeti_data.secret,
        clock=clock,
    )
    url = f"{yeti_data.base_url}/api/rest/customer/v1/invoices/{invoice_id}"
    statuses: list[int] = []
    start = threading.Barrier(8)

    def work() -> None:
        with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
            start.wait()
            statuses.extend(client.get(url).status_code for _ in range(5))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 40
    # Threads that raced at the start waited for the first one's login instead of their own.
    assert len(server.logins) == 1


class _Chunks(httpx.SyncByteStream):
    """A body that is not read until someone iterates it (unlike httpx's ByteStream)."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Any:
        yield self.body


def test_only_the_login_answer_is_read_by_the_auth_flow(
    server: Any, clock: Any, invoice_id: str, yeti_data: Any
) -> None:
    # The client streams other bodies under its size caps; the auth flow must not read them.
    def streaming(request: httpx.Request) -> httpx.Response:
        answer = server(request)
        return httpx.Response(
            answer.status_code, headers=answer.headers, stream=_Chunks(answer.content)
        )

    auth = YetiAuth(
        base_url=httpx.URL(yeti_data.base_url),
        login=yeti_data.login,
        password=yeti_data.secret,
        clock=clock,
    )
    url = f"{yeti_data.base_url}/api/rest/customer/v1/invoices/{invoice_id}"
    with httpx.Client(transport=httpx.MockTransport(streaming), auth=auth) as client:
        response = client.send(client.build_request("GET", url), stream=True)
        assert len(server.logins) == 1  # the login answer was read, its token used
        assert not response.is_stream_consumed
        assert json.loads(response.read())["data"]["id"] == invoice_id
        response.close()
    assert auth.requires_response_body is False


# -- repr, construction, JWT parsing ----------------------------------------------------------


def test_the_auth_repr_hides_the_credentials(yeti_data: Any) -> None:
    base = httpx.URL(yeti_data.base_url)
    by_login = YetiAuth(base_url=base, login=yeti_data.secret, password=yeti_data.secret)
    by_token = YetiAuth(base_url=base, token=yeti_data.secret)
    assert repr(by_login) == "<YetiAuth login+password>"
    assert repr(by_token) == "<YetiAuth token>"


def test_the_auth_takes_a_token_or_a_login_and_password(yeti_data: Any) -> None:
    base = httpx.URL(yeti_data.base_url)
    with pytest.raises(TypeError):
        YetiAuth(base_url=base)
    with pytest.raises(TypeError):
        YetiAuth(base_url=base, login="x")
    with pytest.raises(TypeError):
        YetiAuth(base_url=base, login="x", password="y", token="z")


@pytest.mark.parametrize("token", ["s3cr3t-KEY-123\r\nX-Evil: 1", "s3cr3t-KEY-123\n", "   "])
def test_a_token_that_is_no_single_line_is_refused_without_echoing_it(token: str) -> None:
    with pytest.raises(invoicekit.ConfigurationError) as caught:
        invoicekit.connect("yeti", base_url="https://yeti.example", token=token)
    assert "s3cr3t" not in str(caught.value)
    assert caught.value.vendor == "yeti"


def test_the_login_url_keeps_the_base_url_prefix(yeti_data: Any) -> None:
    for base, expected in [
        ("https://yeti.example", "https://yeti.example/api/rest/customer/v1/auth"),
        ("https://yeti.example/", "https://yeti.example/api/rest/customer/v1/auth"),
        ("https://yeti.example/a/b/", "https://yeti.example/a/b/api/rest/customer/v1/auth"),
        ("https://yeti.example:8443/a", "https://yeti.example:8443/a/api/rest/customer/v1/auth"),
    ]:
        auth = YetiAuth(base_url=httpx.URL(base), login="l", password="p")
        assert str(auth._login_url) == expected


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ({"aud": ["customer-v1"], "sub": 31, "exp": 1781278867}, 1781278867.0),
        ({"exp": 1781278867.5}, 1781278867.5),
        ({"sub": 31}, None),
        ({"exp": "soon"}, None),
        ({"exp": True}, None),
    ],
)
def test_token_expiry_reads_exp(
    claims: dict[str, Any], expected: float | None, yeti_data: Any
) -> None:
    assert token_expiry(yeti_data.make_jwt(claims)) == expected


def test_token_expiry_of_the_seed_token() -> None:
    seed = (
        "eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOlsiY3VzdG9tZXItdjEiXSwic3ViIjozMSwiZXhwIjoxNzgxMjc4ODY3fQ"
        ".7ATyBrMvjmREHUOVzQvpU7Tlf41ABwCs2QxKQrYs_GQ"
    )
    assert token_expiry(seed) == 1781278867.0


@pytest.mark.parametrize(
    "token", ["opaque", "", "a.b.c", "a.!!!.c", "a.W10.c", "a.eyJleHAiOk5hTn0.c"]
)
def test_token_expiry_of_opaque_or_broken_tokens_is_none(token: str) -> None:
    # "W10" is "[]"; the last is {"exp":NaN}.
    assert token_expiry(token) is None
