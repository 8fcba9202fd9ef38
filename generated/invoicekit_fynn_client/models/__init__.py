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


class AddressStatus(OpenStrEnum):
    """Status of a stored customer address.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ACTIVE = "active"
    ARCHIVED = "archived"


class AddressType(OpenStrEnum):
    """Kind of a stored customer address.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    TYPE_DEFAULT = "TYPE_DEFAULT"
    TYPE_INVOICE = "TYPE_INVOICE"


class DunningStatus(OpenStrEnum):
    """Dunning state of the invoice (docs default `none`).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    DUNNING = "dunning"
    NONE = "none"
    REMINDER = "reminder"


class EInvoiceType(OpenStrEnum):
    """GUESS: e-invoice XML format. The docs render it as an enum without listing the values;
    vendors.md names ZUGFeRD (default) and XRechnung, so the spelled values `zugferd` and
    `xrechnung` are unconfirmed. Open enum: other values decode as-is.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    XRECHNUNG = "xrechnung"
    ZUGFERD = "zugferd"


class InvoiceStatus(OpenStrEnum):
    """Invoice status. STATUS_CLOSED appears in current docs (webhook `invoice.closed`) but not
    in the seed's list. A finalized invoice has STATUS_UNPAID.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    STATUS_CANCELLED = "STATUS_CANCELLED"
    STATUS_CLOSED = "STATUS_CLOSED"
    STATUS_DRAFT = "STATUS_DRAFT"
    STATUS_FINALIZING = "STATUS_FINALIZING"
    STATUS_NEW = "STATUS_NEW"
    STATUS_PAID = "STATUS_PAID"
    STATUS_REFUNDED = "STATUS_REFUNDED"
    STATUS_REMINDED = "STATUS_REMINDED"
    STATUS_UNPAID = "STATUS_UNPAID"


class InvoiceType(OpenStrEnum):
    """Document type. TYPE_CREDIT = credit note, TYPE_CANCEL = cancellation document.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    TYPE_CANCEL = "TYPE_CANCEL"
    TYPE_CREDIT = "TYPE_CREDIT"
    TYPE_DUNNING = "TYPE_DUNNING"
    TYPE_INVOICE = "TYPE_INVOICE"
    TYPE_REFUND = "TYPE_REFUND"
    TYPE_REMINDER = "TYPE_REMINDER"


class PositionType(OpenStrEnum):
    """Type of an invoice position item.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    DISCOUNT = "discount"
    DUNNING_FEE = "dunning_fee"
    INVOICE = "invoice"
    PRODUCT = "product"
    SETUP = "setup"


class SalutationType(OpenStrEnum):
    """Salutation of a customer address (docs.fynn.dev "Add a customer address").

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    FIRMA = "Firma"
    FRAU = "Frau"
    HERR = "Herr"


class SortOrder(OpenStrEnum):
    """API-Platform sort direction.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ASC = "asc"
    DESC = "desc"


class SourceType(OpenStrEnum):
    """Where the invoice was created from: `cart` (a cart), `subscription` (a subscription
    billing run), `manual` (created by a user).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    CART = "cart"
    MANUAL = "manual"
    SUBSCRIPTION = "subscription"


