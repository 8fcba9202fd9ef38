"""`Router`: map a sandbox request's method and path to a handler, with 404 and 405 built in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ._protocol import SandboxError, SandboxRequest, SandboxResponse

__all__ = ["Handler", "Router"]

#: A route handler: the request and the path parameters (``{"id": "123"}``) in, a response out.
Handler = Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]

_PLACEHOLDER = re.compile(r"\{([a-zA-Z_][a-zA-Z0-9_]*)\}")


def _compile(pattern: str) -> re.Pattern[str]:
    if not pattern.startswith("/"):
        raise ValueError(f"route patterns start with '/': {pattern!r}")
    parts, last = [], 0
    for match in _PLACEHOLDER.finditer(pattern):
        parts.append(re.escape(pattern[last : match.start()]))
        parts.append(f"(?P<{match.group(1)}>[^/]+?)")
        last = match.end()
    parts.append(re.escape(pattern[last:]))
    return re.compile("".join(parts))


class Router:
    """A vendor sandbox's routes: ``{name}`` in a pattern matches one path segment.

    ::

        router = Router()
        router.add("GET", "/api2/invoices.json", self._list)
        router.add("GET", "/api2/invoices/{id}.json", self._get)
        response = router.dispatch(request)  # raises SandboxError 404 or 405

    Routes are tried in the order added. A path no route matches raises `SandboxError` 404; a
    path that matches only with another method raises 405 with an ``Allow`` header. The
    vendor's `VendorSandbox.error` renders both.
    """

    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        """Route ``method`` requests whose path matches ``pattern`` to ``handler``."""
        self._routes.append((method.upper(), _compile(pattern), handler))

    def dispatch(self, request: SandboxRequest) -> SandboxResponse:
        """Call the handler of the first matching route."""
        allowed: list[str] = []
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(request.path)
            if match is None:
                continue
            if method == request.method:
                return handler(request, match.groupdict())
            allowed.append(method)
        if allowed:
            raise SandboxError(
                405,
                f"method {request.method} not allowed",
                headers={"allow": ", ".join(dict.fromkeys(allowed))},
            )
        raise SandboxError(404, f"no such resource: {request.path}")
