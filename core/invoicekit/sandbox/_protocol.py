"""What a vendor sandbox implements: one request in, one response out, no I/O.

The framework (`SandboxApp`) owns the HTTP server, routing by vendor prefix, body reading and
fault injection. A vendor's sandbox only turns a `SandboxRequest` into a `SandboxResponse`, so it
is a plain synchronous object that tests can call directly, without a server.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

import msgspec

__all__ = [
    "SandboxError",
    "SandboxFactory",
    "SandboxRequest",
    "SandboxResponse",
    "VendorSandbox",
]

_encoders = {
    "string": msgspec.json.Encoder(decimal_format="string"),
    "number": msgspec.json.Encoder(decimal_format="number"),
}


@dataclass(frozen=True, slots=True)
class SandboxRequest:
    """One HTTP request to a vendor's sandbox, already read in full.

    Attributes:
        method: the HTTP method, upper case. ``HEAD`` arrives as ``GET`` (the framework drops
            the body of the answer).
        path: the path *below* the vendor prefix, percent-decoded: a request for
            ``/fynn/invoices/abc`` arrives as ``/invoices/abc``; the prefix itself as ``/``.
        query: the query string's ``(name, value)`` pairs, in order, decoded, blanks kept.
        headers: the request headers, names in lower case (a repeated header's values joined
            with ``", "``).
        body: the request body (at most 1 MiB; larger bodies are refused with 413).
        base_url: the absolute URL of the vendor prefix, such as ``http://127.0.0.1:8765/fynn``,
            for building self and next links.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    base_url: str = "http://127.0.0.1"

    def param(self, name: str, default: str | None = None) -> str | None:
        """The first value of query parameter ``name``, or ``default``."""
        for key, value in self.query:
            if key == name:
                return value
        return default

    def params(self, name: str) -> list[str]:
        """Every value of query parameter ``name``, in order."""
        return [value for key, value in self.query if key == name]

    def header(self, name: str, default: str | None = None) -> str | None:
        """The value of header ``name`` (any case), or ``default``."""
        return self.headers.get(name.lower(), default)

    def json(self) -> Any:
        """The body decoded as JSON (raises `SandboxError` 400 when it is not JSON)."""
        try:
            return msgspec.json.decode(self.body)
        except msgspec.DecodeError as exc:
            raise SandboxError(400, f"request body is not valid JSON: {exc}") from exc

    def url(self, path: str, query: Sequence[tuple[str, str]] | Mapping[str, str] = ()) -> str:
        """An absolute URL below the vendor prefix: ``url("/invoices", {"page": "2"})``."""
        pairs = list(query.items()) if isinstance(query, Mapping) else list(query)
        suffix = f"?{urllib.parse.urlencode(pairs)}" if pairs else ""
        return f"{self.base_url}{path}{suffix}"


@dataclass(frozen=True, slots=True)
class SandboxResponse:
    """What a vendor sandbox answers.

    The framework adds ``content-length``; everything else (``content-type`` included) is the
    sandbox's to set. Build JSON and PDF answers with `json` and `pdf`.

    Attributes:
        status: the HTTP status code.
        body: the response body.
        headers: response headers (any case).
    """

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(
        cls,
        status: int,
        obj: object,
        *,
        content_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
        decimals: Literal["string", "number"] = "string",
    ) -> SandboxResponse:
        """A JSON answer, encoded with msgspec (structs, dataclasses, dates, Decimals).

        Pass ``content_type`` for vendors with their own media type, such as
        ``application/vnd.api+json``. Decimals go out as strings (``"10.50"``), or with
        ``decimals="number"`` as exact JSON numbers (``10.50``, scale kept) for vendors that
        send numbers.
        """
        return cls(
            status,
            _encoders[decimals].encode(obj),
            {"content-type": content_type, **(headers or {})},
        )

    @classmethod
    def pdf(cls, data: bytes, *, filename: str | None = None) -> SandboxResponse:
        """A 200 answer carrying a PDF document (see `minimal_pdf`)."""
        headers = {"content-type": "application/pdf"}
        if filename:
            headers["content-disposition"] = f'attachment; filename="{filename}"'
        return cls(200, data, headers)


class SandboxError(Exception):
    """Raise from `VendorSandbox.handle` to answer with the vendor's own error body.

    The framework renders it with the sandbox's `VendorSandbox.error`, so a handler can stop
    anywhere (``raise SandboxError(404, "invoice not found")``) and the client still receives
    exactly what the real vendor would send.

    Attributes:
        status: the HTTP status code.
        message: the error message for the vendor's error body.
        headers: extra response headers, such as ``www-authenticate``.
    """

    def __init__(
        self, status: int, message: str, *, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


@runtime_checkable
class VendorSandbox(Protocol):
    """A fake of one vendor's HTTP API, built by that vendor's `SandboxFactory`.

    It serves the vendor's real paths (below the prefix), checks credentials the way the vendor
    does, uses the vendor's paging envelope, error bodies and PDF download, and generates its
    data deterministically from ``(seed, index)`` on demand (see the helpers in
    `invoicekit.sandbox`), so ``size=100_000`` costs nothing until requested.

    ``handle`` is called on the server's event loop: it must not block (no I/O, no sleeping)
    and may be called from several threads over the sandbox's life, so keep it free of
    unguarded shared mutable state.

    ``vendor`` and ``credentials`` are read-only here, so a plain class attribute
    (``vendor = "fynn"``) or an instance attribute holding a `dict` satisfies them.
    """

    @property
    def vendor(self) -> str:
        """The registry name of the vendor it fakes, such as ``"fynn"``."""
        ...

    @property
    def credentials(self) -> Mapping[str, str]:
        """Exactly the keywords `invoicekit.connect` needs for this sandbox.

        Such as ``{"api_key": "sandbox-fynn-key"}``. Public demo values: the CLI and the
        sandbox's index page print them.
        """
        ...

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Answer one request; raise `SandboxError` for a vendor error response."""
        ...

    def error(self, status: int, message: str) -> SandboxResponse:
        """The vendor's own error response for ``status`` (used for injected faults too)."""
        ...

    def invoice_ids(self) -> Sequence[str]:
        """Every invoice id the sandbox serves, in its list order.

        A lazy sequence whose ``len()`` and indexing are O(1), such as `UuidIds` or
        `NumericIds`; nothing is generated up front.
        """
        ...


class SandboxFactory(Protocol):
    """What `invoicekit.plugin.Vendor.sandbox` returns: builds the vendor's sandbox.

    A `VendorSandbox` class whose constructor takes ``(*, size, seed)`` is a factory. Building
    must be cheap at any ``size``: generate invoices when they are requested.
    """

    def __call__(self, *, size: int, seed: int) -> VendorSandbox:
        """Build the sandbox with ``size`` invoices, its data derived from ``seed``."""
        ...
