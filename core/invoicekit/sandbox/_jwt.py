"""HS256 JSON Web Tokens (RFC 7519, compact form) for sandboxes whose vendor logs in with one.

A sandbox signs its login tokens with a per-seed secret and checks them on every request.
The encoding and the signature are the same for every vendor; which claims a token carries
and which it must have (audience, subject, expiry) are the vendor's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

__all__ = ["jwt_decode", "jwt_encode"]

_HEADER = {"alg": "HS256", "typ": "JWT"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: bytes, signed: str) -> bytes:
    return hmac.new(secret, signed.encode(), hashlib.sha256).digest()


def jwt_encode(
    claims: Mapping[str, Any], secret: bytes, *, header: Mapping[str, Any] | None = None
) -> str:
    """``claims`` as a JWT signed with HMAC-SHA256 under ``secret``, compact JSON inside.

    ``header`` is the vendor's JOSE header if it writes its own (ruby-jwt writes
    ``{"alg": "HS256"}``, without ``typ``); it must name ``HS256``.
    """
    head = _b64(json.dumps(header or _HEADER, separators=(",", ":")).encode())
    payload = _b64(json.dumps(dict(claims), separators=(",", ":")).encode())
    return f"{head}.{payload}.{_b64(_signature(secret, f'{head}.{payload}'))}"


def jwt_decode(token: str, secret: bytes) -> dict[str, Any] | None:
    """The claims of ``token`` if it is an HS256 JWT signed with ``secret``, else ``None``.

    Malformed tokens, other algorithms (``none`` included), bad signatures and claims that
    are not a JSON object are all ``None``. No claim is checked: expiry and audience are the
    vendor's rules.
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    head, payload, signature = parts
    try:
        header = json.loads(_unb64(head))
        claims = json.loads(_unb64(payload))
        given = _unb64(signature)
    except (ValueError, binascii.Error):
        return None
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        return None
    if not hmac.compare_digest(given, _signature(secret, f"{head}.{payload}")):
        return None
    return claims if isinstance(claims, dict) else None
