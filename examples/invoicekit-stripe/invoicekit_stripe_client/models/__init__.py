"""Every model of this client, as msgspec Structs, in one module.

msgspec resolves all annotations when it builds a decoder, so the models live side by side
instead of one lazily-imported module per model. The per-model modules re-export from here.

Annotations are evaluated when a class is defined, and quoted only where they name a model
defined further down: msgspec then reads the types as they are, where it would compile and
evaluate every string first (the larger part of building a decoder, which a plugin does on
import).
"""

import datetime
from decimal import Decimal
from typing import Any

import msgspec
from invoicekit._generated_types import OpenIntEnum, OpenStrEnum


class AutomaticTaxStatus(OpenStrEnum):
    """Status of the most recent automatic tax (Stripe Tax) calculation.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    COMPLETE = "complete"
    FAILED = "failed"
    REQUIRES_LOCATION_INPUTS = "requires_location_inputs"


class BillingReason(OpenStrEnum):
    """Why the invoice was created. `manual`: not tied to a subscription (e.g. the invoice
    editor); `subscription`: legacy (before May 2018); `subscription_create`,
    `subscription_cycle`, `subscription_threshold`, `subscription_update`: subscription
    events; `quote_accept`: an accepted quote; `automatic_pending_invoice_item_invoice`:
    automatic invoicing of pending invoice items; `upcoming`: simulated (upcoming/preview)
    invoices only.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    AUTOMATIC_PENDING_INVOICE_ITEM_INVOICE = "automatic_pending_invoice_item_invoice"
    MANUAL = "manual"
    QUOTE_ACCEPT = "quote_accept"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTION_CREATE = "subscription_create"
    SUBSCRIPTION_CYCLE = "subscription_cycle"
    SUBSCRIPTION_THRESHOLD = "subscription_threshold"
    SUBSCRIPTION_UPDATE = "subscription_update"
    UPCOMING = "upcoming"


class CollectionMethod(OpenStrEnum):
    """`charge_automatically`: Stripe charges the customer's default payment method;
    `send_invoice`: Stripe emails the invoice with payment instructions (has a `due_date`).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    CHARGE_AUTOMATICALLY = "charge_automatically"
    SEND_INVOICE = "send_invoice"


class CouponDuration(OpenStrEnum):
    """How long a coupon's discount applies.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    FOREVER = "forever"
    ONCE = "once"
    REPEATING = "repeating"


class CustomerTaxExempt(OpenStrEnum):
    """The customer's tax exemption status, snapshotted at finalization.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    EXEMPT = "exempt"
    NONE = "none"
    REVERSE = "reverse"


class ErrorType(OpenStrEnum):
    """Type of an API error; documented values are `api_error`, `card_error`,
    `idempotency_error` and `invalid_request_error`; tell errors apart by HTTP status and
    `code`. The SDKs additionally know `authentication_error` and `rate_limit_error`
    (whether the API still sends them is unconfirmed); the enum is open, so any value
    decodes.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    API_ERROR = "api_error"
    CARD_ERROR = "card_error"
    IDEMPOTENCY_ERROR = "idempotency_error"
    INVALID_REQUEST_ERROR = "invalid_request_error"


class InvoiceLineItemObjectType(OpenStrEnum):
    """Value of `object` on an invoice line item.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    LINE_ITEM = "line_item"


class InvoiceLineItemParentType(OpenStrEnum):
    """What generated the line item (2025-03-31.basil and later).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    INVOICE_ITEM_DETAILS = "invoice_item_details"
    SUBSCRIPTION_ITEM_DETAILS = "subscription_item_details"


class InvoiceLineItemType(OpenStrEnum):
    """Source of a line item (API versions before 2025-03-31.basil; later see `parent.type`).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    INVOICEITEM = "invoiceitem"
    SUBSCRIPTION = "subscription"


class InvoiceObjectType(OpenStrEnum):
    """Value of `object` on an invoice.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    INVOICE = "invoice"


class InvoiceParentType(OpenStrEnum):
    """What generated the invoice (2025-03-31.basil and later).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    QUOTE_DETAILS = "quote_details"
    SUBSCRIPTION_DETAILS = "subscription_details"


class InvoiceStatus(OpenStrEnum):
    """Invoice status. `draft` until finalized; then `open` (awaiting payment), `paid`,
    `uncollectible` or `void`.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    DRAFT = "draft"
    OPEN = "open"
    PAID = "paid"
    UNCOLLECTIBLE = "uncollectible"
    VOID = "void"


