"""`ApiSpec`: a vendor's OpenAPI document, read once and lazily, as a sandbox needs it.

The spec is the sandbox's source of truth for routes, query parameters and error bodies, so the
sandbox and the generated client cannot drift apart. `locate_spec` finds it beside an installed
package (package data, ``<package>/openapi.yaml``) or, in a source checkout and for standalone
distributions, in the nearest ``specs/<vendor>/openapi.yaml`` above the package.
"""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["ApiSpec", "Operation", "Parameter", "locate_spec"]

_METHODS = ("get", "put", "post", "delete", "patch")


def locate_spec(package: str, vendor: str) -> Path:
    """The OpenAPI document of ``vendor``, whose plugin is the import package ``package``.

    Raises:
        FileNotFoundError: neither package data nor a ``specs/<vendor>/openapi.yaml`` above
            the package exists.
    """
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"{vendor}: package {package!r} is not importable")
    shipped = importlib.resources.files(package).joinpath("openapi.yaml")
    if shipped.is_file():
        return Path(str(shipped))
    for folder in Path(spec.origin).resolve().parents:
        candidate = folder / "specs" / vendor / "openapi.yaml"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"{vendor}: no openapi.yaml in package {package!r} nor in specs/{vendor}/ above it"
    )


@dataclass(frozen=True, slots=True)
class Parameter:
    """One parameter of an operation, its schema's ``$ref`` resolved."""

    name: str
    location: str
    schema: Mapping[str, Any]
    required: bool = False


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec: where it lives, what it takes, what it answers."""

    method: str
    path: str
    operation_id: str
    parameters: tuple[Parameter, ...]
    responses: Mapping[str, Any]
    security: tuple[Mapping[str, Any], ...]

    def query(self) -> tuple[Parameter, ...]:
        """The query parameters, in the spec's order."""
        return tuple(p for p in self.parameters if p.location == "query")


class ApiSpec:
    """A parsed OpenAPI document with ``$ref`` resolution; build it with `ApiSpec.load`."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    @staticmethod
    @functools.cache
    def load(path: Path) -> ApiSpec:
        """Parse ``path`` once per process (later calls return the same object)."""
        # Imported here: only a sandbox parses YAML, and `import invoicekit` stays light.
        import yaml  # noqa: PLC0415

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return ApiSpec(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))

    def resolve(self, node: Any) -> Any:
        """``node`` with a top-level local ``$ref`` followed (repeatedly)."""
        while isinstance(node, Mapping) and "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    @functools.cached_property
    def operations(self) -> Mapping[str, Operation]:
        """Every operation by ``operationId``, in the spec's order."""
        found: dict[str, Operation] = {}
        default_security = tuple(self.document.get("security") or ())
        for path, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                if method not in item:
                    continue
                op = item[method]
                params = tuple(self._parameter(raw) for raw in [*shared, *op.get("parameters", [])])
                security = op.get("security")
                found[op["operationId"]] = Operation(
                    method=method.upper(),
                    path=path,
                    operation_id=op["operationId"],
                    parameters=params,
                    responses=op.get("responses", {}),
                    security=default_security if security is None else tuple(security),
                )
        return found

    def _parameter(self, raw: Any) -> Parameter:
        param = self.resolve(raw)
        return Parameter(
            name=param["name"],
            location=param["in"],
            schema=self.resolve(param.get("schema", {})),
            required=bool(param.get("required", False)),
        )

    def error_response(self, status: int, operation: Operation | None = None) -> tuple[str, Any]:
        """The media type and schema of the error answer for ``status``.

        The operation's own response for the status (or its ``default``) comes first, then
        the first documented error response of any operation. A ``+json`` media type (such as
        ``application/problem+json``) is preferred to plain JSON.
        """
        candidates = [] if operation is None else [operation]
        candidates += list(self.operations.values())
        for op in candidates:
            for key in (str(status), "default", *sorted(op.responses)):
                if key[:1] not in ("4", "5") and key != "default":
                    continue
                response = self.resolve(op.responses.get(key))
                content = (response or {}).get("content") or {}
                media = sorted(
                    (m for m in content if "json" in m), key=lambda m: (not m.endswith("+json"), m)
                )
                if media:
                    return media[0], self.resolve(content[media[0]].get("schema", {}))
        return "application/json", {}