class TransactionType(OpenStrEnum):
    """What the transaction is. The docs say a transaction "represents a payment, refund or
    payout" and show `payment`; `refund` and `payout` are GUESSES from that sentence. Open
    enum: any other value decodes.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    PAYMENT = "payment"
    PAYOUT = "payout"
    REFUND = "refund"


class Address(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Address. Customer-address field names per docs.fynn.dev "Add a customer address".
    GUESS: the invoice's `invoiceAddress` snapshot uses the same names (docs render it as
    `<unknown>`); `id`, `type`, `default`, `status` exist on stored customer addresses only."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    company_name: None | str | msgspec.UnsetType = msgspec.field(
        name="companyName", default=msgspec.UNSET
    )
    salutation: None | SalutationType | msgspec.UnsetType = msgspec.UNSET
    first_name: None | str | msgspec.UnsetType = msgspec.field(
        name="firstName", default=msgspec.UNSET
    )
    last_name: None | str | msgspec.UnsetType = msgspec.field(
        name="lastName", default=msgspec.UNSET
    )
    street: None | str | msgspec.UnsetType = msgspec.UNSET
    house_number: None | str | msgspec.UnsetType = msgspec.field(
        name="houseNumber", default=msgspec.UNSET
    )
    zip_: None | str | msgspec.UnsetType = msgspec.field(name="zip", default=msgspec.UNSET)
    city: None | str | msgspec.UnsetType = msgspec.UNSET
    country_code: None | str | msgspec.UnsetType = msgspec.field(
        name="countryCode", default=msgspec.UNSET
    )
    addition: None | str | msgspec.UnsetType = msgspec.UNSET
    cost_centre: None | str | msgspec.UnsetType = msgspec.field(
        name="costCentre", default=msgspec.UNSET
    )
    vat_id: None | str | msgspec.UnsetType = msgspec.field(name="vatId", default=msgspec.UNSET)
    email: None | str | msgspec.UnsetType = msgspec.UNSET
    type_: AddressType | None | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    default: bool | None | msgspec.UnsetType = msgspec.UNSET
    status: AddressStatus | None | msgspec.UnsetType = msgspec.UNSET


class CancellationDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Reference to the cancellation document, e.g. `{"number": "R2021-0001", "id": "<uuid>"}`."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    number: None | str | msgspec.UnsetType = msgspec.UNSET


CustomerCustomerGroupType0 = dict[str, Any]
"""Customer group (shape not modelled)."""


CustomerCustomFieldsType0 = dict[str, Any]
"""Key → value map. GUESS: an empty map may be sent as `[]` (PHP backend)."""


CustomerDefaultEmailAddressType0 = dict[str, Any]
"""A free-form object."""


CustomerDefaultInvoiceEmailAddressType0 = dict[str, Any]
"""A free-form object."""


CustomerEmailAddressesItem = dict[str, Any]
"""A free-form object."""


class DownloadLink(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of PUT /invoices/{id}/download-link (docs.fynn.eu "Get invoice download link":
    response `url`, "The download URL"; validity set by `secondsValid`)."""

    url: str | None | msgspec.UnsetType = msgspec.UNSET


class File(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Stored file (PDF, or the EN 16931 / XRechnung XML for `xmlFile`)."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    is_private: bool | None | msgspec.UnsetType = msgspec.field(
        name="isPrivate", default=msgspec.UNSET
    )
    mime_type: None | str | msgspec.UnsetType = msgspec.field(
        name="mimeType", default=msgspec.UNSET
    )
    file_extension: None | str | msgspec.UnsetType = msgspec.field(
        name="fileExtension", default=msgspec.UNSET
    )
    file_name: None | str | msgspec.UnsetType = msgspec.field(
        name="fileName", default=msgspec.UNSET
    )
    storage_file_name: None | str | msgspec.UnsetType = msgspec.field(
        name="storageFileName", default=msgspec.UNSET
    )
    created_at: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="createdAt", default=msgspec.UNSET
    )


InvoiceApplicatedExchangeRatesItem = dict[str, Any]
"""A free-form object."""


InvoiceCustomFieldsType0 = dict[str, Any]
"""Key → value map. GUESS: an empty map may be sent as `[]` (PHP backend)."""


InvoiceListTransitionsType0 = dict[str, Any]
"""GUESS: map of invoice id → allowed actions (e.g. `remind`, `cancel`, `unpay`,
`refund`), seen in the 2022 API; `[]` tolerated for an empty map."""


InvoicePaymentProviderFeeCentsType1 = dict[str, Any]
"""GUESS: payment provider fees. The docs describe an `object` ("total amount of fees for
each payment provider"), vendors.md an integer in cents (minor units of
`currencyCode`); both are accepted, and `[]` for an empty map (PHP backend)."""


