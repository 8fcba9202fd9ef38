"""Everything a vendor plugin needs, in one import.

::

    from invoicekit.plugin import Envelope, Invoice, PageNumber, Vendor, hookimpl, present


    class AcmeVendor(Vendor):
        name = "acme"
        title = "Acme Billing"
        envelope = Envelope(invoice=("invoice",), items=("invoices",))
        paging = PageNumber(page="page", size="per_page")

        def map_invoice(self, raw, context): ...


    @hookimpl
    def register_vendors(register):
        register(AcmeVendor())

It holds:

* the plugin contract: `Vendor`, `CredentialSet`, `Capabilities`, `hookimpl`, and `deferred`
  (a method of the plugin's HTTP side, imported on first use);
* the flow types (`Call`, `Page`, `ListQuery`, `ErrorDetail`, `Flow`, `ListFlow`) and the
  authentication helpers (`HeaderAuth`, `TokenAuth`, `TokenEndpoint`, `oauth2_error`,
  `token_expiry`);
* the declared envelopes and paging (`Envelope`, `read_invoice`, `decode`, `PageNumber`,
  `Offset`, `Cursor`, `NextLink`, `RawPage`...) and the one error translation (`rooted`,
  `normalized`, `normalization_error`);
* the value toolkit (`invoicekit._values`): `given`/`present`/`text` for optional fields,
  `fail`, the amount bounds (`checked_amount`), exact arithmetic (`exact_sum`,
  `exact_difference`, `exact_product`, `minor_to_major`), UTC instants and calendar days
  (`utc_instant`, `unix_instant`, `local_day`, `day`, `instant_text`, `iana_zone`), code checks
  (`check_currency`, `check_country`, `is_uuid`) and `is_json_native`, the test that
  `Invoice.extra` applies too;
* the webhook declarations (`WebhookSupport`, `BodyHmac`, `TimestampedHmac`, `EventKind`,
  `WebhookEvent`, `embedded`);
* and, for convenience, the `Invoice` model and the errors a plugin raises, which users import
  from `invoicekit`.

Mapping code imports from here without loading httpx: the names that need it (the flow aliases
and the authentication helpers) load on first use, so a plugin whose mapping modules import only
from here keeps `invoicekit.normalize` free of the HTTP stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from invoicekit._deferred import deferred
from invoicekit._envelope import (
    Envelope,
    decode,
    decoded,
    json_path,
    locate,
    locate_items,
    raw_items,
    read_invoice,
    rooted,
)
from invoicekit._hookimpl import hookimpl
from invoicekit._lazy import lazy_attributes as _lazy_attributes
from invoicekit._pagingtypes import Cursor, NextLink, Offset, PageNumber, Paging
from invoicekit._translate import normalization_error, normalized
from invoicekit._values import (
    EXACT,
    EXTRA_DECIMALS,
    MAX_DECIMALS,
    MAX_INTEGER_DIGITS,
    UNIT_PRICE_DECIMALS,
    check_country,
    check_currency,
    checked_amount,
    day,
    decimal_ok,
    decimal_problem,
    exact_difference,
    exact_product,
    exact_sum,
    fail,
    finite,
    given,
    iana_zone,
    in_utc,
    instant_text,
    is_json_native,
    is_uuid,
    local_day,
    minor_to_major,
    minor_unit,
    present,
    text,
    unix_instant,
    utc_instant,
)
from invoicekit.errors import (
    ConfigurationError,
    NormalizationError,
    NotFound,
    PluginError,
    Unsupported,
    VendorError,
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
from invoicekit.vendor import COMMON_FILTERS, Capabilities, CredentialSet, Vendor

if TYPE_CHECKING:
    from invoicekit._flowtypes import Call, ErrorDetail, ListQuery, Page
    from invoicekit._mask import mask_text
    from invoicekit._paging import PageReader, RawPage, collect_items, list_flow, mapped
    from invoicekit.auth import TokenAuth, TokenEndpoint, oauth2_error, token_expiry
    from invoicekit.flows import Flow, HeaderAuth, ListFlow
    from invoicekit.webhooks import (
        BodyHmac,
        EventKind,
        TimestampedHmac,
        WebhookEvent,
        WebhookSupport,
        embedded,
    )

# Loaded on first use: the flow aliases and the authentication helpers import httpx, which a
# plugin's mapping (and so `invoicekit.normalize`) must not pay for; the flow types and the
# paging loop are frozen dataclasses, costly to define, that only listing and fetching use; the
# webhook and masking helpers are only needed by the modules that verify webhooks or read error
# bodies.
_LAZY = {
    "Call": "invoicekit._flowtypes",
    "ErrorDetail": "invoicekit._flowtypes",
    "ListQuery": "invoicekit._flowtypes",
    "Page": "invoicekit._flowtypes",
    "PageReader": "invoicekit._paging",
    "RawPage": "invoicekit._paging",
    "collect_items": "invoicekit._paging",
    "list_flow": "invoicekit._paging",
    "mapped": "invoicekit._paging",
    "Flow": "invoicekit.flows",
    "HeaderAuth": "invoicekit.flows",
    "ListFlow": "invoicekit.flows",
    "TokenAuth": "invoicekit.auth",
    "TokenEndpoint": "invoicekit.auth",
    "oauth2_error": "invoicekit.auth",
    "token_expiry": "invoicekit.auth",
    "mask_text": "invoicekit._mask",
    "BodyHmac": "invoicekit.webhooks",
    "EventKind": "invoicekit.webhooks",
    "TimestampedHmac": "invoicekit.webhooks",
    "WebhookEvent": "invoicekit.webhooks",
    "WebhookSupport": "invoicekit.webhooks",
    "embedded": "invoicekit.webhooks",
}


__getattr__, __dir__ = _lazy_attributes(globals(), _LAZY)


__all__ = [
    "COMMON_FILTERS",
    "EXACT",
    "EXTRA_DECIMALS",
    "MAX_DECIMALS",
    "MAX_INTEGER_DIGITS",
    "UNIT_PRICE_DECIMALS",
    "Address",
    "BodyHmac",
    "Call",
    "Capabilities",
    "ConfigurationError",
    "CredentialSet",
    "Cursor",
    "Envelope",
    "ErrorDetail",
    "EventKind",
    "Flow",
    "HeaderAuth",
    "Invoice",
    "InvoiceKind",
    "InvoiceReference",
    "InvoiceStatus",
    "Line",
    "ListFlow",
    "ListQuery",
    "NextLink",
    "NormalizationError",
    "NotFound",
    "Offset",
    "Page",
    "PageNumber",
    "PageReader",
    "Paging",
    "Party",
    "Payment",
    "PaymentInstructions",
    "PaymentStatus",
    "PluginError",
    "RawPage",
    "TaxSubtotal",
    "TimestampedHmac",
    "TokenAuth",
    "TokenEndpoint",
    "Totals",
    "Unsupported",
    "Vendor",
    "VendorError",
    "WebhookEvent",
    "WebhookSupport",
    "check_country",
    "check_currency",
    "checked_amount",
    "collect_items",
    "day",
    "decimal_ok",
    "decimal_problem",
    "decode",
    "decoded",
    "deferred",
    "embedded",
    "exact_difference",
    "exact_product",
    "exact_sum",
    "fail",
    "finite",
    "given",
    "hookimpl",
    "iana_zone",
    "in_utc",
    "instant_text",
    "is_json_native",
    "is_uuid",
    "json_path",
    "list_flow",
    "local_day",
    "locate",
    "locate_items",
    "mapped",
    "mask_text",
    "minor_to_major",
    "minor_unit",
    "normalization_error",
    "normalized",
    "oauth2_error",
    "present",
    "raw_items",
    "read_invoice",
    "rooted",
    "text",
    "token_expiry",
    "unix_instant",
    "utc_instant",
]
