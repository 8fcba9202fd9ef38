"""Read invoices from any billing system as one exact, typed `Invoice`.

::

    import invoicekit

    invoicekit.vendors()  # ['daftra', 'fynn', 'yeti']
    invoice = invoicekit.normalize("daftra", response_body)
    invoice.totals.gross  # Decimal('115.00')
    invoice.status  # InvoiceStatus.PARTIALLY_PAID

Everything a user calls is imported here; what a vendor plugin needs is `invoicekit.plugin`.
Modules whose names start with ``_`` are private.
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING

from invoicekit._json import from_json, to_json
from invoicekit._lazy import lazy_attributes as _lazy_attributes
from invoicekit._normalize import normalize
from invoicekit._plugins import PluginInfo, get_vendor, plugins, vendors
from invoicekit._version import __version__
from invoicekit.errors import (
    AuthenticationError,
    ConfigurationError,
    InvoiceKitError,
    InvoiceNumberNotFound,
    NormalizationError,
    NotFound,
    PluginError,
    RateLimited,
    TransportError,
    UnknownVendor,
    Unsupported,
    VendorError,
    WebhookSignatureError,
)
from invoicekit.model import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    Payment,
    PaymentInstructions,
    PaymentStatus,
    TaxSubtotal,
    Totals,
)

if _TYPE_CHECKING:
    from invoicekit._client_options import ClientOptions
    from invoicekit._http import Limits
    from invoicekit._retry import RetryPolicy
    from invoicekit.client import AsyncInvoiceClient, InvoiceClient, connect, connect_async

# The HTTP side imports httpx (and, through httpx's own CLI, click and rich): about 100 ms.
# It loads on first use, so `import invoicekit` stays light for code that only normalizes,
# and for pytest, which imports invoicekit's plugin (invoicekit.testing) in every run.
_LAZY = {
    "AsyncInvoiceClient": "invoicekit.client",
    "ClientOptions": "invoicekit._client_options",
    "InvoiceClient": "invoicekit.client",
    "Limits": "invoicekit._http",
    "RetryPolicy": "invoicekit._retry",
    "connect": "invoicekit.client",
    "connect_async": "invoicekit.client",
}


# What a plugin author needs lives in invoicekit.plugin; the old spellings warn until removed.
_MOVED = dict.fromkeys(
    (
        "Call",
        "Capabilities",
        "CredentialSet",
        "ErrorDetail",
        "HeaderAuth",
        "ListQuery",
        "Page",
        "TokenAuth",
        "TokenEndpoint",
        "Vendor",
        "hookimpl",
    ),
    "invoicekit.plugin",
)

__getattr__, __dir__ = _lazy_attributes(globals(), _LAZY, _MOVED)


__all__ = [
    "Address",
    "AsyncInvoiceClient",
    "AuthenticationError",
    "ClientOptions",
    "ConfigurationError",
    "Invoice",
    "InvoiceClient",
    "InvoiceKind",
    "InvoiceKitError",
    "InvoiceNumberNotFound",
    "InvoiceReference",
    "InvoiceStatus",
    "Limits",
    "Line",
    "NormalizationError",
    "NotFound",
    "Party",
    "Payment",
    "PaymentInstructions",
    "PaymentStatus",
    "PluginError",
    "PluginInfo",
    "RateLimited",
    "RetryPolicy",
    "TaxSubtotal",
    "Totals",
    "TransportError",
    "UnknownVendor",
    "Unsupported",
    "VendorError",
    "WebhookSignatureError",
    "__version__",
    "connect",
    "connect_async",
    "from_json",
    "get_vendor",
    "normalize",
    "plugins",
    "to_json",
    "vendors",
]
