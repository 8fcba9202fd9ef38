"""Credential checks from the spec's ``securitySchemes`` and each operation's ``security``.

A vendor says which credential values it accepts, per scheme name (`Checks`); the spec says
where each scheme's credential travels (an ``apiKey`` header, query parameter or cookie, an
``http`` ``bearer`` or ``basic`` ``Authorization`` header, an ``oauth2``/``openIdConnect``
bearer token) and which schemes each operation takes (``security``: any one requirement,
all of its schemes). An operation with ``security: []`` is open; a path no operation
describes takes the document's default ``security``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hmac
import re
from collections.abc import Callable, Mapping, Sequence
from http.cookies import CookieError, SimpleCookie
from typing import Any

from ._protocol import SandboxRequest
from ._routing import _compile
from ._spec import ApiSpec

__all__ = [
    "Checks",
    "authorized",
    "credentials_carried",
    "presented",
    "presented_by_scheme",
    "requirements_for",
    "secret_check",
]

#: Scheme name -> whether a presented credential is accepted.
Checks = Mapping[str, Callable[[str], bool]]


def secret_check(*secrets: str) -> Callable[[str], bool]:
    """A check accepting exactly one of ``secrets`` (compared in constant time)."""
    encoded = [secret.encode() for secret in secrets]
    return lambda value: any(hmac.compare_digest(value.encode(), s) for s in encoded)


def _authorization(request: SandboxRequest, scheme: str) -> str | None:
    header = request.header("authorization")
    if header is None:
        return None
    name, _, value = header.strip().partition(" ")
    return value.strip() if name.lower() == scheme else None


def _basic(request: SandboxRequest) -> str | None:
    encoded = _authorization(request, "basic")
    try:
        return None if encoded is None else base64.b64decode(encoded, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None


def _cookie(request: SandboxRequest, name: str) -> str | None:
    try:
        jar = SimpleCookie(request.header("cookie") or "")
    except CookieError:
        return None
    return jar[name].value if name in jar else None


def presented(scheme: Mapping[str, Any], request: SandboxRequest) -> str | None:
    """The credential ``request`` presents for ``scheme`` (a ``securitySchemes`` entry).

    ``basic`` gives ``user:password``; a scheme the request does not use gives ``None``.
    """
    kind = scheme.get("type")
    if kind == "apiKey":
        name, where = str(scheme.get("name", "")), scheme.get("in")
        if where == "header":
            return request.header(name)
        if where == "query":
            return request.param(name)
        return _cookie(request, name) if where == "cookie" else None
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return _basic(request)
    if kind in {"http", "oauth2", "openIdConnect"}:
        return _authorization(request, "bearer")
    return None


def _carried(scheme: Mapping[str, Any], request: SandboxRequest) -> bool:
    """Whether ``request`` has the place ``scheme``'s credential travels in, whatever its value.

    An ``Authorization`` header of another scheme (``Basic`` for a bearer scheme) counts: a
    server that tells "no token" from "a bad token" looks at the header, not at its value.
    """
    kind, where = scheme.get("type"), scheme.get("in")
    if kind != "apiKey":
        return request.header("authorization") is not None
    name = str(scheme.get("name", ""))
    if where == "query":
        return bool(request.params(name))
    if where == "cookie":
        return _cookie(request, name) is not None
    return request.header(name) is not None


def _schemes(spec: ApiSpec) -> Mapping[str, Any]:
    return (spec.document.get("components") or {}).get("securitySchemes") or {}


def presented_by_scheme(
    spec: ApiSpec, requirements: Sequence[Mapping[str, Any]], request: SandboxRequest
) -> dict[str, str]:
    """What ``request`` presents for each scheme of ``requirements``, by scheme name.

    In the order of ``requirements``; schemes the request does not use are left out.
    """
    schemes = _schemes(spec)
    found: dict[str, str] = {}
    for requirement in requirements:
        for name in requirement:
            value = presented(spec.resolve(schemes.get(name)) or {}, request)
            if value is not None:
                found.setdefault(name, value)
    return found


def credentials_carried(
    spec: ApiSpec, requirements: Sequence[Mapping[str, Any]], request: SandboxRequest
) -> bool:
    """Whether ``request`` carries a credential, good or bad, for any scheme of ``requirements``."""
    schemes = _schemes(spec)
    return any(
        _carried(spec.resolve(schemes.get(name)) or {}, request)
        for requirement in requirements
        for name in requirement
    )


@functools.cache
def _patterns(spec: ApiSpec) -> tuple[tuple[str, re.Pattern[str], tuple[Any, ...]], ...]:
    return tuple(
        (operation.method, _compile(operation.path), tuple(operation.security))
        for operation in spec.operations.values()
    )


def requirements_for(spec: ApiSpec, request: SandboxRequest) -> Sequence[Mapping[str, Any]]:
    """The ``security`` of the operation at ``request``'s method and path, else the default."""
    for method, pattern, security in _patterns(spec):
        if method == request.method and pattern.fullmatch(request.path):
            return security
    return tuple(spec.document.get("security") or ())


def authorized(
    spec: ApiSpec,
    requirements: Sequence[Mapping[str, Any]],
    request: SandboxRequest,
    checks: Checks,
) -> bool:
    """Whether ``request`` meets one of ``requirements`` (each scheme of it accepted).

    No requirements, or an empty one (``{}``: credentials optional), is met by anything.
    """
    if not requirements:
        return True
    schemes = _schemes(spec)
    for requirement in requirements:
        met = True
        for name in requirement:
            value = presented(spec.resolve(schemes.get(name)) or {}, request)
            check = checks.get(name)
            if value is None or check is None or not check(value):
                met = False
                break
        if met:
            return True
    return False
