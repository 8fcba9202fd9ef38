"""The Ruby and Rails behaviours the Yeti sandbox copies, to write values and read parameters.

yeti-web writes amounts as ``BigDecimal#to_s`` does and instants as ``iso8601(3)``; it reads
query values with ``String#to_i``, ``CSV.parse_line`` and ActiveSupport's ``underscore``, and
builds its pagination links with ``Hash#to_query``.
"""

from __future__ import annotations

import csv
import re
import urllib.parse
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

__all__ = ["csv_values", "iso_ms", "ruby_decimal", "ruby_to_i", "to_query", "underscore"]

_RUBY_INT = re.compile(r"\s*([+-]?\d+(?:_\d+)*)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def ruby_decimal(value: Decimal) -> str:
    """A decimal as Rails writes a ``BigDecimal`` to JSON: ``"12.3456"``, ``"10.0"``, ``"0.0"``."""
    text = format(value.normalize() + 0, "f")  # `+ 0` turns -0 into 0
    return text if "." in text else f"{text}.0"


def iso_ms(moment: datetime | None) -> str | None:
    """An instant as ``iso8601(3)`` in UTC, or ``None``."""
    if moment is None:
        return None
    moment = moment.astimezone(UTC)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"


def ruby_to_i(text: str) -> int:
    """``String#to_i``: the leading integer, or 0."""
    match = _RUBY_INT.match(text)
    return int(match.group(1).replace("_", "")) if match else 0


def underscore(key: str) -> str:
    """ActiveSupport's ``underscore``, as jsonapi-resources' dasherized key formatter unformats."""
    return _CAMEL.sub("_", key).replace("-", "_").lower()


def csv_values(raw: str) -> list[str]:
    """``CSV.parse_line`` (blank → no values; a malformed line → the raw text)."""
    if not raw:
        return []
    try:
        row = next(csv.reader([raw], strict=True))
    except (csv.Error, StopIteration):
        return [raw]
    return list(row)


def _escape(text: str) -> str:
    return urllib.parse.quote_plus(text, safe="")  # CGI.escape


def to_query(params: Mapping[str, Any]) -> str:
    """ActiveSupport's ``Hash#to_query``: escaped, sorted at every level."""
    groups = []
    for key, value in params.items():
        if isinstance(value, Mapping):
            if value:
                pairs = sorted(
                    f"{_escape(f'{key}[{k}]')}={_escape(str(v))}" for k, v in value.items()
                )
                groups.append("&".join(pairs))
        else:
            groups.append(f"{_escape(key)}={_escape(str(value))}")
    return "&".join(sorted(groups))
