"""The checks a careful integration makes on ``json.loads`` output before it trusts a value.

``json.loads(body, parse_float=Decimal)`` gives dicts, lists, str, int, bool, None and
`Decimal`: nothing says a key holds the type the code expects. These readers check what they
return (a wrong type is a `ValueError` naming the key, not a silently wrong `Invoice`), and
turn JSON numbers into exact `Decimal` and ISO 8601 text into dates and aware instants.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from json.decoder import scanstring  # type: ignore[attr-defined] # real, not in the stubs
from typing import Any

_fromisoformat = dt.datetime.fromisoformat
_DECODER = json.JSONDecoder(parse_float=Decimal)
_SPACE = re.compile(r"[ \t\n\r]*")


def _wrong(key: str, value: Any, expected: str) -> ValueError:
    return ValueError(f"{key}: expected {expected}, got {type(value).__name__}")


def text(obj: dict[str, Any], key: str) -> str | None:
    """``obj[key]`` when it is a string, None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is str:
        return value
    raise _wrong(key, value, "a string")


def required_text(obj: dict[str, Any], key: str) -> str:
    """``obj[key]``, which must be a string."""
    value = obj[key]
    if type(value) is str:
        return value
    raise _wrong(key, value, "a string")


def integer(obj: dict[str, Any], key: str) -> int | None:
    """``obj[key]`` when it is a JSON integer (not a bool), None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is int:
        return value
    raise _wrong(key, value, "an integer")


def required_integer(obj: dict[str, Any], key: str) -> int:
    """``obj[key]``, which must be a JSON integer (not a bool)."""
    value = obj[key]
    if type(value) is int:
        return value
    raise _wrong(key, value, "an integer")


def boolean(obj: dict[str, Any], key: str) -> bool | None:
    """``obj[key]`` when it is a bool, None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is bool:
        return value
    raise _wrong(key, value, "a bool")


def mapping(obj: dict[str, Any], key: str) -> dict[str, Any] | None:
    """``obj[key]`` when it is an object, None when absent or null."""
    value = obj.get(key)
    if value is None or type(value) is dict:
        return value
    raise _wrong(key, value, "an object")


def array(obj: dict[str, Any], key: str) -> list[Any]:
    """``obj[key]`` when it is an array, empty when absent or null."""
    value = obj.get(key)
    if value is None:
        return []
    if type(value) is list:
        return value
    raise _wrong(key, value, "an array")


def objects(obj: dict[str, Any], key: str) -> list[dict[str, Any]] | None:
    """``obj[key]`` as a list of objects, None when absent or null."""
    if obj.get(key) is None:
        return None
    items = array(obj, key)
    for item in items:
        if type(item) is not dict:
            raise ValueError(f"{key}: expected objects, got {type(item).__name__}")
    return items


def number(obj: dict[str, Any], key: str) -> Decimal | None:
    """``obj[key]`` as an exact `Decimal` (a JSON number or a numeric string), None if absent."""
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, Decimal):  # parse_float=Decimal: already exact
        return value
    kind = type(value)
    if kind is int or kind is str:
        try:
            result = Decimal(value)
        except ArithmeticError:
            raise _wrong(key, value, "a number") from None
        if result.is_finite():
            return result
    raise _wrong(key, value, "a number")


def instant(obj: dict[str, Any], key: str) -> dt.datetime | None:
    """``obj[key]`` as an aware datetime (ISO 8601 with an offset), None when absent or null."""
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str:
        raise _wrong(key, value, "an ISO 8601 instant")
    parsed = _fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"{key}: {value!r} has no UTC offset")
    return parsed


def _skip(text: str, pos: int) -> int:
    """Where the JSON whitespace from ``pos`` on ends."""
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def members(text: str) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """The top-level object's members, and where each value starts and ends in ``text``.

    What ``json.loads(text, parse_float=Decimal)`` gives, plus the spans: a vendor whose
    `Invoice.raw` is one member's bytes needs them, and ``json.loads`` keeps no positions.
    Each value is parsed once, by the stdlib decoder's ``raw_decode``.
    """
    pos = _skip(text, 0)
    if text[pos : pos + 1] != "{":
        raise ValueError("expected a JSON object")
    pos = _skip(text, pos + 1)
    found: dict[str, Any] = {}
    spans: dict[str, tuple[int, int]] = {}
    if text[pos : pos + 1] == "}":
        return found, spans
    while True:
        if text[pos : pos + 1] != '"':
            raise ValueError(f"expected a key at character {pos}")
        key, pos = scanstring(text, pos + 1)
        pos = _skip(text, pos)
        if text[pos : pos + 1] != ":":
            raise ValueError(f"expected ':' at character {pos}")
        pos = _skip(text, pos + 1)
        found[key], end = _DECODER.raw_decode(text, pos)
        spans[key] = (pos, end)
        pos = _skip(text, end)
        if text[pos : pos + 1] == ",":
            pos = _skip(text, pos + 1)
        elif text[pos : pos + 1] == "}":
            break
        else:
            raise ValueError(f"expected ',' or '}}' at character {pos}")
    if _skip(text, pos + 1) != len(text):
        raise ValueError("data after the document")
    return found, spans
