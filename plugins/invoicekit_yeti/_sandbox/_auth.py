"""The Yeti sandbox's authentication: the login, its JWT or cookie, and every route's check.

Below the sandbox prefix (``http://127.0.0.1:8765/yeti``):

``POST /api/rest/customer/v1/auth``
    Login with ``{"auth": {"login": "sandbox", "password": "sandbox-yeti-password"}}`` (JSON or
    form encoded): 201 ``{"jwt": ...}``, or with ``cookie_auth`` 201, an empty body and the
    ``_yeti_customer_v1_session`` cookie. The JWT is real: HS256 over a per-seed secret, payload
    ``{"aud":["customer-v1"],"sub":<api access id>,"exp":<now + 600>}``. Wrong credentials: 401
    "Authentication failed"; no ``auth`` object: 400. ``GET`` answers ``{"allow-rec": ...}``
    and ``DELETE`` clears the cookie (204), as yeti-web's ``AuthController``.
Every route the spec secures
    Authorized like ``CustomerV1Authorizable``, from where the spec's security schemes put the
    token: the last whitespace-separated word of the ``Authorization`` header (bare token or
    ``Bearer <token>``), else the session cookie (then a refreshed cookie is set). Signature,
    algorithm, audience, ``sub`` and ``exp`` are checked; any failure is the JSON:API 401
    "Authorization failed".
"""

from __future__ import annotations

import hashlib
import json
import math
import urllib.parse
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

from invoicekit.sandbox import Handler, SandboxRequest, SandboxResponse, jwt_decode, jwt_encode

from ._errors import JSON, Problem, authorization_failed

__all__ = [
    "API_ACCESS_ID",
    "AUDIENCE",
    "COOKIE_NAME",
    "LOGIN",
    "PASSWORD",
    "TOKEN_LIFETIME",
    "TokenAuth",
]

#: The sandbox's Customer Portal login (public demo values).
LOGIN = "sandbox"
PASSWORD = "sandbox-yeti-password"
#: ``api.customer.token_lifetime`` of a default yeti-web installation, in seconds.
TOKEN_LIFETIME = 600
#: The session cookie of ``CustomerV1Auth::Authenticator``.
COOKIE_NAME = "_yeti_customer_v1_session"
#: The spec's security schemes of the token: the ``Authorization`` header, else the cookie.
HEADER_SCHEME = "customerJwt"
COOKIE_SCHEME = "customerSessionCookie"

#: The audience and ``sub`` (the api access id) of the sandbox login's tokens.
AUDIENCE = "customer-v1"
API_ACCESS_ID = 31
_JWT_HEADER = {"alg": "HS256"}  # what ruby-jwt writes, no "typ"


