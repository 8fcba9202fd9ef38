"""Network policy shared by the blocking and the async client: pure functions, no I/O.

Which hosts may be spoken to, which headers may follow a redirect, how much of a body is read,
and how an HTTP error status becomes a typed exception. Both drivers in `client.py` call these,
so the two stay identical in behaviour.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._mask import mask_text
from ._retry import GAVE_UP_EXTENSION, parse_retry_after
from .errors import (
    ConfigurationError,
    TransportError,
    Unsupported,
    VendorError,
)
from .flows import Call

if TYPE_CHECKING:
    from .vendor import Vendor

#: The only headers a redirect to another origin keeps: generic ones. A vendor's credential may
#: travel in a header of any name (``X-Tenant-Id`` beside a bearer token), so a deny-list of
#: credential names cannot be complete.
_PORTABLE_HEADERS = frozenset(
    {"accept", "accept-encoding", "accept-language", "user-agent", "content-type", "content-length"}
)
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# An id is one opaque token: printable, no whitespace, bounded. Each vendor narrows it further.
_PLAUSIBLE_ID = re.compile(r"[^\s\x00-\x1f\x7f]{1,200}")
_PDF_TYPES = frozenset({"application/pdf", "application/x-pdf", "application/octet-stream"})


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that protect the caller from a misbehaving vendor or a hostile redirect.

    Attributes:
        max_response_bytes: largest API response body read, in bytes (default 20 MiB).
        max_pdf_bytes: largest PDF download read, in bytes (default 50 MiB).
        max_redirects: redirects followed per request before giving up.
    """

    max_response_bytes: int = 20 * 1024 * 1024
    max_pdf_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 5


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine (plain http is allowed there)."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_url(vendor: str, url: httpx.URL, *, allow_insecure: bool) -> httpx.URL:
    """Refuse URLs that would send credentials in clear text or to nowhere."""
    if url.scheme not in {"http", "https"} or not url.host:
        raise ConfigurationError(
            f"base_url must be an absolute http(s) URL, not {url.scheme!r}", vendor=vendor
        )
    if url.scheme == "http" and not (allow_insecure or is_loopback(url.host)):
        raise ConfigurationError(
            f"refusing plain http to {url.host}: use https, or pass allow_insecure=True",
            vendor=vendor,
        )
    if url.userinfo:
        raise ConfigurationError(
            "base_url must not carry credentials; pass them as keywords", vendor=vendor
        )
    return url


def base_url(vendor: str, raw: str | httpx.URL, *, allow_insecure: bool) -> httpx.URL:
    """Parse and check the root a vendor's own paths hang from; a query string is refused."""
    url = httpx.URL(str(raw))
    check_url(vendor, url, allow_insecure=allow_insecure)
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not have a query string or fragment", vendor=vendor)
    return url


def check_id(vendor: Vendor, invoice_id: object) -> str:
    """Reject early an id that no vendor can have; the vendor may narrow it further."""
    if isinstance(invoice_id, bool) or not isinstance(invoice_id, str | int):
        raise TypeError(f"invoice id must be a str or int, not {type(invoice_id).__name__}")
    text = str(invoice_id)
    if not _PLAUSIBLE_ID.fullmatch(text) or text in {".", ".."}:
        raise ConfigurationError(f"{text[:40]!r} is not a plausible invoice id", vendor=vendor.name)
    vendor.check_id(text)
    return text


def same_origin(a: httpx.URL, b: httpx.URL) -> bool:
    """Same scheme, host and port."""
    return (a.scheme, a.host, a.port) == (b.scheme, b.host, b.port)


def build_request(
    vendor: str, http: httpx.Client | httpx.AsyncClient, call: Call, *, allow_insecure: bool
) -> httpx.Request:
    """The request for one flow step; relative URLs hang from the client's base URL.

    An absolute URL (a vendor-supplied download link) passes the same checks as ``base_url``
    and redirects: no plain http to another host, no other scheme.
    """
    try:
        request = http.build_request(**call.kwargs)
    except httpx.InvalidURL as exc:
        method = str(call.kwargs.get("method", "GET")).upper()
        raise TransportError(vendor, method=method, path="/", reason=f"invalid URL: {exc}") from exc
    check_url(vendor, request.url, allow_insecure=allow_insecure)
    return request


def redirect(
    vendor: str, request: httpx.Request, response: httpx.Response, *, allow_insecure: bool
) -> httpx.Request:
    """The request that follows a redirect; credentials stay behind when the origin changes.

    Across origins only `_PORTABLE_HEADERS` follow: every header an auth flow or the caller
    set (whatever its name) stays behind.
    """
    url = request.url.join(response.headers["location"])
    check_url(vendor, url, allow_insecure=allow_insecure)
    method = request.method
    if response.status_code == 303 or (response.status_code in {301, 302} and method == "POST"):
        method = "GET"
    headers = httpx.Headers(request.headers)
    del headers["host"]
    if not same_origin(url, request.url):
        for name in list(headers):
            if name.lower() not in _PORTABLE_HEADERS:
                del headers[name]
    content = request.content if response.status_code in {307, 308} else None
    if content is None:
        headers.pop("content-length", None)
        headers.pop("content-type", None)
    return httpx.Request(
        method, url, headers=headers, content=content, extensions=request.extensions
    )


