"""The sans-I/O contract between a vendor plugin and invoicekit's HTTP clients.

A vendor never performs I/O. For each operation it returns a *flow*: a generator that yields
the `Call`s it needs, receives each `httpx.Response`, and returns (or, when listing, yields
`Page`s of) normalized invoices. `invoicekit.connect()` drives flows with a blocking
`httpx.Client`, `invoicekit.connect_async()` with an `httpx.AsyncClient`, so a plugin writes
each operation once and gets both, and the client applies every network policy in one place:
retries, size caps, redirect handling, credentials only for the configured origin, typed errors.

A flow only ever receives successful (2xx) responses; every error status becomes a typed
`VendorError` in the client before the flow sees it, except the statuses a `Call` lists in
``tolerate`` (an optional lookup the flow can do without; never 401 or 429).
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any, TypeAlias

import httpx

from ._envelope import (
    Envelope,
    decode,
    json_path,
    locate,
    locate_items,
    raw_items,
    read_invoice,
    rooted,
)
from ._flowtypes import Call, ErrorDetail, ListQuery, Page
from ._mask import mask_text
from ._paging import (
    Cursor,
    NextLink,
    Offset,
    PageNumber,
    PageReader,
    Paging,
    RawPage,
    collect_items,
    list_flow,
    mapped,
)
from ._translate import normalization_error, normalized

# The value helpers moved to the toolkit (invoicekit.plugin); `given` here is the old name of
# `present` (the value or None), kept for old imports.
from ._values import iana_zone, is_json_native, is_uuid
from ._values import present as given

__all__ = [
    "Call",
    "Cursor",
    "Envelope",
    "ErrorDetail",
    "Flow",
    "HeaderAuth",
    "ListFlow",
    "ListQuery",
    "NextLink",
    "Offset",
    "Page",
    "PageNumber",
    "PageReader",
    "Paging",
    "RawPage",
    "collect_items",
    "decode",
    "given",
    "iana_zone",
    "is_json_native",
    "is_uuid",
    "json_path",
    "list_flow",
    "locate",
    "locate_items",
    "mapped",
    "mask_text",
    "normalization_error",
    "normalized",
    "raw_items",
    "read_invoice",
    "rooted",
]


Flow: TypeAlias = Generator[Call, httpx.Response, Any]
"""A flow yields `Call`s, receives their responses and returns its result."""

ListFlow: TypeAlias = Generator[Call | Page, httpx.Response | None, None]
"""A listing flow yields `Call`s (and receives responses) and `Page`s (and receives None)."""


class HeaderAuth(httpx.Auth):
    """Sends credential headers: one (``Authorization: Bearer <key>``, ``apikey: <key>``...) or
    several at once (`HeaderAuth.of`: Xero's bearer token plus ``xero-tenant-id``).

    Its repr names the headers, never a value. A value that is empty or not one line is
    refused with a `ValueError` that names the header, not the value.
    """

    def __init__(self, name: str, value: str) -> None:
        self._headers: dict[str, str] = {}
        self._add(name, value)
        self.header = name

    @classmethod
    def of(cls, headers: Mapping[str, str]) -> HeaderAuth:
        """Every header of ``headers`` on each request, in the given order (at least one)."""
        items = list(headers.items())
        if not items:
            raise ValueError("HeaderAuth.of needs at least one header")
        auth = cls(*items[0])
        for name, value in items[1:]:
            auth._add(name, value)
        return auth

    @classmethod
    def bearer(cls, token: str, *, extra: Mapping[str, str] | None = None) -> HeaderAuth:
        """``Authorization: Bearer <token>``, plus the ``extra`` headers (a tenant id...)."""
        return cls.of({"Authorization": f"Bearer {token}", **(extra or {})})

    def _add(self, name: str, value: str) -> None:
        if not value or any(char in value for char in "\r\n"):
            raise ValueError(f"the {name} credential must be a non-empty single line")
        self._headers[name] = value

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}: ***" for name in self._headers)
        return f"<{type(self).__name__} {shown}>"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the headers to the request (replacing any of the same names)."""
        for name, value in self._headers.items():
            request.headers[name] = value
        yield request
