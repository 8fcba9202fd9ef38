"""The sans-I/O contract between a vendor plugin and invoicekit's HTTP clients.

A vendor never performs I/O. For each operation it returns a *flow*: a generator that yields
the `Call`s it needs, receives each `httpx.Response`, and returns (or, when listing, yields
`Page`s of) normalized invoices. `invoicekit.connect()` drives flows with a blocking
`httpx.Client`, `invoicekit.connect_async()` with an `httpx.AsyncClient`, so a plugin writes
each operation once and gets both, and the client applies every network policy in one place:
retries, size caps, redirect handling, credentials only for the configured origin, typed errors.

A flow only ever receives successful (2xx) responses; every error status becomes a typed
`VendorError` in the client before the flow sees it.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeAlias, TypeVar

import httpx
import msgspec

from ._normalize import normalization_error, normalized
from .model import Invoice, check_json_native

__all__ = [
    "Call",
    "ErrorDetail",
    "Flow",
    "HeaderAuth",
    "ListFlow",
    "ListQuery",
    "Page",
    "decode",
    "given",
    "is_json_native",
    "is_uuid",
    "normalization_error",
    "normalized",
    "raw_items",
]

T = TypeVar("T")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@dataclass(frozen=True, slots=True)
class Call:
    """One HTTP request a flow asks the client to send.

    Attributes:
        kwargs: arguments for `httpx.Client.build_request` (``method``, ``url``, ``params``,
            ``headers``, ``json``): what a generated endpoint's ``_get_kwargs`` returns. A
            relative ``url`` hangs from the client's ``base_url``; an absolute one (a vendor's
            signed download link) is fetched *without* credentials unless it has the same
            origin as ``base_url``.
        purpose: ``"api"`` for JSON API calls (capped by ``max_response_bytes``), ``"pdf"`` for
            a document download (capped by ``max_pdf_bytes`` and checked to be a PDF).
    """

    kwargs: Mapping[str, Any]
    purpose: Literal["api", "pdf"] = "api"


@dataclass(frozen=True, slots=True)
class Page:
    """A page of normalized invoices, yielded by a listing flow.

    Attributes:
        invoices: the invoices on this page, in the vendor's order.
        total: the vendor's total count across pages, when it says.
    """

    invoices: Sequence[Invoice]
    total: int | None = None


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What `list_invoices` was asked for, already validated against the vendor's filters.

    Attributes:
        issued_since: first issue date to include (inclusive).
        issued_until: last issue date to include (inclusive).
        updated_since: only invoices the vendor changed at or after this instant.
        status: vendor-native status values to include (the plugin maps the normalized
            status the user asked for; an empty tuple means any).
        page_size: invoices per request, or ``None`` for the vendor's default.
        native: vendor-native filters passed through as given (a Yeti ``filter[...]`` key, a
            Daftra ``client_id``).
    """

    issued_since: date | None = None
    issued_until: date | None = None
    updated_since: datetime | None = None
    status: tuple[str, ...] = ()
    page_size: int | None = None
    native: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """The vendor's own error code and message, parsed from an error body."""

    code: str | None = None
    message: str | None = None


Flow: TypeAlias = Generator[Call, httpx.Response, Any]
"""A flow yields `Call`s, receives their responses and returns its result."""

ListFlow: TypeAlias = Generator[Call | Page, httpx.Response | None, None]
"""A listing flow yields `Call`s (and receives responses) and `Page`s (and receives None)."""


class HeaderAuth(httpx.Auth):
    """Sends one credential header (``Authorization: Bearer <key>``, ``apikey: <key>``...).

    Its repr names the header, never the value.
    """

    def __init__(self, name: str, value: str) -> None:
        if not value or any(char in value for char in "\r\n"):
            raise ValueError(f"the {name} credential must be a non-empty single line")
        self.header = name
        self._value = value

    @classmethod
    def bearer(cls, token: str) -> HeaderAuth:
        """``Authorization: Bearer <token>``."""
        return cls("Authorization", f"Bearer {token}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.header}: ***>"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header to the request."""
        request.headers[self.header] = self._value
        yield request


def decode(vendor: str, body: bytes, model: type[T], *, strict: bool = False) -> T:
    """Decode a response body into a generated model, as a `NormalizationError` on failure.

    The error names ``vendor`` and the JSON path msgspec reports. Lenient by default, like the
    generated endpoints of responses marked ``x-invoicekit-lenient``.
    """
    try:
        return msgspec.json.decode(body, type=model, strict=strict)
    except msgspec.MsgspecError as exc:
        raise normalization_error(vendor, exc) from exc


class _Items(msgspec.Struct):
    data: list[msgspec.Raw]


def raw_items(vendor: str, body: bytes) -> list[msgspec.Raw]:
    """The exact bytes of each item of a page's top-level ``data`` array, for `Invoice.raw`."""
    return decode(vendor, body, _Items).data


def is_uuid(text: str) -> bool:
    """Whether ``text`` is a UUID in its usual 8-4-4-4-12 hexadecimal form."""
    return _UUID.fullmatch(text) is not None


def given(value: T | msgspec.UnsetType | None) -> T | None:
    """A generated model's optional field as ``None`` when absent (``UNSET``) or null."""
    return None if isinstance(value, msgspec.UnsetType) else value


def is_json_native(value: Any) -> bool:
    """Whether ``value`` may go into `Invoice.extra` as is: it round-trips through JSON unchanged.

    That is ``None``, `str`, `bool`, `int`, and lists and string-keyed dicts of them; a float
    (which loses digits), a `Decimal` or a `datetime` (which come back as strings) is not.
    """
    try:
        check_json_native(value, "value")  # iterative: deep vendor data cannot overflow the stack
    except ValueError:
        return False
    return True
