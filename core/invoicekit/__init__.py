"""Read invoices from any billing system as one exact, typed `Invoice`.

::

    import invoicekit

    invoicekit.vendors()  # ['daftra', 'fynn', 'yeti']
    invoice = invoicekit.normalize("daftra", response_body)
    invoice.totals.gross  # Decimal('115.00')
    invoice.status  # InvoiceStatus.PARTIALLY_PAID

Everything public is imported here; modules whose names start with ``_`` are private.
"""

from invoicekit._http import Limits
from invoicekit._json import from_json, to_json
from invoicekit._normalize import normalize
from invoicekit._plugins import PluginInfo, get_vendor, plugins, vendors
from invoicekit._retry import RetryPolicy
from invoicekit._version import __version__
from invoicekit.client import AsyncInvoiceClient, InvoiceClient, connect, connect_async
from invoicekit.errors import (
    AuthenticationError,
    ConfigurationError,
    InvoiceKitError,
    NormalizationError,
    NotFound,
    PluginError,
    RateLimited,
    TransportError,
    UnknownVendor,
    Unsupported,
    VendorError,
)
from invoicekit.flows import Call, ErrorDetail, HeaderAuth, ListQuery, Page
from invoicekit.hookspecs import hookimpl
from invoicekit.model import (
    Address,
    Invoice,
    InvoiceKind,
    InvoiceReference,
    InvoiceStatus,
    Line,
    Party,
    Payment,
    PaymentStatus,
    TaxSubtotal,
    Totals,
)
from invoicekit.vendor import Capabilities, CredentialSet, Vendor

__all__ = [
    "Address",
    "AsyncInvoiceClient",
    "AuthenticationError",
    "Call",
    "Capabilities",
    "ConfigurationError",
    "CredentialSet",
    "ErrorDetail",
    "HeaderAuth",
    "Invoice",
    "InvoiceClient",
    "InvoiceKind",
    "InvoiceKitError",
    "InvoiceReference",
    "InvoiceStatus",
    "Limits",
    "Line",
    "ListQuery",
    "NormalizationError",
    "NotFound",
    "Page",
    "Party",
    "Payment",
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
    "Vendor",
    "VendorError",
    "__version__",
    "connect",
    "connect_async",
    "from_json",
    "get_vendor",
    "hookimpl",
    "normalize",
    "plugins",
    "to_json",
    "vendors",
]
