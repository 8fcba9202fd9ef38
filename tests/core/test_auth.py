"""`invoicekit.auth.TokenAuth`: an OAuth 2.0 token endpoint run by the core, sync and async."""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from typing import Any

import anyio
import httpx
import pytest

import invoicekit
from invoicekit.auth import TokenAuth, TokenEndpoint

pytestmark = pytest.mark.anyio
BASE = httpx.URL("https://acme.example/base")
SECRET = "client-s3cret-VALUE"
PASSWORD = "pa55word-VALUE"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def _form(fields: Any) -> dict[str, Any]:
    return {"method": "post", "url": "/oauth/token", "data": dict(fields)}


ENDPOINT = TokenEndpoint(vendor="acme", request=_form)


class Server:
    """A token endpoint and one API route; tokens are ``t1``, ``t2``... living ``lifetime`` s."""

    def __init__(self, now: list[float]) -> None:
        self.now = now
        self.lifetime = 100
        self.grants: list[dict[str, str]] = []
        self.valid: dict[str, float] = {}
        self.refresh: set[str] = set()
        self.delay = 0.0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/base/oauth/token":
            fields = dict(urllib.parse.parse_qsl(request.read().decode()))
            with self.lock:
                self.grants.append(fields)
                number = len(self.grants)
            time.sleep(self.delay)  # a slow endpoint, so concurrent requests overlap
            if fields.get("client_secret") != SECRET or (
                fields["grant_type"] == "password" and fields.get("password") != PASSWORD
            ):
                # A vendor that echoes the credential: it must come out masked.
                body = {"error": "invalid_grant", "error_description": f"bad password {fields}"}
                return httpx.Response(400, json=body)
            if (
                fields["grant_type"] == "refresh_token"
                and fields["refresh_token"] not in self.refresh
            ):
                return httpx.Response(400, json={"error": "invalid_grant"})
            token = f"t{number}"
            self.valid[token] = self.now[0] + self.lifetime
            self.refresh.add(f"r{number}")
            body = {
                "access_token": token,
                "expires_in": self.lifetime,
                "refresh_token": f"r{number}",
            }
            return httpx.Response(200, json=body)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if self.valid.get(token, 0) <= self.now[0]:
            return httpx.Response(401, json={"error": "expired"})
        return httpx.Response(200, json={"token": token})


@pytest.fixture
def now() -> list[float]:
    return [1000.0]


@pytest.fixture
def server(now: list[float]) -> Server:
    return Server(now)


def _auth(now: list[float], password: str = PASSWORD) -> TokenAuth:
    grant = {"client_id": "7", "client_secret": SECRET, "username": "me", "password": password}
    return TokenAuth(ENDPOINT, base_url=BASE, grant=grant, clock=lambda: now[0])


def test_password_grant_then_refresh_before_expiry(server: Server, now: list[float]) -> None:
    auth = _auth(now)
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
        assert client.get(f"{BASE}/x").json() == {"token": "t1"}
        now[0] += 69  # 31 s before expiry: still fine
        assert client.get(f"{BASE}/x").json() == {"token": "t1"}
        now[0] += 2  # 29 s before expiry: renewed with the refresh token, before sending
        assert client.get(f"{BASE}/x").json() == {"token": "t2"}
    assert [g["grant_type"] for g in server.grants] == ["password", "refresh_token"]
    assert server.grants[0] == {
        "grant_type": "password",
        "client_id": "7",
        "client_secret": SECRET,
        "username": "me",
        "password": PASSWORD,
    }
    assert server.grants[1] == {
        "client_id": "7",
        "client_secret": SECRET,
        "grant_type": "refresh_token",
        "refresh_token": "r1",
    }


async def test_a_refused_refresh_falls_back_to_the_password_once(
    server: Server, now: list[float]
) -> None:
    auth = _auth(now)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as client:
        await client.get(f"{BASE}/x")
        server.refresh.clear()  # the refresh token was revoked
        now[0] += 80
        assert (await client.get(f"{BASE}/x")).json() == {"token": "t3"}
    assert [g["grant_type"] for g in server.grants] == ["password", "refresh_token", "password"]


async def test_a_401_gets_one_new_token_and_one_retry(server: Server, now: list[float]) -> None:
    auth = _auth(now)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as client:
        await client.get(f"{BASE}/x")
        server.valid.clear()  # revoked by the vendor
        assert (await client.get(f"{BASE}/x")).json() == {"token": "t2"}
        server.valid.clear()
        server.lifetime = 0  # every new token is dead on arrival: give up after one retry
        assert (await client.get(f"{BASE}/x")).status_code == 401
    assert len(server.grants) == 3


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_wrong_credentials_are_an_authentication_error_without_secrets(
    server: Server, now: list[float], mode: str
) -> None:
    auth = _auth(now, password="wrong-" + PASSWORD)

    async def fetch() -> None:
        if mode == "sync":
            with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
                client.get(f"{BASE}/x")
            return
        async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as c:
            await c.get(f"{BASE}/x")

    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await fetch()
    error = caught.value
    assert (error.vendor, error.method, error.path) == ("acme", "POST", "/base/oauth/token")
    assert (error.status_code, error.code) == (400, "invalid_grant")
    assert error.vendor_message is not None
    assert error.vendor_message.startswith("bad password {'grant_type': 'password'")
    for text in (str(error), repr(error), repr(auth)):
        assert PASSWORD not in text
        assert SECRET not in text


def test_threads_needing_a_token_share_one_request(server: Server, now: list[float]) -> None:
    server.delay = 0.05
    auth = _auth(now)
    start = threading.Barrier(8)
    seen: list[str] = []

    def work() -> None:
        with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
            start.wait()
            seen.append(client.get(f"{BASE}/x").json()["token"])

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == ["t1"] * 8
    assert len(server.grants) == 1


async def test_tasks_needing_a_token_share_one_request(server: Server, now: list[float]) -> None:
    auth = _auth(now)
    seen: list[str] = []

    async def slow_server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            await anyio.sleep(0.05)
        return server(request)

    async with httpx.AsyncClient(transport=httpx.MockTransport(slow_server), auth=auth) as c:

        async def work() -> None:
            seen.append((await c.get(f"{BASE}/x")).json()["token"])

        async with anyio.create_task_group() as group:
            for _ in range(8):
                group.start_soon(work)
    assert seen == ["t1"] * 8
    assert len(server.grants) == 1


def test_a_token_answer_without_a_token_is_an_authentication_error(now: list[float]) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"x": 1}))
    with (
        httpx.Client(transport=transport, auth=_auth(now)) as client,
        pytest.raises(invoicekit.AuthenticationError, match="no token in 'access_token'"),
    ):
        client.get(f"{BASE}/x")


def test_a_token_server_error_is_a_vendor_error_and_429_is_rate_limited(
    now: list[float],
) -> None:
    for status, kind in [(500, invoicekit.VendorError), (429, invoicekit.RateLimited)]:
        answer = httpx.Response(status, headers={"retry-after": "2"}, content=json.dumps({}))
        transport = httpx.MockTransport(lambda request, answer=answer: answer)
        with (
            httpx.Client(transport=transport, auth=_auth(now)) as client,
            pytest.raises(kind) as caught,
        ):
            client.get(f"{BASE}/x")
        assert type(caught.value) is kind
    assert isinstance(caught.value, invoicekit.RateLimited)
    assert caught.value.retry_after == 2.0