class Money(msgspec.Struct, kw_only=True, omit_defaults=True):
    """GUESS: money object `{amount, precision, currencyCode}` with `amount` in minor units,
    value = amount / 10^precision (e.g. `{"amount": 5831, "precision": 2, "currencyCode":
    "EUR"}` = 58.31 EUR). Confirmed in Fynn's 2022 SDK fixtures (fynn-digital/sdk-php
    `get_invoice.json`, `MoneyResponse.php`); current docs render these fields as an opaque
    `{}`, so the shape is unconfirmed for today's API."""

    amount: int | Decimal | None | msgspec.UnsetType = msgspec.UNSET
    precision: int | None | msgspec.UnsetType = msgspec.UNSET
    currency_code: str | None | msgspec.UnsetType = msgspec.field(
        name="currencyCode", default=msgspec.UNSET
    )
    currency: str | None | msgspec.UnsetType = msgspec.UNSET


class Pagination(msgspec.Struct, kw_only=True, omit_defaults=True):
    """GUESS: pagination block as returned by the 2022 API (`_pagination`); current name and
    fields are unconfirmed."""

    items_per_page: int | None | msgspec.UnsetType = msgspec.field(
        name="itemsPerPage", default=msgspec.UNSET
    )
    current_page: int | None | msgspec.UnsetType = msgspec.field(
        name="currentPage", default=msgspec.UNSET
    )
    page_total_items: int | None | msgspec.UnsetType = msgspec.field(
        name="pageTotalItems", default=msgspec.UNSET
    )
    total_items: int | None | msgspec.UnsetType = msgspec.field(
        name="totalItems", default=msgspec.UNSET
    )
    last_page: int | None | msgspec.UnsetType = msgspec.field(
        name="lastPage", default=msgspec.UNSET
    )


class PaymentMethodCard(msgspec.Struct, kw_only=True, omit_defaults=True):
    """PaymentMethodCard"""

    brand: None | str | msgspec.UnsetType = msgspec.UNSET
    last4: None | str | msgspec.UnsetType = msgspec.UNSET
    exp_month: int | None | msgspec.UnsetType = msgspec.field(
        name="expMonth", default=msgspec.UNSET
    )
    exp_year: int | None | msgspec.UnsetType = msgspec.field(name="expYear", default=msgspec.UNSET)
    card_holder: None | str | msgspec.UnsetType = msgspec.field(
        name="cardHolder", default=msgspec.UNSET
    )


PaymentMethodDataType1 = dict[str, Any]
"""Gateway-specific data (docs example is an array of strings)."""


class PaymentMethodPaypal(msgspec.Struct, kw_only=True, omit_defaults=True):
    """PaymentMethodPaypal"""

    email: None | str | msgspec.UnsetType = msgspec.UNSET
    billing_agreement_id: None | str | msgspec.UnsetType = msgspec.field(
        name="billingAgreementId", default=msgspec.UNSET
    )


class PaymentMethodSepaDebit(msgspec.Struct, kw_only=True, omit_defaults=True):
    """PaymentMethodSepaDebit"""

    iban: None | str | msgspec.UnsetType = msgspec.UNSET
    bic: None | str | msgspec.UnsetType = msgspec.UNSET
    mandate_reference: None | str | msgspec.UnsetType = msgspec.field(
        name="mandateReference", default=msgspec.UNSET
    )
    signing_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="signingDate", default=msgspec.UNSET
    )


PaymentMethodSepaMandateType0 = dict[str, Any]
"""SEPA mandate (docs example `{}`; shape not modelled)."""


