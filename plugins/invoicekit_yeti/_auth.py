"""Signing Yeti requests: a ready token, or a JWT from login and password, renewed in time.

Yeti's customer API takes ``Authorization: <jwt>`` (the server reads the last word of the
header, so the bare token works, as in Yeti's own docs). A JWT comes from
``POST /api/rest/customer/v1/auth`` with ``{"auth": {"login", "password"}}``; it carries an
``exp`` (Unix seconds; the server's default lifetime is 600 s) unless the operator switched
expiry off. The login is one `invoicekit.auth.TokenEndpoint`: the core's `TokenAuth` logs in
on first use, renews the token ``renew_margin`` seconds before ``exp``, logs in again once after
a 401, and lets concurrent requests share one login.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Mapping
from typing import Any

import httpx

from invoicekit import ConfigurationError
from invoicekit.auth import HeaderAuth, TokenAuth, TokenEndpoint, token_expiry
from invoicekit_yeti_client.api.auth import login as login_endpoint
from invoicekit_yeti_client.models import AuthCredentials, AuthRequest

from ._errors import error_detail
from ._values import VENDOR

__all__ = ["LOGIN", "YetiAuth", "token_expiry"]
_DEFAULT_RENEW_MARGIN = 30.0


def _login_kwargs(fields: Mapping[str, str]) -> Mapping[str, Any]:
    # From the generated endpoint, so the path and body shape come from the spec.
    credentials = AuthCredentials(login=fields["username"], password=fields["password"])
    return login_endpoint.build_request(body=AuthRequest(auth=credentials))


#: Yeti's login as a token endpoint: ``{"jwt": ...}``, expiry from the JWT's ``exp``.
LOGIN = TokenEndpoint(
    vendor=VENDOR,
    request=_login_kwargs,
    token_field="jwt",
    refresh_token_field=None,
    expires_in_field=None,
    scheme=None,
    parse_error=lambda response: error_detail(response.content),
)


class YetiAuth(TokenAuth):
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
        self._static: HeaderAuth | None = None
        if token is not None:
            if not token.strip() or any(char in token for char in "\r\n"):
                # Checked here, where the message can leave the value out; httpx would echo it.
                raise ConfigurationError("the token must be one non-blank line", vendor=VENDOR)
            self._static = HeaderAuth("Authorization", token)
        grant = {"username": login or "", "password": password or ""}
        super().__init__(
            LOGIN, base_url=base_url, grant=grant, clock=clock, renew_margin=renew_margin
        )
        self._login_url = self._token_url

    def __repr__(self) -> str:
        mode = "token" if self._static is not None else "login+password"
        return f"<YetiAuth {mode}>"

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """A ready token as is; else the core's login flow."""
        if self._static is not None:
            return self._static.sync_auth_flow(request)
        return super().sync_auth_flow(request)

    def async_auth_flow(self, request: httpx.Request) -> Any:
        """A ready token as is; else the core's login flow."""
        if self._static is not None:
            return self._static.async_auth_flow(request)
        return super().async_auth_flow(request)
