"""JSON trees as the kit edits them: numbers kept as written, values found by JSON path.

A payload decoded with `decode_exact` keeps every non-integer number as the text it was written
with (a `msgspec.Raw`), so `encode` writes ``1.0000`` back as ``1.0000``: an edited example
differs from the recorded one only where the kit edited it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import msgspec

__all__ = [
    "JsonPath",
    "decode_exact",
    "encode",
    "get_path",
    "has_path",
    "leaf_paths",
    "path_text",
    "set_path",
    "sub_objects",
]

JsonPath = Sequence[str | int]
"""Keys and indexes from the root of a JSON document, such as ``("lines", "data", 0, "type")``."""

_EXACT = msgspec.json.Decoder(float_hook=lambda text: msgspec.Raw(text.encode()))
_MISSING = object()


def decode_exact(body: bytes) -> Any:
    """``body`` decoded, each non-integer number kept as its written text (`msgspec.Raw`)."""
    return _EXACT.decode(body)


def encode(tree: Any) -> bytes:
    """``tree`` as JSON; numbers `decode_exact` kept are written exactly as they were read."""
    return msgspec.json.encode(tree)


def _holds(container: Any, key: str | int) -> bool:
    """Whether ``container`` (a JSON object or array) has a value under ``key``."""
    if isinstance(key, int):
        return isinstance(container, list) and -len(container) <= key < len(container)
    return isinstance(container, dict) and key in container


def _lookup(document: Any, path: JsonPath) -> Any:
    target = document
    for key in path:
        if not _holds(target, key):
            return _MISSING
        target = target[key]
    return target


def has_path(document: Any, path: JsonPath) -> bool:
    """Whether ``document`` holds a value (``null`` included) at ``path``."""
    return _lookup(document, path) is not _MISSING


def get_path(document: Any, path: JsonPath, default: Any = None) -> Any:
    """The value at ``path``, or ``default`` when the document has none there."""
    found = _lookup(document, path)
    return default if found is _MISSING else found


def set_path(document: Any, path: JsonPath, value: Any) -> None:
    """Put ``value`` at ``path``, whose parent must exist (`KeyError` names the path if not)."""
    if not path:
        raise KeyError("the root of a document cannot be replaced in place")
    parent = _lookup(document, path[:-1])
    last = path[-1]
    if _holds(parent, last) or (isinstance(parent, dict) and isinstance(last, str)):
        parent[last] = value
    else:
        raise KeyError(f"no value at {path_text(path)} to replace")


def path_text(path: JsonPath) -> str:
    """``path`` as msgspec and `invoicekit.NormalizationError` write it: ``$.lines.data[0]``."""
    return "$" + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path)


def leaf_paths(document: Any) -> Iterator[tuple[str | int, ...]]:
    """The path of every scalar (string, number, boolean, null) in ``document``, in order."""
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, dict):
            pending += [((*path, key), value) for key, value in reversed(item.items())]
        elif isinstance(item, list):
            pending += [((*path, index), value) for index, value in reversed(list(enumerate(item)))]
        else:
            yield path


def sub_objects(document: Any) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """Every JSON object in ``document`` with its path, the root first."""
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while pending:
        path, item = pending.pop(0)
        if isinstance(item, dict):
            yield path, item
            pending += [((*path, key), value) for key, value in item.items()]
        elif isinstance(item, list):
            pending += [((*path, index), value) for index, value in enumerate(item)]