class PositionProduct(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Product of a position (e.g. `id`, `name`, `description`, `type`, `invoiceVisibility`,
    `customFields`). Only the identifying fields are modelled; the rest is ignored."""

    id: int | None | str | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET


class PositionTax(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax applied to a position, computed from the tax group (docs example
    `{"id", "description": "19%", "code": "19", "rate": 19}`). GUESS: field names taken
    from that docs example only."""

    id: None | str | msgspec.UnsetType = msgspec.UNSET
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    code: None | str | msgspec.UnsetType = msgspec.UNSET
    rate: Decimal | None | msgspec.UnsetType = msgspec.UNSET


class PositionUnit(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Unit of a position, e.g. `{"id": …, "name": "Stück"}`. Only the identifying fields are
    modelled; the rest is ignored."""

    id: int | None | str | msgspec.UnsetType = msgspec.UNSET
    name: int | None | str | msgspec.UnsetType = msgspec.UNSET


class ReferencedInvoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The invoice this document refers to (for reminders, refunds, credit notes,
    cancellations). Cut-down view of an invoice: the API embeds an invoice object; only the
    identifying fields are modelled here, the rest is ignored."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    number: None | str | msgspec.UnsetType = msgspec.UNSET
    type_: InvoiceType | None | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    status: InvoiceStatus | None | msgspec.UnsetType = msgspec.UNSET
    currency_code: str | None | msgspec.UnsetType = msgspec.field(
        name="currencyCode", default=msgspec.UNSET
    )
    creation_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="creationDate", default=msgspec.UNSET
    )
    finalization_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="finalizationDate", default=msgspec.UNSET
    )
    due_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="dueDate", default=msgspec.UNSET
    )


class TaxGroup(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax group of a position (docs example `{"id", "internalDescription": "19%",
    "reverseChargeType": "REVERSE_CHARGE", "type": "standard"}`). GUESS: field names from
    that docs example only."""

    id: None | str | msgspec.UnsetType = msgspec.UNSET
    internal_description: None | str | msgspec.UnsetType = msgspec.field(
        name="internalDescription", default=msgspec.UNSET
    )
    reverse_charge_type: None | str | msgspec.UnsetType = msgspec.field(
        name="reverseChargeType", default=msgspec.UNSET
    )
    type_: None | str | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)


class TransactionInvoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The invoice a transaction belongs to. The docs embed a whole invoice object (`id`,
    `number`, `type` and the rest); only its id is read, so only its id is modelled."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET


class Violation(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A Symfony constraint violation."""

    property_path: str | None | msgspec.UnsetType = msgspec.field(
        name="propertyPath", default=msgspec.UNSET
    )
    message: str | None | msgspec.UnsetType = msgspec.UNSET
    code: None | str | msgspec.UnsetType = msgspec.UNSET


WebhookEventData = dict[str, Any]
"""Event-specific content (see the schema description; partly GUESS)."""


class WebhookEventMeta(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The `event` member of every webhook body (docs.fynn.eu "Developer > Webhooks", example
    payload): the event type, id, envelope version and creation time."""

    type_: str = msgspec.field(name="type")
    id: None | str | msgspec.UnsetType = msgspec.UNSET
    version: None | str | msgspec.UnsetType = msgspec.UNSET
    created: datetime.datetime | None | msgspec.UnsetType = msgspec.UNSET


class WebhookRegistration(msgspec.Struct, kw_only=True, omit_defaults=True):
    """GUESS body of `POST /webhooks` (registration; removal is `DELETE /webhooks/{id}`):
    the target URL and the event types to send."""

    id: None | str | msgspec.UnsetType = msgspec.UNSET
    url: str | None | msgspec.UnsetType = msgspec.UNSET
    events: list[str] | None | msgspec.UnsetType = msgspec.UNSET


class PaymentMethod(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Payment method used to collect the invoice (fields per docs examples)."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    gateway_name: None | str | msgspec.UnsetType = msgspec.field(
        name="gatewayName", default=msgspec.UNSET
    )
    type_: None | str | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    reference_id: None | str | msgspec.UnsetType = msgspec.field(
        name="referenceId", default=msgspec.UNSET
    )
    default: bool | None | msgspec.UnsetType = msgspec.UNSET
    status: None | str | msgspec.UnsetType = msgspec.UNSET
    source: None | str | msgspec.UnsetType = msgspec.UNSET
    enabled: bool | None | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    data: list[Any] | None | PaymentMethodDataType1 | msgspec.UnsetType = msgspec.UNSET
    creation_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="creationDate", default=msgspec.UNSET
    )
    expiration_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="expirationDate", default=msgspec.UNSET
    )
    sepa_mandate: list[Any] | None | PaymentMethodSepaMandateType0 | msgspec.UnsetType = (
        msgspec.field(name="sepaMandate", default=msgspec.UNSET)
    )
    card: None | PaymentMethodCard | msgspec.UnsetType = msgspec.UNSET
    sepa_debit: None | PaymentMethodSepaDebit | msgspec.UnsetType = msgspec.field(
        name="sepaDebit", default=msgspec.UNSET
    )
    paypal: None | PaymentMethodPaypal | msgspec.UnsetType = msgspec.UNSET


