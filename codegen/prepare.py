"""Turn a hand-written spec in specs/ into the document the generator reads.

Two rewrites. Inline enums of parameters move to `components/schemas` (named after the
parameter, `status` → `Status`), so that one enum used by several operations is one class
rather than one per operation; a second, different enum of the same name gets the operation's
name as a prefix. And table expansion: an operation may declare a filter table
(`x-invoicekit-filters: {base name: type}`) and the predicates of each type
(`x-invoicekit-filter-predicates: {type: [predicate, ...]}`); each pair becomes one optional
query parameter `filter[<base>_<predicate>]`. Yeti's 164 ransack filter keys are written this
way, so the table in the spec is the single source of truth. Everything else passes through.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"

FILTERS = "x-invoicekit-filters"
PREDICATES = "x-invoicekit-filter-predicates"
# Predicates whose value is a comma-separated list (ransack splits it server-side).
LIST_PREDICATES = frozenset({"in", "not_in", "cont_any"})
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

_FORMATS = {"datetime": "date-time", "uuid": "uuid", "number": "decimal"}
#: One valid value per filter type, used as the parameter's example (and by the spec tests).
_EXAMPLES = {
    "number": "10",
    "datetime": "2025-01-01T00:00:00Z",
    "string": "23",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
#: What one value of each type looks like, for the comma-separated list predicates.
_ITEM = {
    "number": r"-?[0-9]+(\.[0-9]+)?",
    "datetime": r"[0-9]{4}-[0-9]{2}-[0-9]{2}[^,]*",
    "string": r"[^,]*",
    "uuid": r"[0-9a-fA-F-]{36}",
}


def spec_path(vendor: str, root: Path = SPECS) -> Path:
    """The hand-written spec of a vendor under a specs folder."""
    return root / vendor / "openapi.yaml"


#: libyaml's safe loader where PyYAML was built with it: the same documents, ten times faster.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ExactLoader(SafeLoader):  # type: ignore[misc]
    """YAML's safe loader, but a number with a fraction or exponent reads as `Decimal`.

    The safe loader makes ``1.0000`` the float ``1.0``: a payload taken from a spec's example
    would lose the scale the vendor sends. Infinities and NaN stay floats (JSON has neither).
    """


def _exact_number(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal | float:
    try:
        return Decimal(str(loader.construct_scalar(node)).replace("_", ""))
    except InvalidOperation:
        return float(loader.construct_yaml_float(node))


ExactLoader.add_constructor("tag:yaml.org,2002:float", _exact_number)


def load_exact(path: Path) -> Any:
    """A YAML document with its numbers as written (`ExactLoader`)."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=ExactLoader)


def load_raw(vendor: str, root: Path = SPECS) -> dict[str, Any]:
    """The spec exactly as written."""
    with spec_path(vendor, root).open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=SafeLoader)
    return document


def filter_parameters(
    table: dict[str, str], predicates: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """One query parameter per (filter base name, predicate of its type), in table order."""
    parameters = []
    for base, kind in table.items():
        if kind not in predicates:
            raise ValueError(f"filter {base!r} has type {kind!r}, which has no predicate list")
        for predicate in predicates[kind]:
            schema: dict[str, Any] = {"type": "string", "example": _EXAMPLES[kind]}
            if predicate in LIST_PREDICATES:
                description = f"`{base}` {predicate} (comma-separated {kind} values)"
                schema["pattern"] = f"^{_ITEM[kind]}(,{_ITEM[kind]})*$"
            else:
                description = f"`{base}` {predicate} (one {kind} value)"
                if kind in _FORMATS:
                    schema["format"] = _FORMATS[kind]
            parameters.append(
                {
                    "name": f"filter[{base}_{predicate}]",
                    "in": "query",
                    "required": False,
                    "description": description,
                    "schema": schema,
                }
            )
    return parameters


def expand(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of `document` with every filter table expanded into query parameters."""
    expanded = copy.deepcopy(document)
    for path_item in expanded.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not operation or FILTERS not in operation:
                continue
            table = operation.pop(FILTERS)
            predicates = operation.pop(PREDICATES)
            operation.setdefault("parameters", []).extend(filter_parameters(table, predicates))
    return expanded


def _pascal(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", name)
    return "".join(word[:1].upper() + word[1:] for word in words) or "Parameter"


def hoist_parameter_enums(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy where each inline parameter enum is a `$ref` to one shared schema."""
    hoisted = copy.deepcopy(document)
    schemas = hoisted.setdefault("components", {}).setdefault("schemas", {})
    for path_item in hoisted.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not operation:
                continue
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                holder, key = (schema, "items") if "items" in schema else (parameter, "schema")
                inline = holder.get(key, {})
                if "enum" not in inline or "$ref" in inline:
                    continue
                name = _pascal(parameter["name"])
                if name in schemas and schemas[name] != inline:
                    name = _pascal(operation.get("operationId", method)) + name
                schemas.setdefault(name, inline)
                holder[key] = {"$ref": f"#/components/schemas/{name}"}
    return hoisted


def load(vendor: str, root: Path = SPECS) -> dict[str, Any]:
    """The spec of `vendor` as the generator, the tests and the sandbox see it."""
    return hoist_parameter_enums(expand(load_raw(vendor, root)))


def vendors(root: Path = SPECS) -> list[str]:
    """Every vendor with a spec under a specs folder, sorted."""
    return sorted(p.parent.name for p in root.glob("*/openapi.yaml"))


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s (to components/responses, components/examples...) to the object."""
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def examples(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, value) for each example attached to a request or response body.

    ``where`` reads ``"GET /path response 404 application/json example name"``.
    """
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or method not in HTTP_METHODS:
                continue
            bodies = [("request", operation.get("requestBody", {}))]
            bodies += [
                (f"response {code}", resolve(document, response))
                for code, response in operation.get("responses", {}).items()
            ]
            for label, body in bodies:
                for media, content in body.get("content", {}).items():
                    for name, example in content.get("examples", {}).items():
                        value = resolve(document, example)["value"]
                        where = f"{method.upper()} {path} {label} {media} example {name}"
                        yield where, content["schema"], value
