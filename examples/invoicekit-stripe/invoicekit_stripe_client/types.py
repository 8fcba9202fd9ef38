"""Shared types of the generated client: the UNSET marker, open enums and response containers."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, TypeVar
from urllib.parse import quote

import msgspec

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
    def _missing_(cls, value: object) -> "OpenStrEnum | None":
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

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(IntEnum):
    """An integer enum that accepts values it does not list; see `OpenStrEnum`."""

    @classmethod
    def _missing_(cls, value: object) -> "OpenIntEnum | None":
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

    def __str__(self) -> str:
        return str(self.value)


def path_segment(value: object) -> str:
    """Escape `value` so that it stays inside one URL path segment.

    `quote(safe="")` escapes `/`, `?` and `#`, but leaves `.` alone, and a segment that is only
    dots (`.`, `..`) would be resolved away by URL normalisation, climbing out of the resource.
    """
    segment = quote(str(value), safe="")
    if segment.strip(".") == "":
        segment = segment.replace(".", "%2E")
    return segment


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
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
]