class Position(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice position item (InvoicePositionItem, docs.fynn.dev "Get an invoice position item").
    A cut-down view: Fynn also sends `taxGroup` (a `TaxGroup`), `type` (a `PositionType`),
    `parent` (the parent position; positions form a tree of max depth two), `group` (the
    headline group, e.g. `{"id", "ranking": 1, "name": "Subscription #12345"}`),
    `createdAt` (date-time), `subscriptionItem` (e.g. `id`, `name`, `description`,
    `status`, `subscriptionId`), `isCreditable`, `isFullyCredited` and
    `creditableQuantity` (docs example `1`). They are not modelled: nothing reads them, and
    a 200-position invoice decodes in about three quarters of the time without them."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    position: int | None | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    quantity: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    unit: None | PositionUnit | msgspec.UnsetType = msgspec.UNSET
    unit_price: Money | None | msgspec.UnsetType = msgspec.field(
        name="unitPrice", default=msgspec.UNSET
    )
    net_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="netAmount", default=msgspec.UNSET
    )
    gross_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="grossAmount", default=msgspec.UNSET
    )
    tax_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="taxAmount", default=msgspec.UNSET
    )
    discount_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="discountAmount", default=msgspec.UNSET
    )
    discount_fixed: Money | None | msgspec.UnsetType = msgspec.field(
        name="discountFixed", default=msgspec.UNSET
    )
    discount_percentage: Decimal | None | msgspec.UnsetType = msgspec.field(
        name="discountPercentage", default=msgspec.UNSET
    )
    tax: None | PositionTax | msgspec.UnsetType = msgspec.UNSET
    service_date_from: None | str | msgspec.UnsetType = msgspec.field(
        name="serviceDateFrom", default=msgspec.UNSET
    )
    service_date_to: None | str | msgspec.UnsetType = msgspec.field(
        name="serviceDateTo", default=msgspec.UNSET
    )
    product: None | PositionProduct | msgspec.UnsetType = msgspec.UNSET


class Problem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Error body (API Platform / Symfony). `title`, `detail`, `violations` confirmed in the 2022
    SDK fixture `bad_request_response.json`; GUESS: `type` and `status` (RFC 7807
    problem+json) in the current API."""

    type_: str | None | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    title: str | None | msgspec.UnsetType = msgspec.UNSET
    status: int | None | msgspec.UnsetType = msgspec.UNSET
    detail: str | None | msgspec.UnsetType = msgspec.UNSET
    violations: list[Violation] | None | msgspec.UnsetType = msgspec.UNSET


class Transaction(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A payment transaction (`Transaction-PaymentTransactionDetail`, fields per the docs'
    example). Amounts are integers in the docs' example (`amount: 500`, `feeAmount: 50`
    with `currencyCode: EUR`); GUESS: minor units (cents) of `currencyCode`, as
    `paymentProviderFeeCents` on the invoice. `status` is typed `<any>` in the docs (its
    values are not documented).
    A cut-down view, as `Position`: Fynn also sends `customer` (the customer object),
    `description` (e.g. `Payment for invoice #123`), `chargedAmount` and `feeAmount` (minor
    units, GUESS), and the flags `authorized`, `refundable` and `captured`. They are not
    modelled: nothing reads them, and a listing decodes every transaction of the account
    (a page of 100 transactions in about a fifth less time without them)."""

    id: str
    type_: None | TransactionType | msgspec.UnsetType = msgspec.field(
        name="type", default=msgspec.UNSET
    )
    status: None | str | msgspec.UnsetType = msgspec.UNSET
    gateway: None | str | msgspec.UnsetType = msgspec.UNSET
    document_number: None | str | msgspec.UnsetType = msgspec.field(
        name="documentNumber", default=msgspec.UNSET
    )
    currency_code: None | str | msgspec.UnsetType = msgspec.field(
        name="currencyCode", default=msgspec.UNSET
    )
    amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    refunded_amount: Decimal | None | msgspec.UnsetType = msgspec.field(
        name="refundedAmount", default=msgspec.UNSET
    )
    created_at: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="createdAt", default=msgspec.UNSET
    )
    paid_at: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="paidAt", default=msgspec.UNSET
    )
    fail_reason: None | str | msgspec.UnsetType = msgspec.field(
        name="failReason", default=msgspec.UNSET
    )
    processing: bool | None | msgspec.UnsetType = msgspec.UNSET
    payment_method: None | PaymentMethod | msgspec.UnsetType = msgspec.field(
        name="paymentMethod", default=msgspec.UNSET
    )
    invoice: None | TransactionInvoice | msgspec.UnsetType = msgspec.UNSET


