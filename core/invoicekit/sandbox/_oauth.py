"""An OAuth 2.0 token endpoint for a sandbox: the password and refresh-token grants.

`OAuthTokens` issues and checks tokens (RFC 6749 sections 4.3 and 6): a known client
(``client_id``/``client_secret``) trades a user's ``username``/``password`` or a refresh
token it was given for ``{token_type, expires_in, access_token, refresh_token}``. Refresh
tokens are used once (rotated, as Laravel Passport and most servers do); access tokens
expire after ``lifetime`` seconds of ``clock``. Tokens are HMACs of the vendor, the seed and
a counter, so they mean nothing to another seed. `TokenEndpoint` serves it at the spec's
token operation, its refusals (400 for a grant, 401 for a client) shaped by the operation's
error schema with the OAuth ``error`` code.
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
from typing import Any

from ._protocol import SandboxRequest, SandboxResponse
from ._spec_sandbox import SpecSandbox, error_body

__all__ = ["OAuthRefusal", "OAuthTokens", "TokenEndpoint", "read_form"]


def read_form(request: SandboxRequest) -> dict[str, str]:
    """The fields of a ``multipart/form-data`` or URL-encoded form body (first of repeats)."""
    content_type = request.header("content-type") or ""
    if content_type.split(";")[0].strip().lower() == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
        fields: dict[str, str] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields.setdefault(name, payload.decode("utf-8", "replace"))
        return fields
    return dict(reversed(urllib.parse.parse_qsl(request.body.decode("utf-8", "replace"))))


class OAuthRefusal(Exception):
    """A refused token request: the HTTP status, the OAuth ``error`` code and its description."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


class OAuthTokens:
    """The tokens one sandbox issued, and the grants that issue them.

    Args:
        vendor: namespaces the tokens.
        seed: seeds the tokens.
        clients: ``client_id`` -> ``client_secret`` of the known OAuth apps.
        users: ``username`` -> ``password`` for the password grant.
        clock: the current Unix time, for expiry; tests pass a fake one.
        lifetime: seconds an access token lives.
    """

    def __init__(
        self,
        *,
        vendor: str,
        seed: int,
        clients: Mapping[str, str],
        users: Mapping[str, str],
        clock: Callable[[], float] = time.time,
        lifetime: int = 3600,
    ) -> None:
        self._key = hashlib.sha256(f"invoicekit-sandbox-{vendor}:{seed}".encode()).digest()
        self._clients, self._users = dict(clients), dict(users)
        self._clock = clock
        self.lifetime = lifetime
        self._lock = threading.Lock()
        self._issued = 0
        self._expiry: dict[str, float] = {}
        self._refresh: set[str] = set()

    def _mint(self, kind: str, number: int) -> str:
        return hmac.new(self._key, f"{kind}:{number}".encode(), hashlib.sha256).hexdigest()

    def valid(self, token: str) -> bool:
        """Whether ``token`` is an access token issued here that has not expired."""
        with self._lock:
            expiry = self._expiry.get(token)
        return expiry is not None and self._clock() < expiry

    def grant(self, fields: Mapping[str, str]) -> dict[str, Any]:
        """The token answer for the form ``fields``; raises `OAuthRefusal` when refused."""
        client = fields.get("client_id")
        if client not in self._clients or fields.get("client_secret") != self._clients[client]:
            raise OAuthRefusal(401, "invalid_client", "Client authentication failed")
        grant = fields.get("grant_type")
        with self._lock:
            if grant == "password":
                user = fields.get("username")
                if user not in self._users or fields.get("password") != self._users[user]:
                    raise OAuthRefusal(400, "invalid_grant", "The user credentials were incorrect.")
            elif grant == "refresh_token":
                refresh = fields.get("refresh_token", "")
                if refresh not in self._refresh:
                    raise OAuthRefusal(400, "invalid_grant", "The refresh token is invalid.")
                self._refresh.discard(refresh)
            else:
                raise OAuthRefusal(
                    400, "unsupported_grant_type", "The authorization grant type is not supported."
                )
            self._issued += 1
            access = self._mint("access", self._issued)
            refresh = self._mint("refresh", self._issued)
            self._expiry[access] = self._clock() + self.lifetime
            self._refresh.add(refresh)
        return {
            "token_type": "Bearer",
            "expires_in": self.lifetime,
            "access_token": access,
            "refresh_token": refresh,
        }


class TokenEndpoint(OAuthTokens):
    """`OAuthTokens` served at the spec's token operation ``operation_id`` of ``sandbox``.

    Route `token` at the operation (``handlers()``); check bearer tokens with `valid`. A
    refusal is the operation's error schema for its status (`error_body`), its ``error`` the
    OAuth code and its message fields the description, in the operation's media type. The
    other keywords are `OAuthTokens`'.
    """

    def __init__(
        self,
        sandbox: SpecSandbox,
        operation_id: str,
        *,
        vendor: str,
        seed: int,
        clients: Mapping[str, str],
        users: Mapping[str, str],
        clock: Callable[[], float] = time.time,
        lifetime: int = 3600,
    ) -> None:
        super().__init__(
            vendor=vendor, seed=seed, clients=clients, users=users, clock=clock, lifetime=lifetime
        )
        self._sandbox, self._operation_id = sandbox, operation_id

    def token(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        """The token operation: a form in, tokens or a refusal out."""
        try:
            return SandboxResponse.json(200, self.grant(read_form(request)))
        except OAuthRefusal as refusal:
            spec = self._sandbox.spec
            operation = self._sandbox.operation(self._operation_id)
            media, schema = spec.error_response(refusal.status, operation)
            constants = {"error": refusal.error}
            body = error_body(spec, schema, refusal.status, refusal.description, constants)
            return SandboxResponse.json(refusal.status, body, content_type=media)