class TokenAuth:
    """The login routes, the tokens they issue and the check in front of every other route.

    Args:
        seed: seeds the JWT secret (tokens of one seed fail on another).
        clock: the current Unix time, for token expiry.
        token_lifetime: seconds a login token lives; ``None`` mints tokens without ``exp``.
    """

    def __init__(
        self, *, seed: int, clock: Callable[[], float], token_lifetime: int | None
    ) -> None:
        self._clock = clock
        self._token_lifetime = token_lifetime
        self._secret = hashlib.sha256(f"invoicekit-sandbox-yeti:{seed}".encode()).digest()

    # -- tokens ---------------------------------------------------------------------------

    def issue_token(
        self,
        *,
        lifetime: int | None = TOKEN_LIFETIME,
        sub: object = API_ACCESS_ID,
        audience: str = AUDIENCE,
    ) -> str:
        """A JWT signed like the sandbox's logins, expiring ``lifetime`` seconds from now.

        ``lifetime=None`` leaves ``exp`` out. ``sub`` and ``audience`` default to what the
        sandbox accepts; change them to forge tokens it must reject.
        """
        claims: dict[str, Any] = {"aud": [audience], "sub": sub}
        if lifetime is not None:
            claims["exp"] = math.floor(self._clock() + lifetime)
        return jwt_encode(claims, self._secret, header=_JWT_HEADER)

    def _valid(self, token: str) -> bool:
        """``JwtToken.decode`` with audience and expiry checks, then the api access lookup."""
        claims = jwt_decode(token, self._secret)
        if claims is None:
            return False
        expiry = claims.get("exp")
        if "exp" in claims and self._token_lifetime is not None:
            if isinstance(expiry, bool) or not isinstance(expiry, int | float):
                return False
            if expiry <= math.floor(self._clock()):
                return False
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if AUDIENCE not in audiences:
            return False
        return str(claims.get("sub")) == str(API_ACCESS_ID)

    # -- the session cookie ---------------------------------------------------------------

    def _expires(self) -> float | None:
        """When a cookie set now expires: ``None`` (a session cookie) for endless tokens."""
        lifetime = self._token_lifetime
        return None if lifetime is None else self._clock() + lifetime

    @staticmethod
    def _session_cookie(token: str, expires: float | None) -> str:
        cookie = f"{COOKIE_NAME}={token}; path=/"
        if expires is not None:
            moment = datetime.fromtimestamp(math.floor(expires), UTC)
            cookie += f"; expires={format_datetime(moment, usegmt=True)}"
        return f"{cookie}; httponly"

    # -- the check in front of the routes -------------------------------------------------

    def _authorize(self, found: Mapping[str, str], content_type: str) -> bool:
        """Check the token; return whether it came from the cookie (then refresh it)."""
        words = found.get(HEADER_SCHEME, "").split()
        cookie = found.get(COOKIE_SCHEME)
        token = words[-1] if words else (None if cookie is None else urllib.parse.unquote(cookie))
        if token is None or not self._valid(token):
            raise authorization_failed(content_type)
        return not words

    def guarded(
        self,
        handler: Handler,
        *,
        content_type: str,
        credentials: Callable[[SandboxRequest], Mapping[str, str]],
    ) -> Handler:
        """``before_action :authorize!`` and ``after_action :setup_authorization_cookie``.

        ``credentials`` reads what a request presents (`SpecSandbox.presented`); a refused
        one answers the 401 as ``content_type``, the media type the spec gives it.
        """

        def guarded(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            from_cookie = self._authorize(credentials(request), content_type)
            try:
                response = handler(request, params)
            except Problem as problem:
                response = problem.response
            if not from_cookie:
                return response
            expires = self._expires()
            token = self.issue_token(lifetime=self._token_lifetime)
            cookie = self._session_cookie(token, expires)
            return SandboxResponse(
                response.status, response.body, {**response.headers, "set-cookie": cookie}
            )

        return guarded

    # -- the auth routes ------------------------------------------------------------------

    def login(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        """``POST /auth``: a JWT, or with ``cookie_auth`` the session cookie."""
        auth = self._auth_params(request)
        if auth.get("login") != LOGIN or auth.get("password") != PASSWORD:
            raise Problem.one(
                401,
                "401",
                "Authentication failed",
                "Incorrect login or password.",
                content_type=JSON,
            )
        token = self.issue_token(lifetime=self._token_lifetime)
        cookie_auth = auth.get("cookie_auth")
        if cookie_auth is not None and cookie_auth is not False:  # Ruby truthiness
            # `head 201`: Rails still names the request's format (JSON) as the content type.
            cookie = self._session_cookie(token, self._expires())
            return SandboxResponse(201, b"", {"content-type": JSON, "set-cookie": cookie})
        return SandboxResponse.json(201, {"jwt": token})

    @staticmethod
    def _auth_params(request: SandboxRequest) -> dict[str, Any]:
        """``params.require(:auth)``: a missing or blank ``auth`` is Rails' plain 400."""
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        auth: Any = None
        if content_type == JSON or content_type.endswith("+json"):
            try:
                body = json.loads(request.body or b"null")
            except ValueError:
                body = None
            auth = body.get("auth") if isinstance(body, dict) else None
        elif content_type == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qsl(request.body.decode("utf-8", "replace"))
            found = {
                key[len("auth[") : -1]: value
                for key, value in form
                if key.startswith("auth[") and key.endswith("]")
            }
            auth = found or None
        if not isinstance(auth, dict) or not auth:
            body = {"status": 400, "error": "Bad Request"}
            raise Problem(SandboxResponse.json(400, body))
        return {
            key: value for key, value in auth.items() if key in {"login", "password", "cookie_auth"}
        }

    @staticmethod
    def show(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        """``GET /auth`` (behind the check)."""
        return SandboxResponse.json(200, {"allow-rec": False})

    @staticmethod
    def logout(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        """``DELETE /auth``: clears the cookie."""
        cookie = f"{COOKIE_NAME}=logout; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly"
        return SandboxResponse(204, b"", {"set-cookie": cookie})