class TransactionList(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A page of transactions; root property `data` (docs example)."""

    data: list[Transaction]
    field_pagination: Pagination | None | msgspec.UnsetType = msgspec.field(
        name="_pagination", default=msgspec.UNSET
    )


class WebhookEvent(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of every webhook POST, signed in `X-Webhook-Signature` (lower-case hex
    HMAC-SHA256 of the unchanged body with the webhook's secret). `event`, `tenantId` and
    `data` are documented; the content of `data` is documented for subscription events
    only. GUESS: for `invoice.*` events `data` is the invoice as `GET /invoices/{id}`
    returns it; for `dunning_document.*` events a dunning document naming its invoice in
    `invoiceId`."""

    event: WebhookEventMeta
    data: WebhookEventData
    tenant_id: None | str | msgspec.UnsetType = msgspec.field(
        name="tenantId", default=msgspec.UNSET
    )


class Customer(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Customer of the invoice. Docs invoice examples embed `id`, `customerNumber`, `timeZone`,
    `firstName`, `lastName`, `currencyCode`, `companyName`, `datevId`, `status`; the other
    fields come from the full customer resource (Customer-CustomerRead) and may be absent."""

    id: str | None | msgspec.UnsetType = msgspec.UNSET
    customer_number: None | str | msgspec.UnsetType = msgspec.field(
        name="customerNumber", default=msgspec.UNSET
    )
    time_zone: None | str | msgspec.UnsetType = msgspec.field(
        name="timeZone", default=msgspec.UNSET
    )
    first_name: None | str | msgspec.UnsetType = msgspec.field(
        name="firstName", default=msgspec.UNSET
    )
    last_name: None | str | msgspec.UnsetType = msgspec.field(
        name="lastName", default=msgspec.UNSET
    )
    currency_code: None | str | msgspec.UnsetType = msgspec.field(
        name="currencyCode", default=msgspec.UNSET
    )
    company_name: None | str | msgspec.UnsetType = msgspec.field(
        name="companyName", default=msgspec.UNSET
    )
    datev_id: None | str | msgspec.UnsetType = msgspec.field(name="datevId", default=msgspec.UNSET)
    status: None | str | msgspec.UnsetType = msgspec.UNSET
    country_code: None | str | msgspec.UnsetType = msgspec.field(
        name="countryCode", default=msgspec.UNSET
    )
    vat_id: None | str | msgspec.UnsetType = msgspec.field(name="vatId", default=msgspec.UNSET)
    is_vat_id_valid: bool | None | msgspec.UnsetType = msgspec.field(
        name="isVatIdValid", default=msgspec.UNSET
    )
    tax_exempt: None | str | msgspec.UnsetType = msgspec.field(
        name="taxExempt", default=msgspec.UNSET
    )
    commercial_register_name: None | str | msgspec.UnsetType = msgspec.field(
        name="commercialRegisterName", default=msgspec.UNSET
    )
    commercial_register_number: None | str | msgspec.UnsetType = msgspec.field(
        name="commercialRegisterNumber", default=msgspec.UNSET
    )
    gender: None | str | msgspec.UnsetType = msgspec.UNSET
    phone: None | str | msgspec.UnsetType = msgspec.UNSET
    language: None | str | msgspec.UnsetType = msgspec.UNSET
    created_at: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="createdAt", default=msgspec.UNSET
    )
    email_addresses: list[CustomerEmailAddressesItem] | None | msgspec.UnsetType = msgspec.field(
        name="emailAddresses", default=msgspec.UNSET
    )
    addresses: list[Address] | None | msgspec.UnsetType = msgspec.UNSET
    customer_group: CustomerCustomerGroupType0 | None | msgspec.UnsetType = msgspec.field(
        name="customerGroup", default=msgspec.UNSET
    )
    custom_fields: CustomerCustomFieldsType0 | list[Any] | None | msgspec.UnsetType = msgspec.field(
        name="customFields", default=msgspec.UNSET
    )
    business_customer: bool | None | msgspec.UnsetType = msgspec.field(
        name="businessCustomer", default=msgspec.UNSET
    )
    default_address: Address | None | msgspec.UnsetType = msgspec.field(
        name="defaultAddress", default=msgspec.UNSET
    )
    default_invoice_address: Address | None | msgspec.UnsetType = msgspec.field(
        name="defaultInvoiceAddress", default=msgspec.UNSET
    )
    default_email_address: CustomerDefaultEmailAddressType0 | None | msgspec.UnsetType = (
        msgspec.field(name="defaultEmailAddress", default=msgspec.UNSET)
    )
    default_invoice_email_address: (
        CustomerDefaultInvoiceEmailAddressType0 | None | msgspec.UnsetType
    ) = msgspec.field(name="defaultInvoiceEmailAddress", default=msgspec.UNSET)
    default_payment_method: None | PaymentMethod | msgspec.UnsetType = msgspec.field(
        name="defaultPaymentMethod", default=msgspec.UNSET
    )


class Invoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice document (also credit notes, refunds, reminders, cancellations, dunnings; see
    `type`). Field list per the docs page of GET /invoices/{id} and vendors.md C.3."""

    id: str
    type_: InvoiceType = msgspec.field(name="type")
    currency_code: str = msgspec.field(name="currencyCode")
    status: InvoiceStatus
    customer: Customer | None | msgspec.UnsetType = msgspec.UNSET
    payment_method: None | PaymentMethod | msgspec.UnsetType = msgspec.field(
        name="paymentMethod", default=msgspec.UNSET
    )
    referenced_invoice: None | ReferencedInvoice | msgspec.UnsetType = msgspec.field(
        name="referencedInvoice", default=msgspec.UNSET
    )
    number: None | str | msgspec.UnsetType = msgspec.UNSET
    creation_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="creationDate", default=msgspec.UNSET
    )
    finalization_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="finalizationDate", default=msgspec.UNSET
    )
    due_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="dueDate", default=msgspec.UNSET
    )
    last_reminder_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="lastReminderDate", default=msgspec.UNSET
    )
    last_sent_at: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="lastSentAt", default=msgspec.UNSET
    )
    pay_date: datetime.datetime | None | msgspec.UnsetType = msgspec.field(
        name="payDate", default=msgspec.UNSET
    )
    dunning_level: int | None | msgspec.UnsetType = msgspec.field(
        name="dunningLevel", default=msgspec.UNSET
    )
    dunning_status: DunningStatus | None | msgspec.UnsetType = msgspec.field(
        name="dunningStatus", default=msgspec.UNSET
    )
    dunning_disabled: bool | None | msgspec.UnsetType = msgspec.field(
        name="dunningDisabled", default=msgspec.UNSET
    )
    invoice_address: Address | None | msgspec.UnsetType = msgspec.field(
        name="invoiceAddress", default=msgspec.UNSET
    )
    internal_note: None | str | msgspec.UnsetType = msgspec.field(
        name="internalNote", default=msgspec.UNSET
    )
    title: None | str | msgspec.UnsetType = msgspec.UNSET
    introduction: None | str | msgspec.UnsetType = msgspec.UNSET
    closing: None | str | msgspec.UnsetType = msgspec.UNSET
    net_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="netAmount", default=msgspec.UNSET
    )
    gross_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="grossAmount", default=msgspec.UNSET
    )
    tax_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="taxAmount", default=msgspec.UNSET
    )
    discount_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="discountAmount", default=msgspec.UNSET
    )
    unpaid_amount: Money | None | msgspec.UnsetType = msgspec.field(
        name="unpaidAmount", default=msgspec.UNSET
    )
    file: File | None | msgspec.UnsetType = msgspec.UNSET
    xml_file: File | None | msgspec.UnsetType = msgspec.field(name="xmlFile", default=msgspec.UNSET)
    positions: list[Position] | None | msgspec.UnsetType = msgspec.UNSET
    applicated_exchange_rates: (
        list[InvoiceApplicatedExchangeRatesItem] | None | msgspec.UnsetType
    ) = msgspec.field(name="applicatedExchangeRates", default=msgspec.UNSET)
    e_invoice_type: EInvoiceType | None | msgspec.UnsetType = msgspec.field(
        name="eInvoiceType", default=msgspec.UNSET
    )
    leitweg_id: None | str | msgspec.UnsetType = msgspec.field(
        name="leitwegId", default=msgspec.UNSET
    )
    custom_fields: InvoiceCustomFieldsType0 | list[Any] | None | msgspec.UnsetType = msgspec.field(
        name="customFields", default=msgspec.UNSET
    )
    service_date_from: None | str | msgspec.UnsetType = msgspec.field(
        name="serviceDateFrom", default=msgspec.UNSET
    )
    service_date_to: None | str | msgspec.UnsetType = msgspec.field(
        name="serviceDateTo", default=msgspec.UNSET
    )
    usage_breakdown_url: None | str | msgspec.UnsetType = msgspec.field(
        name="usageBreakdownUrl", default=msgspec.UNSET
    )
    cancellation_document: CancellationDocument | None | msgspec.UnsetType = msgspec.field(
        name="cancellationDocument", default=msgspec.UNSET
    )
    payment_provider_fee_cents: (
        int | InvoicePaymentProviderFeeCentsType1 | list[Any] | None | msgspec.UnsetType
    ) = msgspec.field(name="paymentProviderFeeCents", default=msgspec.UNSET)
    source_type: SourceType | None | msgspec.UnsetType = msgspec.field(
        name="sourceType", default=msgspec.UNSET
    )


