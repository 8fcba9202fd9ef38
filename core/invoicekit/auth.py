"""Authentication a vendor declares and invoicekit runs: credential headers and token logins.

`HeaderAuth` sends fixed credential headers, one or several (`HeaderAuth.of`). `TokenAuth`
trades credentials for an access token at a token endpoint (an OAuth 2.0 password grant, or a
vendor's own login such as Yeti's JWT), and owns the whole loop so that a vendor writes none:

* it asks for a token on first use, and renews it ``renew_margin`` seconds before it expires
  (at most half its lifetime, so a short-lived token is not renewed on every request), judged
  by an injectable ``clock``; the lifetime is the answer's ``expires_in``, else a JWT's ``exp``;
* a renewal uses the refresh token when the endpoint issued one (``grant_type=refresh_token``),
  and falls back to the credentials once when the refresh is refused;
* a request answered 401 gets one new token and is retried once; a second 401 is the caller's;
* concurrent renewals are one: threads and async tasks that need a token while another is
  fetching one wait for it (bounded by ``wait_timeout``) instead of logging in again;
* a refused token request is an `AuthenticationError` (400, 401, 403) naming the vendor, the
  token path and the vendor's own message, credentials masked; 429 is `RateLimited`, other
  statuses `VendorError`;
* only the token answer's body is read by the flow; other bodies stay streamed for the client.

A vendor declares a `TokenEndpoint` (how to build the token request from the grant's fields,
which fields of the answer hold the token, its refresh token and ``expires_in``, and the
header that carries the token) and returns a `TokenAuth` from ``Vendor.authenticate``. See
``docs/v2/auth.md``.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from ._flowtypes import ErrorDetail
from ._mask import mask_text
from ._retry import parse_retry_after
from .errors import AuthenticationError, VendorError
from .flows import HeaderAuth

__all__ = ["HeaderAuth", "TokenAuth", "TokenEndpoint", "oauth2_error", "token_expiry"]

_DEFAULT_RENEW_MARGIN = 30.0
_DEFAULT_WAIT = 60.0
#: Statuses of a token request that mean "these credentials are refused" (OAuth 2.0 answers
#: ``invalid_grant`` and ``invalid_client`` with 400).
_REFUSED = frozenset({400, 401, 403})


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


def oauth2_error(response: httpx.Response) -> ErrorDetail:
    """OAuth 2.0's ``{"error", "error_description"}`` (or a ``message``) as an `ErrorDetail`."""
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return ErrorDetail()
    if not isinstance(body, dict):
        return ErrorDetail()
    code = body.get("error")
    message = body.get("error_description") or body.get("message")
    return ErrorDetail(
        code=code if isinstance(code, str) else None,
        message=message if isinstance(message, str) else None,
    )


@dataclass(frozen=True, kw_only=True)
class TokenEndpoint:
    """What a vendor declares about its token endpoint; `TokenAuth` runs the rest.

    Attributes:
        vendor: the vendor's name, for errors.
        request: builds the token request's ``httpx.Request`` arguments (``method``, ``url``
            relative to the base URL, and ``json``/``data``/``files``/``headers``) from the
            grant's fields: the credentials given to `TokenAuth`, with ``grant_type`` set to
            ``password`` or, for a renewal, ``refresh_token`` and ``refresh_token``. Use the
            generated endpoint's ``build_request`` so that path and body come from the spec.
        token_field: the answer's field holding the access token.
        refresh_token_field: the field holding a refresh token, or None.
        expires_in_field: the field holding the token's lifetime in seconds, or None; without
            it (or when absent) a JWT's ``exp`` is used, and a token with neither is renewed
            only after a 401.
        header: the request header that carries the token.
        scheme: the word before the token (``"Bearer"``), or None to send it bare.
        parse_error: code and message of a refused token request; OAuth 2.0's by default.
    """

    vendor: str
    request: Callable[[Mapping[str, str]], Mapping[str, Any]]
    token_field: str = "access_token"
    refresh_token_field: str | None = "refresh_token"
    expires_in_field: str | None = "expires_in"
    header: str = "Authorization"
    scheme: str | None = "Bearer"
    parse_error: Callable[[httpx.Response], ErrorDetail] = oauth2_error


def _join(base_url: httpx.URL, path: str) -> httpx.URL:
    # The way httpx hangs a relative URL from a client's base_url, so a path prefix
    # (https://host/yeti) is kept for the token call too.
    prefix = base_url.raw_path.split(b"?")[0]
    if not prefix.endswith(b"/"):
        prefix += b"/"
    return base_url.copy_with(raw_path=prefix + path.encode("ascii").lstrip(b"/"))


