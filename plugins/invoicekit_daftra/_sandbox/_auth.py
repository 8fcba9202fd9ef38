"""The Daftra sandbox's credentials: the API key, access tokens, and the OAuth token route.

Every ``/api2`` path takes the ``apikey`` header (any case) with `API_KEY`, or
``Authorization: Bearer`` with `ACCESS_TOKEN` (a fixed token that never expires) or with a
token the sandbox's ``POST /v2/oauth/token`` issued and that has not expired. Sending *both*
headers fails, valid or not: Daftra's docs warn that an ``Authorization`` header next to the
API key makes authentication fail. Failures answer 401
``{"result": "failed", "code": 401, "message": "Unauthorized"}``.

``POST /v2/oauth/token`` (`OAuthServer`) takes a multipart (or URL-encoded) form, as the docs
show: ``grant_type=password`` with `CLIENT_ID`, `CLIENT_SECRET`, `USERNAME` and `PASSWORD`, or
``grant_type=refresh_token`` with a refresh token it issued (each is used once, as Laravel
Passport rotates them). It answers ``{token_type, expires_in, access_token, refresh_token}``;
a refused grant 400 and an unknown client 401, in OAuth 2.0's ``{"error",
"error_description", "message"}`` shape (the spec marks these GUESS).
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import hmac
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping

from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse

__all__ = [
    "ACCESS_TOKEN",
    "API_KEY",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "PASSWORD",
    "TOKEN_LIFETIME",
    "USERNAME",
    "OAuthServer",
    "authenticate",
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


def _form(request: SandboxRequest) -> dict[str, str]:
    """The fields of a multipart or URL-encoded form body."""
    content_type = request.header("content-type") or ""
    if content_type.split(";")[0].strip().lower() == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
        fields = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = payload.decode("utf-8", "replace")
        return fields
    return dict(urllib.parse.parse_qsl(request.body.decode("utf-8", "replace")))


def _oauth_error(status: int, error: str, description: str) -> SandboxResponse:
    body = {"error": error, "error_description": description, "message": description}
    return SandboxResponse.json(status, body)


class OAuthServer:
    """The token route and the tokens it issued.

    Args:
        seed: seeds the tokens (tokens of one seed mean nothing to another).
        clock: the current Unix time, for expiry; tests pass a fake one.
        token_lifetime: seconds an access token lives.
    """

    def __init__(
        self,
        *,
        seed: int,
        clock: Callable[[], float] = time.time,
        token_lifetime: int = TOKEN_LIFETIME,
    ) -> None:
        self._key = hashlib.sha256(f"invoicekit-sandbox-daftra:{seed}".encode()).digest()
        self._clock = clock
        self._lifetime = token_lifetime
        self._lock = threading.Lock()
        self._issued = 0
        self._expiry: dict[str, float] = {}
        self._refresh: set[str] = set()

    def _mint(self, kind: str, number: int) -> str:
        return hmac.new(self._key, f"{kind}:{number}".encode(), hashlib.sha256).hexdigest()

    def valid(self, token: str) -> bool:
        """Whether ``token`` was issued here and has not expired."""
        with self._lock:
            expiry = self._expiry.get(token)
        return expiry is not None and self._clock() < expiry

    def token(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        """``POST /v2/oauth/token``: the password or refresh_token grant."""
        fields = _form(request)
        if fields.get("client_id") != CLIENT_ID or fields.get("client_secret") != CLIENT_SECRET:
            return _oauth_error(401, "invalid_client", "Client authentication failed")
        grant = fields.get("grant_type")
        with self._lock:
            if grant == "password":
                if fields.get("username") != USERNAME or fields.get("password") != PASSWORD:
                    return _oauth_error(
                        400, "invalid_grant", "The user credentials were incorrect."
                    )
            elif grant == "refresh_token":
                refresh = fields.get("refresh_token", "")
                if refresh not in self._refresh:
                    return _oauth_error(400, "invalid_grant", "The refresh token is invalid.")
                self._refresh.discard(refresh)
            else:
                return _oauth_error(
                    400, "unsupported_grant_type", "The authorization grant type is not supported."
                )
            self._issued += 1
            access = self._mint("access", self._issued)
            refresh = self._mint("refresh", self._issued)
            self._expiry[access] = self._clock() + self._lifetime
            self._refresh.add(refresh)
        body = {
            "token_type": "Bearer",
            "expires_in": self._lifetime,
            "access_token": access,
            "refresh_token": refresh,
        }
        return SandboxResponse.json(200, body)


def authenticate(request: SandboxRequest, oauth: OAuthServer | None = None) -> None:
    """Raise `SandboxError` 401 unless the request carries valid credentials."""
    api_key = request.header("apikey")
    authorization = request.header("authorization")
    if api_key is not None and authorization is not None:
        # Daftra's docs: with the API key, do not also send an Authorization header.
        raise SandboxError(401, "Unauthorized")
    if api_key is not None:
        if api_key == API_KEY:
            return
    elif authorization is not None:
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() == "bearer" and (
            token == ACCESS_TOKEN or (oauth is not None and oauth.valid(token))
        ):
            return
    raise SandboxError(401, "Unauthorized")