class InvoiceList(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A page of invoices; root property `data` (docs example, n8n `rootProperty: data`)."""

    data: list[Invoice]
    field_pagination: Pagination | None | msgspec.UnsetType = msgspec.field(
        name="_pagination", default=msgspec.UNSET
    )
    field_transitions: InvoiceListTransitionsType0 | list[Any] | None | msgspec.UnsetType = (
        msgspec.field(name="_transitions", default=msgspec.UNSET)
    )


__all__ = (
    "Address",
    "AddressStatus",
    "AddressType",
    "CancellationDocument",
    "Customer",
    "CustomerCustomerGroupType0",
    "CustomerCustomFieldsType0",
    "CustomerDefaultEmailAddressType0",
    "CustomerDefaultInvoiceEmailAddressType0",
    "CustomerEmailAddressesItem",
    "DownloadLink",
    "DunningStatus",
    "EInvoiceType",
    "File",
    "Invoice",
    "InvoiceApplicatedExchangeRatesItem",
    "InvoiceCustomFieldsType0",
    "InvoiceList",
    "InvoiceListTransitionsType0",
    "InvoicePaymentProviderFeeCentsType1",
    "InvoiceStatus",
    "InvoiceType",
    "Money",
    "Pagination",
    "PaymentMethod",
    "PaymentMethodCard",
    "PaymentMethodDataType1",
    "PaymentMethodPaypal",
    "PaymentMethodSepaDebit",
    "PaymentMethodSepaMandateType0",
    "Position",
    "PositionProduct",
    "PositionTax",
    "PositionType",
    "PositionUnit",
    "Problem",
    "ReferencedInvoice",
    "SalutationType",
    "SortOrder",
    "SourceType",
    "TaxGroup",
    "Transaction",
    "TransactionInvoice",
    "TransactionList",
    "TransactionType",
    "Violation",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventMeta",
    "WebhookRegistration",
)