class _Flight:
    """One token request in progress; others wait for it instead of sending their own."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: Exception | None = None


@dataclass(frozen=True)
class _Wait:
    flight: _Flight


@dataclass(frozen=True)
class _Fetch:
    request: httpx.Request


_Step = httpx.Request | _Wait | _Fetch


class TokenAuth(httpx.Auth):
    """`httpx.Auth` that signs requests with a token from a `TokenEndpoint`, renewed in time.

    Args:
        endpoint: the vendor's declaration.
        base_url: the client's base URL; the token request's URL hangs from it.
        grant: the credentials, as the endpoint's ``request`` reads them (``username``,
            ``password``, ``client_id``, ``client_secret``...). ``grant_type`` defaults to
            ``password``.
        clock: returns the current Unix time; tests pass a fake one.
        renew_margin: seconds before expiry at which a token is renewed.
        wait_timeout: seconds a request waits for another's token request before sending
            its own.

    One instance serves blocking and async clients, threads and tasks at once. Its repr
    names the vendor, never a credential.
    """

    def __init__(
        self,
        endpoint: TokenEndpoint,
        *,
        base_url: httpx.URL,
        grant: Mapping[str, str],
        clock: Callable[[], float] = time.time,
        renew_margin: float = _DEFAULT_RENEW_MARGIN,
        wait_timeout: float = _DEFAULT_WAIT,
    ) -> None:
        self._endpoint = endpoint
        self._grant = {"grant_type": "password", **grant}
        self._clock = clock
        self._renew_margin = renew_margin
        self._wait_timeout = wait_timeout
        shape = endpoint.request(self._grant)  # only the method and path, for errors
        self._token_method = str(shape["method"]).upper()
        self._token_url = _join(base_url, str(shape["url"]))
        self._lock = threading.Lock()
        self._token: str | None = None
        self._refresh_token: str | None = None
        self._renew_at: float | None = None
        self._flight: _Flight | None = None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._endpoint.vendor} token endpoint>"

    def _secrets(self) -> list[str]:
        values = [v for k, v in self._grant.items() if k != "grant_type"]
        return [*values, self._refresh_token or ""]

    # -- the flow, written once for both clients ---------------------------------------------

    def _flow(self, request: httpx.Request) -> Generator[_Step, httpx.Response | None, None]:
        token = yield from self._token_for(request, rejected=None)
        self._sign(request, token)
        response = yield request
        if response is None or response.status_code != 401:
            return
        token = yield from self._token_for(request, rejected=token)
        self._sign(request, token)
        yield request

    def _sign(self, request: httpx.Request, token: str) -> None:
        scheme = self._endpoint.scheme
        request.headers[self._endpoint.header] = f"{scheme} {token}" if scheme else token

    def _token_for(
        self, request: httpx.Request, *, rejected: str | None
    ) -> Generator[_Step, httpx.Response | None, str]:
        """A usable token: the cached one, another request's fresh one, or one fetched now."""
        waited = False
        while True:
            with self._lock:
                if rejected is not None and self._token == rejected:
                    # Forgotten even if the new request fails, so it is never sent again.
                    self._token, self._renew_at = None, None
                usable = self._token is not None and (
                    self._renew_at is None or self._clock() < self._renew_at
                )
                if usable and self._token is not None:
                    return self._token
                flight = self._flight
                if flight is None or waited:
                    flight = self._flight = _Flight()
                    mine = True
                else:
                    mine = False
            if not mine:
                yield _Wait(flight)
                if flight.error is not None:
                    raise flight.error
                # Its token, if it got one; else (cancelled, stuck) at most one request of our own.
                waited = True
                continue
            try:
                token = yield from self._fetch(request)
            except Exception as exc:
                flight.error = exc
                raise
            finally:
                with self._lock:
                    if self._flight is flight:
                        self._flight = None
                flight.done.set()
            return token

    # -- the token request -------------------------------------------------------------------

    def _token_request(self, fields: Mapping[str, str], original: httpx.Request) -> httpx.Request:
        kwargs = dict(self._endpoint.request(fields))
        headers = {"Accept": "application/json", **kwargs.pop("headers", {})}
        kwargs.pop("method", None)
        kwargs.pop("url", None)
        return httpx.Request(
            self._token_method,
            self._token_url,
            headers=headers,
            # Carries the client's timeout, which httpx keeps in the request's extensions.
            extensions=dict(original.extensions),
            **kwargs,
        )

    def _fetch(self, original: httpx.Request) -> Generator[_Step, httpx.Response | None, str]:
        with self._lock:
            refresh = self._refresh_token
        if refresh is not None and self._endpoint.refresh_token_field is not None:
            fields = {
                **{k: v for k, v in self._grant.items() if k.startswith("client_")},
                "grant_type": "refresh_token",
                "refresh_token": refresh,
            }
            token = yield from self._ask(fields, original, fallback=True)
            if token is not None:
                return token
        token = yield from self._ask(self._grant, original, fallback=False)
        assert token is not None  # without a fallback, a refusal raises
        return token

    def _ask(
        self, fields: Mapping[str, str], original: httpx.Request, *, fallback: bool
    ) -> Generator[_Step, httpx.Response | None, str | None]:
        request = self._token_request(fields, original)
        issued_at = self._clock()
        response = yield _Fetch(request)
        assert response is not None
        if response.status_code >= 400:
            if fallback and response.status_code in _REFUSED:
                with self._lock:
                    self._refresh_token = None
                return None
            raise self._refused(request, response)
        answer = self._decode(request, response)
        token = answer.get(self._endpoint.token_field)
        if not isinstance(token, str) or not token:
            raise AuthenticationError(
                self._endpoint.vendor,
                method=request.method,
                path=request.url.path,
                status_code=response.status_code,
                vendor_message=(
                    f"the token answer carried no token in {self._endpoint.token_field!r}"
                ),
            )
        self._store(token, answer, issued_at)
        return token

    def _decode(self, request: httpx.Request, response: httpx.Response) -> dict[str, Any]:
        try:
            answer = msgspec.json.decode(response.content)
        except msgspec.DecodeError as exc:
            if response.content.strip() and str(exc).startswith("Input data was truncated"):
                # Cut short in transit, like a dropped connection: the client's retry budget
                # for the call (the token request shares it) may retry.
                raise httpx.RemoteProtocolError(
                    "the token answer was cut short", request=request
                ) from exc
            return {}
        return answer if isinstance(answer, dict) else {}

    def _refused(self, request: httpx.Request, response: httpx.Response) -> VendorError:
        try:
            detail = self._endpoint.parse_error(response)
        except Exception:  # a garbled body, or a plugin bug there, must not hide the status
            detail = ErrorDetail()
        secrets = self._secrets()
        keep = [request.url.path]  # a path may hold a word that is also a login

        def masked(text: str | None) -> str | None:
            return mask_text(text, secrets, keep=keep) if text else None

        common: dict[str, Any] = {
            "method": request.method,
            "path": request.url.path,
            "status_code": response.status_code,
            "code": masked(detail.code),
            "vendor_message": masked(detail.message),
        }
        if response.status_code in _REFUSED:
            return AuthenticationError(self._endpoint.vendor, **common)
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return VendorError.for_status(self._endpoint.vendor, retry_after=retry_after, **common)

    # -- the token cache ----------------------------------------------------------------------

    def _store(self, token: str, answer: Mapping[str, Any], issued_at: float) -> None:
        expiry = token_expiry(token)
        field = self._endpoint.expires_in_field
        lifetime = answer.get(field) if field else None
        if not isinstance(lifetime, bool) and isinstance(lifetime, int | float) and lifetime > 0:
            expiry = issued_at + float(lifetime)
        renew_at: float | None = None
        if expiry is not None and expiry > issued_at:
            renew_at = expiry - min(self._renew_margin, (expiry - issued_at) / 2)
        # An expiry already past by our clock means the clocks disagree: renewing on time cannot
        # work, so rely on the 401 retry instead of asking before every request.
        refresh_field = self._endpoint.refresh_token_field
        refresh = answer.get(refresh_field) if refresh_field else None
        with self._lock:
            self._token, self._renew_at = token, renew_at
            if isinstance(refresh, str) and refresh:
                self._refresh_token = refresh

    # -- the drivers --------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Drive the flow for `httpx.Client`, reading only the token answer's body.

        httpx's ``requires_response_body`` would read *every* body here, before the client's
        size caps apply; only the token answer is needed.
        """
        flow = self._flow(request)
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(step, _Wait):
                    step.flight.done.wait(self._wait_timeout)
                elif isinstance(step, _Fetch):
                    reply = yield step.request
                    reply.read()
                else:
                    reply = yield step
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            flow.close()

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Drive the flow for `httpx.AsyncClient`, reading only the token answer's body."""
        import anyio.to_thread  # noqa: PLC0415 - only async users need it; httpx depends on it

        flow = self._flow(request)
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if isinstance(step, _Wait):
                    # In a worker thread: the request being waited for may run in another
                    # thread or event loop, and the wait must not block this loop.
                    await anyio.to_thread.run_sync(
                        step.flight.done.wait, self._wait_timeout, abandon_on_cancel=True
                    )
                elif isinstance(step, _Fetch):
                    reply = yield step.request
                    await reply.aread()
                else:
                    reply = yield step
                step = flow.send(reply)
        except StopIteration:
            return
        finally:
            flow.close()
