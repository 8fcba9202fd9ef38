"""The Daftra sandbox's credentials: the API key, access tokens, and the OAuth app and user.

Which header carries which credential is the spec's (``apikey`` and ``bearer`` in
``securitySchemes``, checked by `invoicekit.sandbox.SpecSandbox.authenticate`): every
``/api2`` path takes the ``apikey`` header (any case) with `API_KEY`, or ``Authorization:
Bearer`` with `ACCESS_TOKEN` (a fixed token that never expires) or with a token that
``POST /v2/oauth/token`` issued (`invoicekit.sandbox.OAuthTokens`: the password grant with
`CLIENT_ID`, `CLIENT_SECRET`, `USERNAME` and `PASSWORD`, or a refresh token, used once) and
that has not expired. The quirk kept here: sending *both* headers fails, valid or not, as
Daftra's docs warn. Failures answer 401 ``{"result": "failed", "code": 401, "message":
"Unauthorized"}``; the token endpoint's refusals are OAuth 2.0's ``{"error",
"error_description", "message"}`` (the spec marks these GUESS).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from invoicekit.sandbox import (
    Checks,
    SandboxError,
    SandboxRequest,
    SpecSandbox,
    TokenEndpoint,
    secret_check,
)

from ._facts import VENDOR

__all__ = [
    "ACCESS_TOKEN",
    "API_KEY",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "PASSWORD",
    "TOKEN_LIFETIME",
    "USERNAME",
    "checks",
    "refuse_both_headers",
    "token_endpoint",
]

#: The sandbox's API key: ``invoicekit.connect("daftra", api_key=API_KEY, base_url=...)``.
API_KEY = "sandbox-daftra-key"
#: An access token the sandbox accepts as ``Authorization: Bearer`` (``token=`` credential).
ACCESS_TOKEN = "sandbox-daftra-token"
#: The OAuth app and user of the sandbox's ``POST /v2/oauth/token``.
CLIENT_ID = "1"
CLIENT_SECRET = "sandbox-daftra-client-secret"
USERNAME = "sandbox@daftra.example"
PASSWORD = "sandbox-daftra-password"
#: Seconds an issued access token lives.
TOKEN_LIFETIME = 3600


def token_endpoint(
    sandbox: SpecSandbox, seed: int, clock: Callable[[], float] = time.time
) -> TokenEndpoint:
    """``create_access_token`` of ``sandbox``: the OAuth app, user and tokens of ``seed``."""
    return TokenEndpoint(
        sandbox,
        "create_access_token",
        vendor=VENDOR,
        seed=seed,
        clients={CLIENT_ID: CLIENT_SECRET},
        users={USERNAME: PASSWORD},
        clock=clock,
        lifetime=TOKEN_LIFETIME,
    )


def checks(tokens: TokenEndpoint) -> Checks:
    """What each of the spec's security schemes accepts."""
    fixed = secret_check(ACCESS_TOKEN)
    return {
        "apikey": secret_check(API_KEY),
        "bearer": lambda token: fixed(token) or tokens.valid(token),
    }


def refuse_both_headers(request: SandboxRequest) -> None:
    """Raise `SandboxError` 401 when the API key comes with an ``Authorization`` header."""
    if request.header("apikey") is not None and request.header("authorization") is not None:
        raise SandboxError(401, "Unauthorized")
