"""The credentials a request presents, read where the spec's security schemes say they are.

A sandbox checks credentials as its vendor does, but where they travel is the spec's: an
``http`` ``bearer`` or ``basic`` scheme in ``Authorization``, an ``apiKey`` in a header, the
query or a cookie. `presented` reads each scheme an operation accepts; what counts as valid
(a fixed demo key, a signed JWT) stays the vendor's.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from ._protocol import SandboxRequest
from ._spec import ApiSpec, Operation

__all__ = ["cookie", "presented", "secured"]


def cookie(request: SandboxRequest, name: str) -> str | None:
    """The first non-empty value of cookie ``name`` in the ``Cookie`` header, as sent."""
    for item in (request.header("cookie") or "").split(";"):
        key, _, value = item.strip().partition("=")
        if key == name and value:
            return value
    return None


def _authorization(request: SandboxRequest, expected: str) -> str | None:
    scheme, _, value = (request.header("authorization") or "").strip().partition(" ")
    if scheme.lower() != expected or not value.strip():
        return None
    if expected != "basic":
        return value.strip()
    try:
        return base64.b64decode(value.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None


def _read(request: SandboxRequest, scheme: Mapping[str, Any]) -> str | None:
    if scheme.get("type") == "http":
        return _authorization(request, str(scheme.get("scheme", "")).lower())
    if scheme.get("type") != "apiKey":
        return None  # oauth2 / openIdConnect: a bearer token, read by an http scheme
    name, where = str(scheme.get("name", "")), scheme.get("in")
    if where == "header":
        value = (request.header(name) or "").strip()
    elif where == "query":
        value = (request.param(name) or "").strip()
    else:
        value = cookie(request, name) or ""
    return value or None


def secured(operation: Operation) -> bool:
    """Whether the spec asks ``operation`` for credentials (``security: []`` does not)."""
    return any(operation.security)


def presented(spec: ApiSpec, operation: Operation, request: SandboxRequest) -> dict[str, str]:
    """What ``request`` presents for each scheme ``operation`` accepts, by scheme name.

    In the spec's order of the operation's ``security`` requirements; schemes the request
    does not use are left out, so ``{}`` means no credentials at all. A ``bearer`` value is
    the token, a ``basic`` value the decoded ``user:password``, an ``apiKey`` value the
    header, query or cookie value, surrounding blanks removed.
    """
    schemes = spec.document.get("components", {}).get("securitySchemes", {})
    found: dict[str, str] = {}
    for requirement in operation.security:
        for name in requirement:
            value = _read(request, spec.resolve(schemes.get(name, {})))
            if value is not None and name not in found:
                found[name] = value
    return found
