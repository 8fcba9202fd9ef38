"""`SpecSandbox`: a vendor sandbox whose routes and error bodies come from the vendor's spec.

A vendor names its spec (``spec_package``, see `locate_spec`) and answers each operation by
its ``operationId`` (`SpecSandbox.handlers`); the routes, the query parameters' checks
(`SpecSandbox.query`), page slicing (`page_numbers`) and the error bodies (`error_body`,
filled from the spec's error schema) are the core's. The spec is parsed on the first request
that needs it, once per process.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, ClassVar, Literal

from ._protocol import SandboxError, SandboxRequest, SandboxResponse
from ._query import Violation, read_query
from ._routing import Handler, Router
from ._security import (
    Checks,
    authorized,
    credentials_carried,
    presented_by_scheme,
    requirements_for,
)
from ._spec import ApiSpec, Operation, locate_spec
from ._typed_query import read_typed_query

__all__ = ["SpecSandbox", "error_body"]

_MESSAGE_FIELDS = frozenset({"detail", "message", "error_description"})
_STATUS_FIELDS = frozenset({"status", "code", "status_code"})


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return kind if isinstance(kind, list) else [kind]


def _role(name: str) -> str | None:
    if name in _STATUS_FIELDS:
        return "status"
    if name == "title":
        return "title"
    return "message" if name in _MESSAGE_FIELDS else None


def error_body(
    spec: ApiSpec,
    schema: Any,
    status: int,
    message: str,
    constants: Mapping[str, Any] | None = None,
    *,
    roles: Mapping[str, str | None] | None = None,
) -> Any:
    """An error body shaped by ``schema``: the spec's properties filled from the error.

    ``constants`` (a property name to its fixed value, such as a problem ``type`` URI) come
    first; then a status property (``status``, ``code``) gets ``status`` (a string if the
    schema says so), ``title`` the HTTP phrase, a message property (``detail``, ``message``)
    ``message``, a required array (JSON:API's ``errors``) one object shaped by its items,
    and a required object (Stripe's ``error``) its own filled body. ``roles`` (a property name
    to ``"status"``, ``"title"``, ``"message"`` or ``None``, left out) overrides what a
    property's name suggests, for a vendor whose ``error`` is the message or whose ``code`` is
    not the status. Properties the error has nothing for are left out.
    """
    schema = spec.resolve(schema) or {}
    fixed = constants or {}
    required = set(schema.get("required") or ())
    body: dict[str, Any] = {}
    for name, raw in (schema.get("properties") or {}).items():
        prop = spec.resolve(raw) or {}
        role = (roles or {}).get(name, _role(name))
        if name in fixed:
            body[name] = fixed[name]
        elif role == "status":
            body[name] = status if "integer" in _kinds(prop) else str(status)
        elif role == "title":
            body[name] = _phrase(status)
        elif role == "message":
            body[name] = message
        elif name in required and "array" in _kinds(prop):
            body[name] = [error_body(spec, prop["items"], status, message, fixed, roles=roles)]
        elif name in required and "object" in _kinds(prop):
            body[name] = error_body(spec, prop, status, message, fixed, roles=roles)
    return body


class SpecSandbox:
    """Base of a vendor sandbox built from its OpenAPI document.

    Subclasses set ``vendor``, ``spec_package`` (the import package the spec ships in, or
    whose checkout holds ``specs/<vendor>/openapi.yaml``) and ``error_constants``, and
    implement `handlers`. Everything else here is derived from the spec.
    """

    vendor: ClassVar[str]
    spec_package: ClassVar[str]
    #: Fixed members of every error body (`error_body`), such as a problem ``type``.
    error_constants: ClassVar[Mapping[str, Any]] = {}
    #: What fills an error-body property whose name misleads (`error_body`'s ``roles``), such
    #: as ``{"error": "message", "code": None}`` for a vendor whose ``code`` names the error.
    error_roles: ClassVar[Mapping[str, str | None]] = {}
    #: The operation whose error responses shape errors outside any route (unknown paths,
    #: injected faults); ``None`` takes the first operation that documents errors.
    error_operation: ClassVar[str | None] = None
    #: Which value of a repeated query parameter counts.
    repeated: ClassVar[Literal["first", "last"]] = "last"
    #: More paths of an operation than the spec's (``operationId`` -> paths), such as the
    #: same path without a format suffix; routed after every spec path.
    route_aliases: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    #: Appended to the spec's media types of `respond` and `error` answers, such as
    #: ``"; charset=UTF-8"`` for a server that names its charset.
    media_parameters: ClassVar[str] = ""

    @property
    def spec(self) -> ApiSpec:
        """The vendor's spec, parsed on first use."""
        return ApiSpec.load(locate_spec(self.spec_package, self.vendor))

    def handlers(self) -> Mapping[str, Handler]:
        """The handler of each implemented operation, by ``operationId``."""
        raise NotImplementedError

    @functools.cached_property
    def router(self) -> Router:
        """The spec's operations that `handlers` answers, routed in the spec's order."""
        router = Router()
        handlers = dict(self.handlers())
        for operation_id, operation in self.spec.operations.items():
            if operation_id in handlers:
                if any(operation.security):  # not `security: []`
                    handlers[operation_id] = self.guard(operation, handlers[operation_id])
                router.add(operation.method, operation.path, handlers[operation_id])
        for operation_id, paths in self.route_aliases.items():
            for path in paths:
                router.add(self.operation(operation_id).method, path, handlers[operation_id])
        return router

    def guard(self, operation: Operation, handler: Handler) -> Handler:
        """``handler`` behind the credential check of an operation the spec secures.

        The default returns ``handler`` unchanged (a sandbox that checks every request in
        `handle` needs nothing here); override it to check `presented` credentials per route.
        """
        return handler

    def presented(self, request: SandboxRequest, operation_id: str) -> dict[str, str]:
        """What ``request`` presents for each scheme the operation accepts, by scheme name.

        In the order of the operation's ``security``; schemes the request does not use are
        left out (see `invoicekit.sandbox._security.presented` for where each travels).
        """
        return presented_by_scheme(self.spec, self.operation(operation_id).security, request)

    def operation(self, operation_id: str) -> Operation:
        """The spec's operation ``operation_id``."""
        return self.spec.operations[operation_id]

    def query(
        self,
        request: SandboxRequest,
        operation_id: str,
        *,
        defaults: Mapping[str, Any] | None = None,
    ) -> tuple[dict[str, Any], list[Violation]]:
        """The operation's query parameters as checked by the spec (see `read_query`)."""
        return read_query(
            self.operation(operation_id),
            request,
            resolve=self.spec.resolve,
            repeated=self.repeated,
            defaults=defaults,
        )

    def typed_query(
        self,
        request: SandboxRequest,
        operation_id: str,
        *,
        defaults: Mapping[str, Any] | None = None,
        unknown: bool = True,
    ) -> tuple[dict[str, Any], list[Violation]]:
        """`query` with dates and decimals typed and unknown names refused (`read_typed_query`)."""
        return read_typed_query(
            self.operation(operation_id),
            request,
            resolve=self.spec.resolve,
            repeated=self.repeated,
            defaults=defaults,
            unknown=unknown,
        )

    def authenticate(
        self,
        request: SandboxRequest,
        checks: Checks,
        *,
        message: str = "Unauthorized",
        missing: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Raise `SandboxError` 401 unless ``request`` meets its operation's ``security``.

        ``checks`` accepts or refuses each scheme's presented credential, by scheme name; a
        path outside the spec takes the document's default ``security`` (`._security`).
        The refusal says ``missing`` (when given) if the request carries no credential at
        all for the operation's schemes (`credentials_carried`), else ``message``; it sends
        ``headers``, such as a ``WWW-Authenticate`` challenge.
        """
        requirements = requirements_for(self.spec, request)
        if authorized(self.spec, requirements, request, checks):
            return
        if missing is not None and not credentials_carried(self.spec, requirements, request):
            message = missing
        raise SandboxError(401, message, headers=headers)

    def respond(self, operation_id: str, body: Any, *, status: int = 200) -> SandboxResponse:
        """A JSON answer of ``operation_id`` in the media type its spec response declares."""
        raw = self.operation(operation_id).responses.get(str(status))
        content = (self.spec.resolve(raw) or {}).get("content") or {}
        media = next((m for m in content if "json" in m), "application/json")
        return SandboxResponse.json(status, body, content_type=media + self.media_parameters)

    def error(
        self, status: int, message: str, *, extra: Mapping[str, Any] | None = None
    ) -> SandboxResponse:
        """The vendor's error body for ``status``, shaped by the spec's error schema.

        ``extra`` adds members the error has beside its message (such as a vendor's
        ``validation_errors``).
        """
        operation = None if self.error_operation is None else self.operation(self.error_operation)
        media, schema = self.spec.error_response(status, operation)
        constants, roles = self.error_constants, self.error_roles
        body = error_body(self.spec, schema, status, message, constants, roles=roles)
        body.update(extra or {})
        return SandboxResponse.json(status, body, content_type=media + self.media_parameters)
