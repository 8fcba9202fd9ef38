"""Every exception invoicekit raises, in one tree.

```
InvoiceKitError
├── ConfigurationError (also ValueError)    bad credentials or options, found before any request
├── UnknownVendor (also KeyError)           no installed plugin registered that vendor name
├── PluginError                             a plugin failed to load or register, or a mapping bug
├── NormalizationError (also ValueError)    a vendor payload is not a valid invoice of that vendor
├── Unsupported                             the vendor cannot do the requested operation
├── TransportError                          the request never got an HTTP response
├── WebhookSignatureError                   a webhook's signature is missing, wrong or expired
└── VendorError                             the vendor answered with an HTTP error
    ├── AuthenticationError                   401 or 403: credentials rejected or not allowed
    ├── NotFound                              404: no such invoice (or not visible to you)
    │   └── InvoiceNumberNotFound               no invoice, or several, with exactly that number
    └── RateLimited                           429, still after retrying
```

Catch `InvoiceKitError` to handle everything the library raises on purpose. A wrong argument *type*
is a programming error and raises a plain `TypeError` instead.

Every error carries the vendor it concerns in ``vendor`` (``None`` when no vendor is involved).
Messages, ``repr()`` and attributes never hold a credential or a query string: request paths are
stripped down to their path component, because vendors put API keys and signed hashes there.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "AuthenticationError",
    "ConfigurationError",
    "InvoiceKitError",
    "InvoiceNumberNotFound",
    "NormalizationError",
    "NotFound",
    "PluginError",
    "RateLimited",
    "TransportError",
    "UnknownVendor",
    "Unsupported",
    "VendorError",
    "WebhookSignatureError",
]


def _restore(
    cls: type[InvoiceKitError], args: tuple[Any, ...], state: dict[str, Any]
) -> InvoiceKitError:
    """Rebuild a pickled error without calling its keyword-only ``__init__``."""
    error = cls.__new__(cls, *args)
    error.__dict__.update(state)
    return error


class InvoiceKitError(Exception):
    """Base class of every error invoicekit raises on purpose.

    Attributes:
        vendor: name of the vendor the error concerns, or ``None``.
    """

    vendor: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The default reduce calls ``cls(*self.args)``, which breaks for errors whose __init__
        # takes keyword-only attributes; errors must survive pickling (multiprocessing, workers).
        return (_restore, (type(self), self.args, self.__dict__))


class ConfigurationError(InvoiceKitError, ValueError):
    """Raised when credentials or options cannot work, before any request is sent.

    For example, a credential mapping that matches none of the vendor's accepted credential sets.
    The message names the expected credential *names*; it never echoes a value.
    """

    def __init__(self, message: str, *, vendor: str | None = None) -> None:
        self.vendor = vendor
        super().__init__(f"{vendor}: {message}" if vendor else message)


class UnknownVendor(InvoiceKitError, KeyError):
    """Raised by `invoicekit.get_vendor` when no loaded plugin registered that vendor name.

    It is also a `KeyError`, since the registry is a mapping from names to vendors.

    Attributes:
        name: the name that was asked for.
        known: the registered vendor names, sorted.
    """

    def __init__(self, name: str, known: Iterable[str] = (), *, hint: str | None = None) -> None:
        self.name = name
        self.known = tuple(sorted(known))
        listing = ", ".join(self.known) if self.known else "none"
        message = f"unknown vendor {name!r}; known vendors: {listing}"
        if hint:
            message = f"{message} ({hint})"
        super().__init__(message)

    def __str__(self) -> str:
        # KeyError.__str__ returns repr(key), which quotes the whole sentence.
        return str(self.args[0])


class PluginError(InvoiceKitError):
    """Raised when a plugin cannot be loaded or registers a vendor wrongly.

    Causes: its module fails to import, it implements a hook that does not exist, it registers
    something that is not a `invoicekit.plugin.Vendor`, or a vendor name that another plugin
    took first.
    The registry catches it, blocks that plugin and reports it in `invoicekit.plugins()`, so the
    other plugins keep working; it propagates only where a plugin's ``register`` call is made
    outside the registry (in a plugin's own tests, for example).

    It is also raised, instead of `NormalizationError`, when a vendor's mapping code fails in a
    way no payload can cause (an attribute a generated model does not have, an undefined name):
    then ``vendor`` is set, ``plugin`` is the module that raised, and the message names its line.

    Attributes:
        plugin: name of the plugin at fault, when known.
    """

    def __init__(self, message: str, *, plugin: str | None = None) -> None:
        self.plugin = plugin
        super().__init__(message)


class NormalizationError(InvoiceKitError, ValueError):
    """Raised when a vendor payload cannot be turned into an `invoicekit.Invoice`.

    The payload is malformed JSON, does not have the shape of that vendor's invoice, or holds a
    value the plugin cannot map. The lower-level exception is chained as ``__cause__``.

    Attributes:
        vendor: the vendor whose payload failed.
        path: JSON path of the offending value, such as ``$.data.Invoice.id`` (``$`` when the
            failure is not tied to one value).
        cause: what is wrong there, in words.
    """

    def __init__(self, vendor: str, path: str, cause: str) -> None:
        self.vendor = vendor
        self.path = path
        self.cause = cause
        super().__init__(f"{vendor}: invalid invoice payload at {path}: {cause}")


class Unsupported(InvoiceKitError):
    """Raised when a vendor cannot do the requested operation at all.

    For example, a filter the vendor's API has no parameter for, or a PDF from a vendor that
    offers none. The message says why, so callers can decide on a fallback.

    Attributes:
        operation: what was asked for, in words.
        reason: why the vendor cannot do it, when known.
    """

    def __init__(self, vendor: str, operation: str, reason: str | None = None) -> None:
        self.vendor = vendor
        self.operation = operation
        self.reason = reason
        message = f"{vendor} does not support {operation}"
        super().__init__(f"{message}: {reason}" if reason else message)


def _safe_path(path: str) -> str:
    """Reduce a path or URL to its path component: no credentials, query or fragment."""
    import urllib.parse  # noqa: PLC0415 - only errors with a path need it (cold start)

    return urllib.parse.urlsplit(path).path or "/"


class TransportError(InvoiceKitError):
    """Raised when a request to a vendor gets no HTTP response: DNS, connect, TLS or timeout.

    The `httpx` exception is chained as ``__cause__``.

    Attributes:
        method: HTTP method of the request.
        path: path of the request, without query string.
    """

    def __init__(self, vendor: str, *, method: str, path: str, reason: str) -> None:
        self.vendor = vendor
        self.method = method
        self.path = _safe_path(path)
        super().__init__(f"{vendor}: {method} {self.path} failed: {reason}")


class VendorError(InvoiceKitError):
    """Raised when a vendor answers a request with an HTTP error status.

    The subclasses name the statuses a caller usually handles differently.

    Attributes:
        method: HTTP method of the request.
        path: path of the request, without query string.
        status_code: the HTTP status code.
        code: the vendor's own error code, when it sends one.
        vendor_message: the vendor's error message, when it sends one.
    """

    def __init__(
        self,
        vendor: str,
        *,
        method: str,
        path: str,
        status_code: int,
        code: str | None = None,
        vendor_message: str | None = None,
    ) -> None:
        self.vendor = vendor
        self.method = method
        self.path = _safe_path(path)
        self.status_code = status_code
        self.code = code
        self.vendor_message = vendor_message
        message = f"{vendor}: {method} {self.path} returned HTTP {status_code}"
        if code is not None:
            message = f"{message} (code {code})"
        if vendor_message:
            message = f"{message}: {vendor_message}"
        super().__init__(message)

    @classmethod
    def for_status(
        cls,
        vendor: str,
        *,
        method: str,
        path: str,
        status_code: int,
        code: str | None = None,
        vendor_message: str | None = None,
        retry_after: float | None = None,
    ) -> VendorError:
        """The error for an HTTP error status: `AuthenticationError` for 401 and 403,
        `NotFound` for 404, `RateLimited` (with ``retry_after``) for 429, else `VendorError`."""
        common: dict[str, Any] = {
            "method": method,
            "path": path,
            "status_code": status_code,
            "code": code,
            "vendor_message": vendor_message,
        }
        if status_code in {401, 403}:
            return AuthenticationError(vendor, **common)
        if status_code == 404:
            return NotFound(vendor, **common)
        if status_code == 429:
            return RateLimited(vendor, retry_after=retry_after, **common)
        return VendorError(vendor, **common)


class AuthenticationError(VendorError):
    """Raised on HTTP 401 or 403: the vendor rejected the credentials or their permissions."""


class NotFound(VendorError):
    """Raised on HTTP 404: no such invoice, or one your credentials may not see."""


class InvoiceNumberNotFound(NotFound):
    """Raised by ``get_invoice_by_number`` when no invoice has exactly that number, or several do.

    The vendor's listing, filtered by the number, answered (HTTP 200) without a single exact
    match; ``status_code`` is 404 so that code handling `NotFound` handles this too.

    Attributes:
        number: the invoice number asked for.
        ids: the ids of the invoices that have that number, when several do (get one by id).
    """

    def __init__(self, vendor: str, number: str, *, path: str, ids: Iterable[str] = ()) -> None:
        super().__init__(vendor, method="GET", path=path, status_code=404)
        self.number = number
        self.ids = tuple(ids)
        if self.ids:
            listing = ", ".join(self.ids[:10]) + (", ..." if len(self.ids) > 10 else "")
            message = (
                f"{vendor}: {len(self.ids)} invoices are numbered {number[:80]!r} (ids {listing}); "
                "get one by its id"
            )
        else:
            message = f"{vendor}: no invoice is numbered {number[:80]!r}"
        Exception.__init__(self, message)


class RateLimited(VendorError):
    """Raised on HTTP 429 when the vendor still refuses after the client's retries.

    Attributes:
        retry_after: seconds the vendor asked to wait (its ``Retry-After``), when it said.
    """

    def __init__(
        self,
        vendor: str,
        *,
        method: str,
        path: str,
        status_code: int = 429,
        code: str | None = None,
        vendor_message: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(
            vendor,
            method=method,
            path=path,
            status_code=status_code,
            code=code,
            vendor_message=vendor_message,
        )


class WebhookSignatureError(InvoiceKitError):
    """Raised by `invoicekit.webhooks.verify` when a webhook's signature does not prove it genuine.

    The signature header is missing or malformed, no configured secret produces it, or the
    signed timestamp is outside the tolerance (a replay). The message says which, and never
    shows a secret, the signature received or the signature expected.

    Attributes:
        reason: what is wrong, in words.
    """

    def __init__(self, vendor: str, reason: str) -> None:
        self.vendor = vendor
        self.reason = reason
        super().__init__(f"{vendor}: webhook rejected: {reason}")
