"""`ClientOptions`: how a client reaches its vendor, validated once, frozen.

`invoicekit.connect()` and `connect_async()` gather their keywords into one of these; the clients
read nothing else. Build one yourself to share settings between many clients
(``InvoiceClient(vendor, base_url=..., options=shared, credentials=...)``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import httpx

from ._http import Limits
from ._retry import RetryPolicy
from ._transports import AsyncClientTransport, ClientTransport, client_args, transport_args
from .errors import ConfigurationError

__all__ = ["DEFAULT_TIMEOUT", "ClientOptions", "resolve"]

#: Seconds per request (connect, read, write and pool wait each) when none is given.
DEFAULT_TIMEOUT = 30.0


def _timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return httpx.Timeout(float(value))
    raise ConfigurationError(f"timeout must be seconds > 0 or an httpx.Timeout, got {value!r}")


def _policy(retries: object) -> RetryPolicy:
    if isinstance(retries, RetryPolicy):
        return retries
    if retries is None:
        return RetryPolicy()
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise TypeError("retries must be a RetryPolicy or a count of retries (int >= 0)")
    return RetryPolicy(attempts=retries + 1)


class ClientOptions:
    """Everything `invoicekit.connect` takes besides the vendor, ``base_url`` and credentials.

    Each value is checked when the object is made, so a mistake fails before any client
    exists; the object is immutable (`replace` makes a changed copy) and safe to share.

    Attributes:
        timeout: per-request timeouts (a number of seconds becomes ``httpx.Timeout(seconds)``).
        retries: the `RetryPolicy` (an int is a number of retries with the default backoff).
        limits: the body size and redirect caps (`Limits`).
        allow_insecure: allow plain http to a non-loopback host.
        transport: an httpx transport to send through (`httpx.MockTransport`, the sandbox's
            in-process transport), sync or async to match the client.
        http_client: a caller's own `httpx.Client` or `httpx.AsyncClient`.
        httpx_args: settings for the httpx client invoicekit builds (``verify``, ``proxy``,
            ``headers``...), read-only.

    Raises:
        ConfigurationError: a bad timeout, ``http_client`` together with ``transport`` or
            ``httpx_args``, an ``httpx_args`` key invoicekit sets itself, or a value of the
            wrong type.
        TypeError: ``retries`` is neither a `RetryPolicy` nor a count.
    """

    __slots__ = (
        "allow_insecure",
        "http_client",
        "httpx_args",
        "limits",
        "retries",
        "timeout",
        "transport",
    )

    timeout: httpx.Timeout
    retries: RetryPolicy
    limits: Limits
    allow_insecure: bool
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    http_client: httpx.Client | httpx.AsyncClient | None
    httpx_args: Mapping[str, Any]

    def __init__(
        self,
        *,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retries: RetryPolicy | int | None = None,
        limits: Limits | None = None,
        allow_insecure: bool = False,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        if limits is not None and not isinstance(limits, Limits):
            raise ConfigurationError(f"limits must be an invoicekit.Limits, got {limits!r}")
        if not isinstance(allow_insecure, bool):
            raise ConfigurationError("allow_insecure must be True or False")
        if transport is not None and not isinstance(
            transport, httpx.BaseTransport | httpx.AsyncBaseTransport
        ):
            raise ConfigurationError(f"transport must be an httpx transport, got {transport!r}")
        if http_client is not None and not isinstance(
            http_client, httpx.Client | httpx.AsyncClient
        ):
            raise ConfigurationError("http_client must be an httpx.Client or httpx.AsyncClient")
        if http_client is not None and (transport is not None or httpx_args):
            raise ConfigurationError("pass http_client, or transport/httpx_args, not both")
        if httpx_args is not None and not isinstance(httpx_args, Mapping):
            raise ConfigurationError("httpx_args must be a mapping of httpx.Client arguments")
        client_args(httpx_args)  # refuses the keys invoicekit sets itself
        values = {
            "timeout": _timeout(timeout),
            "retries": _policy(retries),
            "limits": limits or Limits(),
            "allow_insecure": allow_insecure,
            "transport": transport,
            "http_client": http_client,
            "httpx_args": MappingProxyType(dict(httpx_args or {})),
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"ClientOptions is immutable; use replace({name}=...)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("ClientOptions is immutable")

    def _values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClientOptions):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.timeout.read, self.retries, self.limits, self.allow_insecure))

    def __repr__(self) -> str:
        # httpx_args may carry headers with credentials: only their names are shown.
        shown = {
            **self._values(),
            "httpx_args": sorted(self.httpx_args),
        }
        inner = ", ".join(f"{name}={value!r}" for name, value in sorted(shown.items()))
        return f"ClientOptions({inner})"

    def replace(self, **changes: Any) -> ClientOptions:
        """A copy with ``changes`` applied (the same keywords as the constructor), re-validated."""
        return ClientOptions(**{**self._values(), **changes})

    def sync_transport(self) -> httpx.BaseTransport:
        """The blocking transport the client's retries wrap (for `invoicekit.connect`)."""
        if isinstance(self.http_client, httpx.Client):
            return ClientTransport(self.http_client)
        if self.http_client is not None:
            raise ConfigurationError("connect() needs an httpx.Client; use connect_async()")
        if self.transport is None:
            return httpx.HTTPTransport(**transport_args(self.httpx_args))
        if not isinstance(self.transport, httpx.BaseTransport):
            raise ConfigurationError("connect() needs a sync httpx transport; use connect_async()")
        return self.transport

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The asyncio transport the client's retries wrap (for `invoicekit.connect_async`)."""
        if isinstance(self.http_client, httpx.AsyncClient):
            return AsyncClientTransport(self.http_client)
        if self.http_client is not None:
            raise ConfigurationError("connect_async() needs an httpx.AsyncClient")
        if self.transport is None:
            return httpx.AsyncHTTPTransport(**transport_args(self.httpx_args))
        if not isinstance(self.transport, httpx.AsyncBaseTransport):
            raise ConfigurationError("connect_async() needs an async httpx transport")
        return self.transport

    def client_args(self) -> dict[str, Any]:
        """The arguments of the httpx client invoicekit builds, beside the transport."""
        return {"timeout": self.timeout, "follow_redirects": False, **client_args(self.httpx_args)}


def resolve(options: ClientOptions | None, **keywords: Any) -> ClientOptions:
    """``options``, or the `ClientOptions` of a client constructor's own keywords.

    Raises `ConfigurationError` when both are given: one of them would be silently ignored.
    """
    if options is None:
        return ClientOptions(**keywords)
    if not isinstance(options, ClientOptions):
        raise ConfigurationError(f"options must be an invoicekit.ClientOptions, got {options!r}")
    if ClientOptions(**keywords) != ClientOptions():
        raise ConfigurationError("pass options=, or the settings as keywords, not both")
    return options
