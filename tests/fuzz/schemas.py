"""Hypothesis strategies from each spec's single-invoice response schema (hypothesis-jsonschema).

The specs are OpenAPI 3.1, whose schemas are JSON Schema 2020-12 plus a few OpenAPI words.
`json_schema` turns one into what hypothesis-jsonschema takes: ``$ref``s into
``#/components/schemas`` inlined (the schemas are not recursive), OpenAPI 3.0's
``nullable: true`` as a ``"null"`` type, and the annotations that are no constraint
(``example``, ``discriminator``, ``xml``, ``readOnly``, ``x-*``...) dropped. ``format: decimal``
becomes a pattern of decimal strings; other ``format``s JSON Schema does not define
(``binary``, ``unix-time``) are dropped: the strategy then draws any value of the declared
type, which the property must survive anyway.

hypothesis-jsonschema 0.23.1 (the latest) drives Hypothesis's private ``many`` helper with
the old ``more()`` loop, which Hypothesis 6.1xx replaced by ``with many(...)`` and iteration;
`_install_many_shim` adapts that one call, and `test_the_shim_is_still_needed` notices when a
release makes it unnecessary.
"""

from __future__ import annotations

import types
from functools import cache
from typing import Any

import hypothesis.strategies as st
import hypothesis_jsonschema._from_schema as _from_schema
import msgspec
from fuzz import corpus
from hypothesis.internal.conjecture import utils as _conjecture_utils
from hypothesis_jsonschema import from_schema

__all__ = ["DECIMAL", "json_schema", "schema_payloads", "shim_needed"]

_ANNOTATIONS = frozenset(
    {"example", "examples", "discriminator", "xml", "externalDocs", "deprecated", "readOnly"}
    | {"writeOnly", "description", "title", "default"}
)
#: Formats hypothesis-jsonschema generates; others are the specs' own annotations.
#: A ``format: decimal`` string: what a vendor writes for an amount.
DECIMAL = r"^-?[0-9]{1,18}(\.[0-9]{1,8})?$"
_KNOWN_FORMATS = frozenset({"date", "date-time", "time", "uuid", "uri", "email", "ipv4", "ipv6"})


class _Many:
    """The old ``cu.many(...).more()`` protocol on top of Hypothesis's current ``many``."""

    def __init__(self, data: Any, **kwargs: Any) -> None:
        self._many = _conjecture_utils.many(data, **kwargs)
        self._elements: Any = None

    def more(self) -> bool:
        if self._elements is None:
            self._many.__enter__()
            self._elements = iter(self._many)
        try:
            next(self._elements)
        except StopIteration:
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


def shim_needed() -> bool:
    """Whether Hypothesis's ``many`` lacks the ``more()`` hypothesis-jsonschema calls."""
    return not hasattr(_conjecture_utils.many, "more")


def _install_many_shim() -> None:
    if shim_needed() and _from_schema.cu is _conjecture_utils:
        compat = types.ModuleType("hypothesis_conjecture_utils_compat")
        compat.__dict__.update(vars(_conjecture_utils))
        compat.many = _Many  # type: ignore[attr-defined]
        _from_schema.cu = compat


_install_many_shim()


def json_schema(node: Any, components: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """``node`` as plain JSON Schema: refs inlined, OpenAPI-only words converted or dropped."""
    if isinstance(node, list):
        return [json_schema(item, components, seen) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            raise ValueError(f"recursive schema {name}: not inlinable")
        return json_schema(components[name], components, (*seen, name))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-") or key == "nullable":
            continue
        if key == "format" and value == "decimal" and "pattern" not in node:
            out["pattern"] = DECIMAL  # JSON Schema applies it to the strings only
            continue
        if key == "format" and value not in _KNOWN_FORMATS:
            continue
        if key in {"properties", "patternProperties", "$defs"}:
            out[key] = {name: json_schema(v, components, seen) for name, v in value.items()}
        else:
            out[key] = json_schema(value, components, seen)
    if node.get("nullable") is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        elif kind is None:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def vendor_schema(vendor: str) -> dict[str, Any]:
    """The vendor's single-invoice response schema, as plain JSON Schema."""
    schema = corpus.response_schema(vendor)
    components = schema.pop("components")["schemas"]
    converted: dict[str, Any] = json_schema(schema, components)
    return converted


def schema_payloads(vendor: str) -> st.SearchStrategy[bytes]:
    """Response bodies drawn from the vendor's schema, encoded as the vendor would send them."""
    return from_schema(vendor_schema(vendor)).map(msgspec.json.encode)
