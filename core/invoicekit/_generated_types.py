"""The runtime every generated vendor client imports: one module instead of a copy per vendor.

Generated code (models and request builders under ``generated/`` and in vendor distributions)
imports its UNSET marker, open enums, path escaping and its operation contract from here. A
vendor's plugin reads ``OPERATION`` of a generated endpoint module to learn its query parameters
(wire names, types, styles) and media types instead of copying them by hand.

The request side (`Operation`, `QueryParameter`, `SecurityScheme`, `File`, `Response`,
`multipart_fields`) is defined in `invoicekit._generated_requests` and imported from here on
first use: models import this module, and decoding never needs it.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING

import msgspec

from invoicekit._lazy import lazy_attributes as _lazy_attributes

if TYPE_CHECKING:
    from invoicekit._generated_requests import (
        File,
        FileTypes,
        Operation,
        QueryParameter,
        RequestFiles,
        Response,
        SecurityScheme,
        UnsupportedMediaType,
        multipart_fields,
    )

# One "absent" marker for models and endpoint arguments alike: msgspec's own, so a decoded
# Struct field that the vendor left out is `UNSET`, distinct from an explicit `null`.
Unset = msgspec.UnsetType
UNSET: Unset = msgspec.UNSET


class OpenStrEnum(StrEnum):
    """A string enum that accepts values it does not list.

    msgspec calls `_missing_` for an unknown value; returning a pseudo-member (not cached, not
    iterated) lets vendor drift decode while keeping the vendor's own value.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenStrEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ in type(self).__members__

    # The member's own text, as str gives it (in C: mappings call it for every enum they keep).
    __str__ = str.__str__
    if not TYPE_CHECKING:  # type checkers keep Enum's own typing of `value`
        # Enum's `value` is a Python-level property; this one reads `_value_` in C.
        value = property(attrgetter("_value_"))


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list; see `OpenStrEnum`."""

    @classmethod
    def _missing_(cls, value: object) -> OpenIntEnum | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ in type(self).__members__

    # The member's number as text, as int gives it (in C, like OpenStrEnum's).
    __str__ = int.__repr__
    if not TYPE_CHECKING:
        value = property(attrgetter("_value_"))  # in C, like OpenStrEnum's


def path_segment(value: object) -> str:
    """Escape `value` so that it stays inside one URL path segment.

    `quote(safe="")` escapes `/`, `?` and `#`, but leaves `.` alone, and a segment that is only
    dots (`.`, `..`) would be resolved away by URL normalisation, climbing out of the resource.
    """
    from urllib.parse import quote  # noqa: PLC0415 - request builders only; models never need it

    segment = quote(str(value), safe="")
    if segment.strip(".") == "":
        segment = segment.replace(".", "%2E")
    return segment


# The request side is dataclasses, about 0.3 ms each to define (see the module docstring).
_REQUESTS = "invoicekit._generated_requests"
__getattr__, __dir__ = _lazy_attributes(
    globals(),
    dict.fromkeys(
        (
            "File",
            "FileContent",
            "FileTypes",
            "Operation",
            "QueryParameter",
            "RequestFiles",
            "Response",
            "SecurityScheme",
            "UnsupportedMediaType",
            "multipart_fields",
        ),
        _REQUESTS,
    ),
)

__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "OpenIntEnum",
    "OpenStrEnum",
    "Operation",
    "QueryParameter",
    "RequestFiles",
    "Response",
    "SecurityScheme",
    "Unset",
    "UnsupportedMediaType",
    "multipart_fields",
    "path_segment",
]