class ListObjectType(OpenStrEnum):
    """Value of `object` on a list.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    LIST = "list"


class PretaxCreditAmountType(OpenStrEnum):
    """Kind of a pretax credit (2024-09-30.acacia and later).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    CREDIT_BALANCE_TRANSACTION = "credit_balance_transaction"
    DISCOUNT = "discount"


class TaxabilityReason(OpenStrEnum):
    """Why a tax amount applies (or not). Stripe says the list may grow as new tax rules are
    supported. `not_available` appears from 2025-03-31.basil on (`total_taxes`/`taxes`).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    CUSTOMER_EXEMPT = "customer_exempt"
    NOT_AVAILABLE = "not_available"
    NOT_COLLECTING = "not_collecting"
    NOT_SUBJECT_TO_TAX = "not_subject_to_tax"
    NOT_SUPPORTED = "not_supported"
    PORTION_PRODUCT_EXEMPT = "portion_product_exempt"
    PORTION_REDUCED_RATED = "portion_reduced_rated"
    PORTION_STANDARD_RATED = "portion_standard_rated"
    PRODUCT_EXEMPT = "product_exempt"
    PRODUCT_EXEMPT_HOLIDAY = "product_exempt_holiday"
    PROPORTIONALLY_RATED = "proportionally_rated"
    REDUCED_RATED = "reduced_rated"
    REVERSE_CHARGE = "reverse_charge"
    STANDARD_RATED = "standard_rated"
    TAXABLE_BASIS_REDUCED = "taxable_basis_reduced"
    ZERO_RATED = "zero_rated"


class TaxBehavior(OpenStrEnum):
    """Whether a tax is included in the amount (`inclusive`) or added on top (`exclusive`).
    `unspecified` occurs only on prices.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    EXCLUSIVE = "exclusive"
    INCLUSIVE = "inclusive"
    UNSPECIFIED = "unspecified"


