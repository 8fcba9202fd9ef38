"""A redirect to another origin takes no credential along, whatever the vendor's auth kind.

For every auth kind the built-in vendors and the Stripe example use (an API-key header, a
bearer token, several headers at once, Yeti's JWT login, Daftra's OAuth password grant), the
signed request and the login request are answered with a redirect to another host. The other
host may receive a request, but no credential, token, refresh token or login field, in any
header, in the URL or in the body; its 401 starts no new login. Blocking and async clients.
"""

from __future__ import annotations

import httpx
import pytest
from helpers.client import CASES
from helpers.mock_vendor import ATTACKER, options, run

import invoicekit
from invoicekit import _http
from invoicekit.auth import HeaderAuth

pytestmark = pytest.mark.anyio

KEY = "sk_test_REDIRECT-KEY-7f3a"
PASSWORD = "REDIRECT-PASSWORD-91c2"
CLIENT_SECRET = "REDIRECT-CLIENT-SECRET-5d0e"
ISSUED = "REDIRECT-ISSUED-TOKEN-8b44"
REFRESH = "REDIRECT-REFRESH-TOKEN-2e19"
TENANT = "REDIRECT-TENANT-ID-c3d7"
SECRETS = (KEY, PASSWORD, CLIENT_SECRET, ISSUED, REFRESH, TENANT, "acme-login-4471")

IDS = {**{name: case.invoice_id for name, case in CASES.items()}, "stripe": "in_1PYp2mLkdIwHu7ix"}
AUTH_KINDS = {
    "yeti token header": ("yeti", {"token": KEY}),
    "yeti JWT login": ("yeti", {"login": "acme-login-4471", "password": PASSWORD}),
    "daftra apikey header": ("daftra", {"api_key": KEY}),
    "daftra bearer token": ("daftra", {"token": KEY}),
    "daftra OAuth password grant": (
        "daftra",
        {
            "client_id": "acme-login-4471",
            "client_secret": CLIENT_SECRET,
            "username": "acme-login-4471",
            "password": PASSWORD,
        },
    ),
    "fynn bearer": ("fynn", {"api_key": KEY}),
    "stripe bearer": ("stripe", {"api_key": KEY}),
    "several headers (HeaderAuth.of)": ("fynn", {"api_key": KEY}),
}


def _is_login(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith(("/auth", "/oauth/token"))


def _login_answer() -> httpx.Response:
    body = {"jwt": ISSUED, "access_token": ISSUED, "refresh_token": REFRESH, "expires_in": 3600}
    return httpx.Response(201, json=body)


class _Attacked:
    """The vendor's host redirects ``which`` requests to another host, which answers ``status``."""

    def __init__(self, which: str, status: int) -> None:
        self.which = which
        self.status = status
        self.home: list[httpx.Request] = []
        self.elsewhere: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.host != "vendor.example":
            self.elsewhere.append(request)
            if len(self.elsewhere) > 20:
                raise AssertionError("the client keeps talking to the other host")
            return httpx.Response(self.status, json={"error": "who are you"})
        self.home.append(request)
        login = _is_login(request)
        if login and self.which == "signed":
            return _login_answer()
        return httpx.Response(
            307, headers={"location": f"https://{ATTACKER}/steal{request.url.path}?x=1"}
        )

    def assert_nothing_leaked(self) -> None:
        for request in self.elsewhere:
            sent = [str(request.url), request.content.decode("latin-1"), *request.headers.values()]
            for secret in SECRETS:
                assert not any(secret in text for text in sent), f"{secret} reached {ATTACKER}"
            assert not _is_login(request) or not request.content


@pytest.fixture
def several_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fynn signing with a bearer key plus a tenant header, as a Xero-like vendor would."""
    vendor = invoicekit.get_vendor("fynn")
    monkeypatch.setattr(
        vendor,
        "authenticate",
        lambda credentials, base_url: HeaderAuth.of(
            {"Authorization": f"Bearer {KEY}", "X-Tenant-Id": TENANT}
        ),
    )


def _with_login(kind: str) -> bool:
    return bool({"password", "client_secret"} & set(AUTH_KINDS[kind][1]))


@pytest.mark.parametrize("status", [200, 401])
@pytest.mark.parametrize(
    ("kind", "which"),
    [(kind, "signed") for kind in sorted(AUTH_KINDS)]
    + [(kind, "login") for kind in sorted(AUTH_KINDS) if _with_login(kind)],
)
async def test_no_credential_follows_a_redirect_to_another_origin(
    mode: str, kind: str, which: str, status: int, request: pytest.FixtureRequest
) -> None:
    vendor, credentials = AUTH_KINDS[kind]
    if kind.startswith("several"):
        request.getfixturevalue("several_headers")
    server = _Attacked(which, status)
    error = ""
    try:
        await run(mode, vendor, options(server, **credentials), "get_invoice", IDS[vendor])
    except invoicekit.InvoiceKitError as exc:  # the other host's answer is no invoice
        error = f"{exc} {exc!r}"
    assert not any(secret in error for secret in SECRETS)
    assert server.home, "the vendor's own host was asked first"
    if which == "signed":
        # The signed request did carry its credential at home: the test can see a leak.
        signed = [r for r in server.home if not _is_login(r)]
        assert any(
            any(secret in value for secret in SECRETS) for value in signed[0].headers.values()
        )
        assert server.elsewhere, "the redirect was followed (without credentials)"
    else:
        assert not server.elsewhere, "a login is never redirected"
    logins_home = [r for r in server.home if _is_login(r)]
    assert len(logins_home) <= 1, "the other host's 401 started no new login"
    server.assert_nothing_leaked()


def test_a_cross_origin_redirect_keeps_only_generic_headers() -> None:
    """Whatever a header's name, it stays behind unless it is a generic one (Accept...)."""
    request = httpx.Request(
        "GET",
        "https://vendor.example/x",
        headers={"X-Tenant-Id": TENANT, "X-Custom-Token": KEY, "Accept": "application/json"},
    )
    moved = httpx.Response(302, headers={"location": f"https://{ATTACKER}/y"})
    followed = _http.redirect("acme", request, moved, allow_insecure=False)
    assert followed.url.host == ATTACKER
    assert followed.headers["accept"] == "application/json"
    assert "x-tenant-id" not in followed.headers
    assert "x-custom-token" not in followed.headers