def is_redirect(response: httpx.Response) -> bool:
    """A redirect we follow ourselves: httpx's own following keeps custom credential headers."""
    return response.status_code in _REDIRECT_STATUSES and "location" in response.headers


def body_cap(call: Call, limits: Limits) -> int:
    """How many bytes of this call's response body may be read."""
    return limits.max_pdf_bytes if call.purpose == "pdf" else limits.max_response_bytes


def check_declared_size(
    vendor: str, request: httpx.Request, response: httpx.Response, cap: int
) -> None:
    """Fail before reading when the vendor announces a body above the cap."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise too_large(vendor, request, cap)


def too_large(vendor: str, request: httpx.Request, cap: int) -> TransportError:
    """The error for a body over its cap."""
    return TransportError(
        vendor,
        method=request.method,
        path=request.url.path,
        reason=f"response body exceeds the {cap}-byte limit",
    )


def buffered(
    response: httpx.Response, request: httpx.Request, chunks: Iterable[bytes]
) -> httpx.Response:
    """A fully read copy of a streamed response (content already decoded)."""
    headers = httpx.Headers(response.headers)
    # The body below is already decoded; keeping these would make httpx decode it twice.
    headers.pop("content-encoding", None)
    headers.pop("content-length", None)
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=request,
        extensions=response.extensions,
    )


def transport_error(
    vendor: str, request: httpx.Request, exc: httpx.HTTPError, secrets: Iterable[str] = ()
) -> TransportError:
    """Translate an httpx failure: the exception class and httpx's own text, secrets masked.

    httpx quotes a header it refuses to send, so a credential could otherwise reach the message.
    """
    reason = mask(f"{type(exc).__name__}: {exc}", secrets) or ""
    return TransportError(vendor, method=request.method, path=request.url.path, reason=reason)


def check_credential_values(vendor: str, credentials: Mapping[str, object]) -> tuple[str, ...]:
    """Refuse credential values that can never be sent; return them, for masking in errors.

    A control character (a pasted line break) would make httpx refuse the header, quoting it.
    """
    values = []
    for name, value in credentials.items():
        if value is None:
            continue
        if not isinstance(value, str):
            raise TypeError(f"credential {name!r} must be a str, not {type(value).__name__}")
        if any(ord(char) < 32 or ord(char) == 127 for char in value):
            raise ConfigurationError(
                f"credential {name!r} contains a control character (a line break?)", vendor=vendor
            )
        if value:
            values.append(value)
    # Longest first, so a secret that contains another is masked whole.
    return tuple(sorted(values, key=len, reverse=True))


def check_pdf(vendor: str, response: httpx.Response) -> bytes:
    """Return the PDF bytes, or explain why the vendor did not serve a PDF."""
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    body = response.content
    if content_type not in _PDF_TYPES or not body.startswith(b"%PDF-"):
        raise Unsupported(
            vendor,
            "PDF download",
            f"the document URL served {content_type or 'no content type'} instead of a PDF"
            " (it may need a browser session rather than API credentials)",
        )
    return body


def mask(text: str | None, secrets: Iterable[str], keep: Iterable[str] = ()) -> str | None:
    """``text`` with credential values masked whole (`invoicekit._mask`), or ``None``.

    ``keep`` are spans of ordinary text, such as the request path, that are never masked.
    """
    return None if text is None else mask_text(text, secrets, keep=keep)


def raise_for_status(
    vendor: Vendor, request: httpx.Request, response: httpx.Response, secrets: Iterable[str] = ()
) -> None:
    """Raise the typed error for an HTTP error status, with the vendor's own code and message.

    A vendor that echoes the credential in its error body ("invalid key abc123") has it masked.
    """
    status = response.status_code
    if status < 400:
        return
    try:
        detail = vendor.parse_error(response)
    except Exception:  # a garbled error body, or a plugin bug there, must not hide the status
        detail = None
    error = VendorError.for_status(
        vendor.name,
        method=request.method,
        path=request.url.path,
        status_code=status,
        code=mask(detail.code, secrets) if detail else None,
        vendor_message=mask(detail.message, secrets, [request.url.path]) if detail else None,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
    )
    gave_up = response.extensions.get(GAVE_UP_EXTENSION)
    if gave_up:  # the error says why the client stopped waiting (a year-long Retry-After)
        error.args = (f"{error}; {gave_up}",)
    raise error


def safe_url(url: httpx.URL) -> str:
    """A URL for reprs and logs: no credentials, no query string."""
    return str(url.copy_with(query=None, fragment=None, username=None, password=None))


def credential_repr(credentials: Mapping[str, str]) -> str:
    """Names of the credentials given, never their values."""
    return ", ".join(sorted(credentials)) or "none"