class Address(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Postal address; every field may be null."""

    line1: None | str | msgspec.UnsetType = msgspec.UNSET
    line2: None | str | msgspec.UnsetType = msgspec.UNSET
    city: None | str | msgspec.UnsetType = msgspec.UNSET
    postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    state: None | str | msgspec.UnsetType = msgspec.UNSET
    country: None | str | msgspec.UnsetType = msgspec.UNSET


class ApiError(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The error object of an error response."""

    type_: ErrorType = msgspec.field(name="type")
    code: None | str | msgspec.UnsetType = msgspec.UNSET
    message: None | str | msgspec.UnsetType = msgspec.UNSET
    param: None | str | msgspec.UnsetType = msgspec.UNSET
    doc_url: None | str | msgspec.UnsetType = msgspec.UNSET
    request_log_url: None | str | msgspec.UnsetType = msgspec.UNSET
    decline_code: None | str | msgspec.UnsetType = msgspec.UNSET


AutomaticTaxLiabilityType0 = dict[str, Any]
"""Account liable for the tax: `{"type": "self"|"account", "account"?}` (not modelled)."""


class CustomerTaxId(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A tax id of the customer, snapshotted at finalization."""

    type_: str = msgspec.field(name="type")
    value: None | str | msgspec.UnsetType = msgspec.UNSET


class CustomField(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A custom field printed on the invoice."""

    name: str | None | msgspec.UnsetType = msgspec.UNSET
    value: str | None | msgspec.UnsetType = msgspec.UNSET


DiscountAmountDiscountType1 = dict[str, Any]
"""Discount id (`di_...`), or the expanded discount object."""


DiscountCustomerType1 = dict[str, Any]
"""Customer id or expanded customer."""


DiscountPromotionCodeType1 = dict[str, Any]
"""A free-form object."""


class ErrorResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of every error response."""

    error: ApiError


InvoiceAccountTaxIdsType0ItemType1 = dict[str, Any]
"""A free-form object."""


InvoiceCustomerType1 = dict[str, Any]
"""Customer id (`cus_...`), or the expanded customer (`expand[]=customer`)."""


InvoiceLineItemParentDetailsProrationDetailsType0 = dict[str, Any]
"""Credited items of a credit proration (not modelled)."""


class InvoiceLineItemPriceDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """InvoiceLineItemPriceDetails"""

    price: str | None | msgspec.UnsetType = msgspec.UNSET
    product: str | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceLineItemPricing(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Pricing of a line item (2025-03-31.basil and later; replaces `price`)."""

    type_: str | None | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    price_details: InvoiceLineItemPriceDetails | None | msgspec.UnsetType = msgspec.UNSET
    unit_amount_decimal: Decimal | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceParentQuoteDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """InvoiceParentQuoteDetails"""

    quote: str | None | msgspec.UnsetType = msgspec.UNSET


InvoiceParentSubscriptionDetailsSubscriptionType1 = dict[str, Any]
"""Subscription id (`sub_...`) or the expanded subscription."""


InvoiceSubscriptionType1 = dict[str, Any]
"""Subscription id (`sub_...`) or object (before 2025-03-31.basil; later `parent`)."""


Metadata = dict[str, Any]
"""Key-value pairs set by the account (string values, up to 500 characters each)."""


class Period(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Service period of a line item (Unix seconds, both inclusive)."""

    start: int
    end: int


PretaxCreditAmountCreditBalanceTransactionType1 = dict[str, Any]
"""Billing credit balance transaction id or object, when `type` is `credit_balance_transaction`."""


PretaxCreditAmountDiscountType1 = dict[str, Any]
"""Discount id or object, when `type` is `discount`."""


PriceProductType1 = dict[str, Any]
"""Product id (`prod_...`), or the expanded product object."""


class StatusTransitions(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Times (Unix seconds) of the invoice's status changes; null until they happen."""

    finalized_at: int | None | msgspec.UnsetType = msgspec.UNSET
    paid_at: int | None | msgspec.UnsetType = msgspec.UNSET
    voided_at: int | None | msgspec.UnsetType = msgspec.UNSET
    marked_uncollectible_at: int | None | msgspec.UnsetType = msgspec.UNSET


class SubscriptionDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Snapshot of subscription data at finalization (invoices created since 2023-06-29)."""

    metadata: Metadata | None | msgspec.UnsetType = msgspec.UNSET


TaxAmountTaxRateType1 = dict[str, Any]
"""Tax rate id (`txr_...`), or the expanded tax rate object (`expand[]=...tax_rate`)."""


class TaxRate(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A tax rate object (`txr_...`), as embedded in `default_tax_rates` and line `tax_rates`.
    Only what the invoice's amounts refer to is modelled (the rate and its name); Stripe also
    sends `active`, `country`, `created`, `description`, `effective_percentage`,
    `inclusive`, `jurisdiction`, `jurisdiction_level`, `livemode`, `metadata`, `state` and
    `tax_type`."""

    id: str
    object_: str | None | msgspec.UnsetType = msgspec.field(name="object", default=msgspec.UNSET)
    display_name: str | None | msgspec.UnsetType = msgspec.UNSET
    percentage: Decimal | None | msgspec.UnsetType = msgspec.UNSET


class TaxRateDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax rate reference of an `InvoiceTax`."""

    tax_rate: str | None | msgspec.UnsetType = msgspec.UNSET


class AutomaticTax(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Stripe Tax settings and result of the invoice."""

    enabled: bool | None | msgspec.UnsetType = msgspec.UNSET
    status: AutomaticTaxStatus | None | msgspec.UnsetType = msgspec.UNSET
    liability: AutomaticTaxLiabilityType0 | None | msgspec.UnsetType = msgspec.UNSET


class Coupon(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The coupon behind a discount."""

    id: str
    object_: str | None | msgspec.UnsetType = msgspec.field(name="object", default=msgspec.UNSET)
    amount_off: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    currency: None | str | msgspec.UnsetType = msgspec.UNSET
    duration: CouponDuration | None | msgspec.UnsetType = msgspec.UNSET
    duration_in_months: int | None | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    percent_off: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    valid: bool | None | msgspec.UnsetType = msgspec.UNSET
    metadata: Metadata | None | msgspec.UnsetType = msgspec.UNSET


class Discount(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An applied discount (`di_...`), as in the legacy `discount` field or expanded `discounts`."""

    id: str
    object_: str | None | msgspec.UnsetType = msgspec.field(name="object", default=msgspec.UNSET)
    coupon: Coupon | None | msgspec.UnsetType = msgspec.UNSET
    customer: DiscountCustomerType1 | None | str | msgspec.UnsetType = msgspec.UNSET
    start: int | None | msgspec.UnsetType = msgspec.UNSET
    end: int | None | msgspec.UnsetType = msgspec.UNSET
    invoice: None | str | msgspec.UnsetType = msgspec.UNSET
    invoice_item: None | str | msgspec.UnsetType = msgspec.UNSET
    promotion_code: DiscountPromotionCodeType1 | None | str | msgspec.UnsetType = msgspec.UNSET
    subscription: None | str | msgspec.UnsetType = msgspec.UNSET
    subscription_item: None | str | msgspec.UnsetType = msgspec.UNSET


class DiscountAmount(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Discount applied, per discount (`total_discount_amounts`, line `discount_amounts`)."""

    amount: int | Decimal
    discount: DiscountAmountDiscountType1 | str | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceLineItemParentDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Details of the invoice item or subscription item behind a line (both shapes share these
    fields; `subscription_item` only on subscription items)."""

    invoice_item: None | str | msgspec.UnsetType = msgspec.UNSET
    proration: bool | None | msgspec.UnsetType = msgspec.UNSET
    subscription: None | str | msgspec.UnsetType = msgspec.UNSET
    subscription_item: str | None | msgspec.UnsetType = msgspec.UNSET
    proration_details: (
        InvoiceLineItemParentDetailsProrationDetailsType0 | None | msgspec.UnsetType
    ) = msgspec.UNSET


class InvoiceParentSubscriptionDetails(msgspec.Struct, kw_only=True, omit_defaults=True):
    """InvoiceParentSubscriptionDetails"""

    subscription: (
        InvoiceParentSubscriptionDetailsSubscriptionType1 | str | None | msgspec.UnsetType
    ) = msgspec.UNSET
    metadata: Metadata | None | msgspec.UnsetType = msgspec.UNSET
    subscription_proration_date: int | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceTax(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax information of the invoice (`total_taxes`) or of a line (`taxes`), 2025-03-31.basil
    and later."""

    amount: int | Decimal
    tax_behavior: TaxBehavior | None | msgspec.UnsetType = msgspec.UNSET
    tax_rate_details: None | TaxRateDetails | msgspec.UnsetType = msgspec.UNSET
    taxability_reason: TaxabilityReason | None | msgspec.UnsetType = msgspec.UNSET
    taxable_amount: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    type_: str | None | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)


class PretaxCreditAmount(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A pretax credit (discount or credit grant) applied; 2024-09-30.acacia and later."""

    amount: int | Decimal
    type_: PretaxCreditAmountType | None | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    discount: None | PretaxCreditAmountDiscountType1 | str | msgspec.UnsetType = msgspec.UNSET
    credit_balance_transaction: (
        None | PretaxCreditAmountCreditBalanceTransactionType1 | str | msgspec.UnsetType
    ) = msgspec.UNSET


class Price(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The price of a line item (`price_...`); lines carry it expanded up to 2025-03-31.basil.
    Only what identifies the price and its product is modelled: the line itself states its
    quantity and unit amount, and decoding the rest of the price on every line would cost
    more than the line's other fields together. The full object stays in `Invoice.raw`."""

    id: str
    object_: str | None | msgspec.UnsetType = msgspec.field(name="object", default=msgspec.UNSET)
    product: PriceProductType1 | str | None | msgspec.UnsetType = msgspec.UNSET


class TaxAmount(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax calculated for one tax rate (`total_tax_amounts` on the invoice, `tax_amounts` on a
    line; API versions before 2025-03-31.basil, which replaced them with `total_taxes` and
    `taxes`)."""

    amount: int | Decimal
    inclusive: bool | None | msgspec.UnsetType = msgspec.UNSET
    tax_rate: str | TaxAmountTaxRateType1 | None | msgspec.UnsetType = msgspec.UNSET
    taxability_reason: None | TaxabilityReason | msgspec.UnsetType = msgspec.UNSET
    taxable_amount: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceLineItem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One line of an invoice (`object` = `line_item`, id `il_...`), backed by an invoice item or
    a subscription item.
    A cut-down view: Stripe also sends `object` (`line_item`, an `InvoiceLineItemObjectType`),
    `currency` (the invoice's, lower case), `subtotal` (2026-02-25.clover and later), `plan`
    (the legacy plan object), `proration`, `type` (an `InvoiceLineItemType`), `invoice_item`
    and `subscription_item` (ids or objects; before 2025-03-31.basil), `parent` (an
    `InvoiceLineItemParent`, basil and later), `discountable`, `discounts` (ids or expanded
    objects), `invoice`, `subscription`, `livemode` and `metadata`. They are not modelled:
    nothing reads them, and every line of every invoice would decode them."""

    id: str
    amount: int | Decimal
    period: Period
    amount_excluding_tax: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    quantity: int | None | msgspec.UnsetType = msgspec.UNSET
    quantity_decimal: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    unit_amount_excluding_tax: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    price: None | Price | msgspec.UnsetType = msgspec.UNSET
    discount_amounts: list[DiscountAmount] | None | msgspec.UnsetType = msgspec.UNSET
    tax_amounts: list[TaxAmount] | None | msgspec.UnsetType = msgspec.UNSET
    tax_rates: list[TaxRate] | None | msgspec.UnsetType = msgspec.UNSET
    taxes: list[InvoiceTax] | None | msgspec.UnsetType = msgspec.UNSET
    pretax_credit_amounts: list[PretaxCreditAmount] | None | msgspec.UnsetType = msgspec.UNSET
    pricing: InvoiceLineItemPricing | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceLineItemParent(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What generated the line item (2025-03-31.basil and later; replaces `type`, `invoice_item`,
    `proration`)."""

    type_: InvoiceLineItemParentType | None | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    invoice_item_details: InvoiceLineItemParentDetails | None | msgspec.UnsetType = msgspec.UNSET
    subscription_item_details: InvoiceLineItemParentDetails | None | msgspec.UnsetType = (
        msgspec.UNSET
    )


class InvoiceLineList(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The `lines` list embedded in an invoice: the first page of line items; when `has_more` is
    true the rest is at `url` (`GET /v1/invoices/{invoice}/lines`). The same list object is
    that endpoint's answer."""

    object_: ListObjectType = msgspec.field(name="object")
    data: list[InvoiceLineItem]
    has_more: bool
    url: str
    total_count: int | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceParent(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What generated the invoice (2025-03-31.basil and later; replaces `subscription`/`quote`)."""

    type_: InvoiceParentType | None | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    quote_details: InvoiceParentQuoteDetails | None | msgspec.UnsetType = msgspec.UNSET
    subscription_details: InvoiceParentSubscriptionDetails | None | msgspec.UnsetType = (
        msgspec.UNSET
    )


class Invoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An invoice (`object` = `invoice`, id `in_...`). Amounts are integers in the smallest
    currency unit of `currency`.
    A cut-down view: Stripe also sends `subtotal`, `tax`, `pre_payment_credit_notes_amount`,
    `post_payment_credit_notes_amount`, `starting_balance`, `ending_balance` (amounts),
    `next_payment_attempt`, `webhooks_delivered_at`, `automatically_finalizes_at` (Unix
    seconds), `receipt_number`, `subscription_details` (`{"metadata"}`), `attempted`,
    `auto_advance`, `paid`, `paid_out_of_band` (flags; `paid` before 2025-03-31.basil),
    `charge` and `payment_intent` (ids or objects, before basil), `discount` (the legacy
    single `Discount` with its `Coupon`), `discounts` (ids `di_...` or expanded `Discount`s)
    and `automatic_tax` (`AutomaticTax`). They are not modelled: nothing reads them, and
    decoding them was a third of the decode of a recorded invoice. The full object stays in
    `Invoice.raw`."""

    id: str
    object_: InvoiceObjectType = msgspec.field(name="object")
    status: InvoiceStatus | None
    currency: str
    amount_due: int | Decimal
    amount_paid: int | Decimal
    amount_remaining: int | Decimal
    total: int | Decimal
    created: int
    livemode: bool
    lines: InvoiceLineList
    number: None | str | msgspec.UnsetType = msgspec.UNSET
    amount_shipping: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    amount_overpaid: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    subtotal_excluding_tax: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    total_excluding_tax: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    total_tax_amounts: list[TaxAmount] | None | msgspec.UnsetType = msgspec.UNSET
    total_taxes: list[InvoiceTax] | None | msgspec.UnsetType = msgspec.UNSET
    total_discount_amounts: list[DiscountAmount] | None | msgspec.UnsetType = msgspec.UNSET
    total_pretax_credit_amounts: list[PretaxCreditAmount] | None | msgspec.UnsetType = msgspec.UNSET
    due_date: int | None | msgspec.UnsetType = msgspec.UNSET
    effective_at: int | None | msgspec.UnsetType = msgspec.UNSET
    period_start: int | None | msgspec.UnsetType = msgspec.UNSET
    period_end: int | None | msgspec.UnsetType = msgspec.UNSET
    status_transitions: StatusTransitions | None | msgspec.UnsetType = msgspec.UNSET
    customer: InvoiceCustomerType1 | None | str | msgspec.UnsetType = msgspec.UNSET
    customer_name: None | str | msgspec.UnsetType = msgspec.UNSET
    customer_email: None | str | msgspec.UnsetType = msgspec.UNSET
    customer_phone: None | str | msgspec.UnsetType = msgspec.UNSET
    customer_address: Address | None | msgspec.UnsetType = msgspec.UNSET
    customer_tax_exempt: CustomerTaxExempt | None | msgspec.UnsetType = msgspec.UNSET
    customer_tax_ids: list[CustomerTaxId] | None | msgspec.UnsetType = msgspec.UNSET
    account_name: None | str | msgspec.UnsetType = msgspec.UNSET
    account_country: None | str | msgspec.UnsetType = msgspec.UNSET
    account_tax_ids: list[InvoiceAccountTaxIdsType0ItemType1 | str] | None | msgspec.UnsetType = (
        msgspec.UNSET
    )
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    footer: None | str | msgspec.UnsetType = msgspec.UNSET
    custom_fields: list[CustomField] | None | msgspec.UnsetType = msgspec.UNSET
    collection_method: CollectionMethod | None | msgspec.UnsetType = msgspec.UNSET
    billing_reason: BillingReason | None | msgspec.UnsetType = msgspec.UNSET
    hosted_invoice_url: None | str | msgspec.UnsetType = msgspec.UNSET
    invoice_pdf: None | str | msgspec.UnsetType = msgspec.UNSET
    metadata: Metadata | None | msgspec.UnsetType = msgspec.UNSET
    subscription: InvoiceSubscriptionType1 | None | str | msgspec.UnsetType = msgspec.UNSET
    parent: InvoiceParent | None | msgspec.UnsetType = msgspec.UNSET
    attempt_count: int | None | msgspec.UnsetType = msgspec.UNSET
    default_tax_rates: list[TaxRate] | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceList(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A page of invoices. Cursor paging: when `has_more` is true, the next page is
    `GET /v1/invoices?starting_after=<id of the last invoice in data>` (same filters)."""

    object_: ListObjectType = msgspec.field(name="object")
    data: list[Invoice]
    has_more: bool
    url: str


__all__ = (
    "Address",
    "ApiError",
    "AutomaticTax",
    "AutomaticTaxLiabilityType0",
    "AutomaticTaxStatus",
    "BillingReason",
    "CollectionMethod",
    "Coupon",
    "CouponDuration",
    "CustomerTaxExempt",
    "CustomerTaxId",
    "CustomField",
    "Discount",
    "DiscountAmount",
    "DiscountAmountDiscountType1",
    "DiscountCustomerType1",
    "DiscountPromotionCodeType1",
    "ErrorResponse",
    "ErrorType",
    "Invoice",
    "InvoiceAccountTaxIdsType0ItemType1",
    "InvoiceCustomerType1",
    "InvoiceLineItem",
    "InvoiceLineItemObjectType",
    "InvoiceLineItemParent",
    "InvoiceLineItemParentDetails",
    "InvoiceLineItemParentDetailsProrationDetailsType0",
    "InvoiceLineItemParentType",
    "InvoiceLineItemPriceDetails",
    "InvoiceLineItemPricing",
    "InvoiceLineItemType",
    "InvoiceLineList",
    "InvoiceList",
    "InvoiceObjectType",
    "InvoiceParent",
    "InvoiceParentQuoteDetails",
    "InvoiceParentSubscriptionDetails",
    "InvoiceParentSubscriptionDetailsSubscriptionType1",
    "InvoiceParentType",
    "InvoiceStatus",
    "InvoiceSubscriptionType1",
    "InvoiceTax",
    "ListObjectType",
    "Metadata",
    "Period",
    "PretaxCreditAmount",
    "PretaxCreditAmountCreditBalanceTransactionType1",
    "PretaxCreditAmountDiscountType1",
    "PretaxCreditAmountType",
    "Price",
    "PriceProductType1",
    "StatusTransitions",
    "SubscriptionDetails",
    "TaxabilityReason",
    "TaxAmount",
    "TaxAmountTaxRateType1",
    "TaxBehavior",
    "TaxRate",
    "TaxRateDetails",
)
