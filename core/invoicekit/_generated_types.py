"""The runtime every generated vendor client imports: one module instead of a copy per vendor.

Generated code (models and request builders under ``generated/`` and in vendor distributions)
imports its UNSET marker, open enums, path escaping and its operation contract from here. A
vendor's plugin reads ``OPERATION`` of a generated endpoint module to learn its query parameters
(wire names, types, styles) and media types instead of copying them by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from operator import attrgetter
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, TypeVar

import msgspec

if TYPE_CHECKING:
    from http import HTTPStatus

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


def multipart_fields(body: msgspec.Struct) -> list[tuple[str, Any]]:
    """``body`` as httpx ``files`` for a ``multipart/form-data`` request, one part per field.

    Plain values go out as unnamed parts (``(None, text)``), the way HTML forms send them;
    a `File` keeps its name and media type. Unset and null fields are left out, booleans are
    ``true``/``false`` and an array gives one part per item. No ``Content-Type`` is set by the
    caller: httpx writes it with the boundary it chose.
    """
    parts: list[tuple[str, Any]] = []
    for name, wire in zip(body.__struct_fields__, body.__struct_encode_fields__, strict=True):
        value = getattr(body, name)
        for item in value if isinstance(value, list | tuple) else (value,):
            if item is UNSET or item is None:
                continue
            if isinstance(item, File):
                parts.append((wire, item.to_tuple()))
            elif isinstance(item, bool):
                parts.append((wire, (None, "true" if item else "false")))
            else:
                parts.append((wire, (None, str(msgspec.to_builtins(item)))))
    return parts


class UnsupportedMediaType(ValueError):
    """A request asked for a media type that the operation's spec does not offer."""


@dataclass(frozen=True, slots=True)
class QueryParameter:
    """One query parameter of an operation, as its spec declares it.

    ``wire`` is the name sent on the wire, ``python`` the keyword of the request builder.
    ``explode`` false (with style ``form``) sends an array as one comma-joined value.
    """

    wire: str
    python: str
    type: str
    format: str | None = None
    item_type: str | None = None
    required: bool = False
    style: str = "form"
    explode: bool = True
    enum: tuple[str | int, ...] = ()


@dataclass(frozen=True, slots=True)
class Operation:
    """The wire contract of one generated endpoint: method, path, query parameters, media types.

    ``responses`` maps each status code of the spec (``"200"``, ``"4XX"``, ``"default"``) to the
    media types its response offers, in the spec's order.
    """

    name: str
    method: str
    path: str
    query: tuple[QueryParameter, ...] = ()
    responses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def success_media_types(self) -> tuple[str, ...]:
        """Media types of the 2xx responses, first declared first, without repeats."""
        seen: dict[str, None] = {}
        for status, media in self.responses.items():
            if status.startswith("2"):
                seen.update(dict.fromkeys(media))
        return tuple(seen)

    def accept(self, media_type: str | None = None) -> str | None:
        """The ``Accept`` header to send: ``media_type`` if the spec offers it, else the first.

        Raises `UnsupportedMediaType` for a media type no success response declares, so a typo
        fails here instead of as a vendor's 406.
        """
        offered = self.success_media_types
        if media_type is None:
            return offered[0] if offered else None
        if media_type not in offered:
            raise UnsupportedMediaType(
                f"{self.name} offers {', '.join(offered) or 'no media type'}, not {media_type}"
            )
        return media_type

    @staticmethod
    def is_json(content_type: str | None) -> bool:
        """Whether a ``Content-Type`` is JSON (``application/json``, ``...+json``; no type: yes)."""
        if not content_type:
            return True
        media = content_type.split(";", 1)[0].strip().lower()
        return media == "application/json" or media.endswith("+json")

    def parameter(self, wire: str) -> QueryParameter:
        """The query parameter sent as ``wire``; KeyError names the operation when there is none."""
        for parameter in self.query:
            if parameter.wire == wire:
                return parameter
        raise KeyError(f"{self.name} has no query parameter {wire!r}")

    def encode_query(self, params: dict[str, Any]) -> dict[str, Any]:
        """Apply the spec's serialisation styles to built query values.

        httpx repeats a list (``IDs=a&IDs=b``), which is ``form`` with ``explode: true``. For
        ``explode: false`` the spec asks for one comma-joined value (``IDs=a,b``).
        """
        joined = {p.wire for p in self.query if p.style == "form" and not p.explode}
        return {
            key: ",".join(str(item) for item in value)
            if key in joined and isinstance(value, list | tuple)
            else value
            for key, value in params.items()
        }


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One entry of the spec's ``securitySchemes`` and the credentials it suggests.

    ``credentials`` are the keyword names a vendor's `CredentialSet` would ask for, e.g.
    ``("token",)`` for a bearer scheme, ``("username", "password")`` for basic.
    """

    name: str
    type: str
    credentials: tuple[str, ...]
    scheme: str | None = None
    location: str | None = None
    parameter: str | None = None


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads and binary downloads."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


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
