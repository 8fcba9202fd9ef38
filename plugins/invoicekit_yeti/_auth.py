"""Signing Yeti requests: a ready token, or a JWT from login and password, renewed in time.

Yeti's customer API takes ``Authorization: <jwt>`` (the server reads the last word of the
header, so the bare token works, as in Yeti's own docs). A JWT comes from
``POST /api/rest/customer/v1/auth`` with ``{"auth": {"login", "password"}}``; it carries an
``exp`` (Unix seconds; the server's default lifetime is 600 s) unless the operator switched
expiry off. `YetiAuth` logs in on first use, renews the token ``renew_margin`` seconds before
``exp`` (judged by the injectable ``clock``), and when a request still gets a 401 (revoked
token, clocks apart) logs in again once and retries that request once.

One `YetiAuth` can serve a blocking and an async client at the same time: `auth_flow` is a
plain generator that httpx drives from both, and the token cache is guarded by a lock that is
never held across a request.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import Any

import httpx
import msgspec

from invoicekit import AuthenticationError, ConfigurationError
from invoicekit_yeti_client.api.auth import login as login_endpoint
from invoicekit_yeti_client.models import AuthCredentials, AuthRequest, AuthResponse

from ._errors import status_error
from ._values import VENDOR

__all__ = ["YetiAuth"]
_DEFAULT_RENEW_MARGIN = 30.0


def token_expiry(token: str) -> float | None:
    """The ``exp`` claim of a JWT, in Unix seconds, or ``None`` if it has none or is opaque.

    Only read, never verified: the signature is the server's business, we are its client.
    """
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return None
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        return None
    return float(expiry) if math.isfinite(expiry) else None


def _join(base_url: httpx.URL, path: str) -> httpx.URL:
    # The way httpx hangs a relative URL from a client's base_url, so a path prefix
    # (https://host/yeti) is kept for the login call too.
    prefix = base_url.raw_path.split(b"?")[0]
    if not prefix.endswith(b"/"):
        prefix += b"/"
    return base_url.copy_with(raw_path=prefix + path.encode("ascii").lstrip(b"/"))


def _login_kwargs(login: str, password: str) -> dict[str, Any]:
    # From the generated endpoint, so the path and body shape come from the spec.
    return login_endpoint.build_request(
        body=AuthRequest(auth=AuthCredentials(login=login, password=password))
    )


class YetiAuth(httpx.Auth):
    """`httpx.Auth` for Yeti: a ready ``token``, or ``login`` and ``password`` traded for a JWT.

    Args:
        base_url: the client's base URL; the login call goes to ``<base_url>/api/rest/...``.
        login: Customer Portal login (with ``password``).
        password: its password.
        token: a token obtained elsewhere; sent as is, never renewed.
        clock: returns the current Unix time; tests pass a fake one.
        renew_margin: seconds before ``exp`` at which a token is renewed (at most half its
            lifetime, so a short-lived token is not renewed on every request).

    Its repr shows the mode, never a credential.
    """

    def __init__(
        self,
        *,
        base_url: httpx.URL,
        login: str | None = None,
        password: str | None = None,
        token: str | None = None,
        clock: Callable[[], float] = time.time,
        renew_margin: float = _DEFAULT_RENEW_MARGIN,
    ) -> None:
        if (token is None) == (login is None or password is None):
            raise TypeError("YetiAuth takes either token, or login and password")
        if token is not None and (not token.strip() or any(char in token for char in "\r\n")):
            # Checked here, where the message can leave the value out; httpx would echo it.
            raise ConfigurationError("the token must be one non-blank line", vendor=VENDOR)
        self._static_token = token
        self._login = login
        self._password = password
        self._clock = clock
        self._renew_margin = renew_margin
        kwargs = _login_kwargs("", "")  # only the method and path, for matching and errors
        self._login_method = str(kwargs["method"]).upper()
        self._login_url = _join(base_url, str(kwargs["url"]))
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at: float | None = None

    def __repr__(self) -> str:
        mode = "token" if self._static_token is not None else "login+password"
        return f"<YetiAuth {mode}>"

    # -- the flow, written once for both clients ---------------------------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request``; log in first if needed, and once more after a 401."""
        if self._static_token is not None:
            request.headers["Authorization"] = self._static_token
            yield request
            return
        token = self._cached_token()
        if token is None:
            token = yield from self._login_flow(request)
        request.headers["Authorization"] = token
        response = yield request
        if response.status_code != 401:
            return
        self._forget(token)
        request.headers["Authorization"] = yield from self._login_flow(request)
        yield request

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Drive `auth_flow` for `httpx.Client`, reading only the login answer's body.

        httpx's ``requires_response_body`` would read *every* body here, before the client's
        size caps apply; only the login answer is needed.
        """
        flow = self.auth_flow(request)
        next_request = next(flow)
        while True:
            response = yield next_request
            if self._is_login(next_request):
                response.read()
            try:
                next_request = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Drive `auth_flow` for `httpx.AsyncClient`, reading only the login answer's body."""
        flow = self.auth_flow(request)
        next_request = next(flow)
        while True:
            response = yield next_request
            if self._is_login(next_request):
                await response.aread()
            try:
                next_request = flow.send(response)
            except StopIteration:
                return

    # -- login --------------------------------------------------------------------------------

    def _is_login(self, request: httpx.Request) -> bool:
        return request.method == self._login_method and request.url == self._login_url

    def _login_request(self, original: httpx.Request) -> httpx.Request:
        kwargs = _login_kwargs(self._login or "", self._password or "")
        return httpx.Request(
            self._login_method,
            self._login_url,
            json=kwargs["json"],
            headers={**kwargs["headers"], "Accept": "application/json"},
            # Carries the client's timeout, which httpx keeps in the request's extensions.
            extensions=dict(original.extensions),
        )

    def _login_flow(self, original: httpx.Request) -> Generator[httpx.Request, httpx.Response, str]:
        request = self._login_request(original)
        issued_at = self._clock()
        response = yield request
        if response.status_code >= 400:
            # Names the vendor, method and path of the auth call and Yeti's own message
            # ("Authentication failed: Incorrect login or password."), never the credentials.
            raise status_error(request, response, (self._login or "", self._password or ""))
        try:
            token = msgspec.json.decode(response.content, type=AuthResponse).jwt
        except msgspec.MsgspecError as exc:
            if response.content.strip() and str(exc).startswith("Input data was truncated"):
                # Cut short in transit, like a dropped connection: the client's retry budget
                # for the call (the login shares it, through the copied extensions) may retry.
                raise httpx.RemoteProtocolError(
                    "the login answer was cut short", request=request
                ) from exc
            token = ""
        if not token:
            raise AuthenticationError(
                VENDOR,
                method=request.method,
                path=request.url.path,
                status_code=response.status_code,
                vendor_message="the login answer carried no token",
            )
        self._store(token, issued_at)
        return token

    # -- the token cache ----------------------------------------------------------------------

    def _cached_token(self) -> str | None:
        with self._lock:
            if self._token is None:
                return None
            if self._renew_at is not None and self._clock() >= self._renew_at:
                return None
            return self._token

    def _store(self, token: str, issued_at: float) -> None:
        expiry = token_expiry(token)
        renew_at: float | None = None
        if expiry is not None and expiry > issued_at:
            margin = min(self._renew_margin, (expiry - issued_at) / 2)
            renew_at = expiry - margin
        # An exp already past by our clock means the clocks disagree: renewing on time cannot
        # work, so rely on the 401 retry instead of logging in before every request.
        with self._lock:
            self._token, self._renew_at = token, renew_at

    def _forget(self, token: str) -> None:
        with self._lock:
            # Another request may already have replaced it with a fresh token.
            if self._token == token:
                self._token, self._renew_at = None, None
