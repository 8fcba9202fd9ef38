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


class InvoiceListType(OpenIntEnum):
    """Document types the list returns: 0 Invoice, 16 Debit Note, 19 Advance Payment.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    VALUE_0 = 0
    VALUE_16 = 16
    VALUE_19 = 19


class RecursiveLevel(OpenIntEnum):
    """List association depth: -1 header only, 0 header + client (default), 1 everything.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_NEGATIVE_1 = -1


class SortDirection(OpenStrEnum):
    """Sort direction (default DESC).

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ASC = "ASC"
    DESC = "DESC"


class Client(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Client (official ClientBase), nested in `Invoice` (official) or beside it (seed, list)."""

    id: int
    is_offline: bool | None | msgspec.UnsetType = msgspec.UNSET
    client_number: None | str | msgspec.UnsetType = msgspec.UNSET
    staff_id: int | None | msgspec.UnsetType = msgspec.UNSET
    business_name: None | str | msgspec.UnsetType = msgspec.UNSET
    first_name: None | str | msgspec.UnsetType = msgspec.UNSET
    last_name: None | str | msgspec.UnsetType = msgspec.UNSET
    email: None | str | msgspec.UnsetType = msgspec.UNSET
    address1: None | str | msgspec.UnsetType = msgspec.UNSET
    address2: None | str | msgspec.UnsetType = msgspec.UNSET
    city: None | str | msgspec.UnsetType = msgspec.UNSET
    state: None | str | msgspec.UnsetType = msgspec.UNSET
    postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    phone1: None | str | msgspec.UnsetType = msgspec.UNSET
    phone2: None | str | msgspec.UnsetType = msgspec.UNSET
    country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    notes: None | str | msgspec.UnsetType = msgspec.UNSET
    active_secondary_address: bool | None | msgspec.UnsetType = msgspec.UNSET
    secondary_name: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_address1: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_address2: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_city: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_state: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    secondary_country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    default_currency_code: None | str | msgspec.UnsetType = msgspec.UNSET
    bn1: None | str | msgspec.UnsetType = msgspec.UNSET
    bn1_label: None | str | msgspec.UnsetType = msgspec.UNSET
    bn2: None | str | msgspec.UnsetType = msgspec.UNSET
    bn2_label: None | str | msgspec.UnsetType = msgspec.UNSET
    type_: int | None | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    credit_limit: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    credit_period: int | None | msgspec.UnsetType = msgspec.UNSET
    starting_balance: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    follow_up_status: int | None | msgspec.UnsetType = msgspec.UNSET
    category: None | str | msgspec.UnsetType = msgspec.UNSET
    branch_id: int | None | msgspec.UnsetType = msgspec.UNSET
    created: str | None | msgspec.UnsetType = msgspec.UNSET
    modified: str | None | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET


ErrorResponseValidationErrors = dict[str, Any]
"""400 only; maps attribute names to reasons."""


InvoiceDepositType0 = dict[str, Any]
"""Deposit details; untyped in the official schema."""


InvoiceDocumentTitleType0 = dict[str, Any]
"""Document titles; untyped in the official schema."""


InvoiceDocumentType0 = dict[str, Any]
"""Attached documents; untyped in the official schema."""


InvoiceInvoiceCustomFieldType0 = dict[str, Any]
"""Custom field values; untyped in the official schema (an empty association may arrive as `[]`)."""


InvoiceInvoiceReminderType0 = dict[str, Any]
"""Payment reminders; untyped in the official schema."""


class InvoiceItem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice line item (official InvoiceItem)."""

    id: int
    invoice_id: int | None | msgspec.UnsetType = msgspec.UNSET
    item: None | str | msgspec.UnsetType = msgspec.UNSET
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    unit_price: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    quantity: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    tax1: int | None | msgspec.UnsetType = msgspec.UNSET
    tax2: int | None | msgspec.UnsetType = msgspec.UNSET
    summary_tax1: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_tax2: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    subtotal: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    discount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    discount_type: int | None | msgspec.UnsetType = msgspec.UNSET
    calculated_discount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    product_id: int | None | msgspec.UnsetType = msgspec.UNSET
    store_id: int | None | msgspec.UnsetType = msgspec.UNSET
    col_3: None | str | msgspec.UnsetType = msgspec.UNSET
    col_4: None | str | msgspec.UnsetType = msgspec.UNSET
    col_5: None | str | msgspec.UnsetType = msgspec.UNSET
    created: str | None | msgspec.UnsetType = msgspec.UNSET
    modified: str | None | msgspec.UnsetType = msgspec.UNSET
    total: Decimal | None | msgspec.UnsetType = msgspec.UNSET


class InvoicePayment(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Payment recorded on the invoice (official PaymentBase)."""

    id: int
    invoice_id: int | None | msgspec.UnsetType = msgspec.UNSET
    payment_method: None | str | msgspec.UnsetType = msgspec.UNSET
    amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    transaction_id: None | str | msgspec.UnsetType = msgspec.UNSET
    treasury_id: int | None | msgspec.UnsetType = msgspec.UNSET
    date: None | str | msgspec.UnsetType = msgspec.UNSET
    email: None | str | msgspec.UnsetType = msgspec.UNSET
    status: int | None | msgspec.UnsetType = msgspec.UNSET
    notes: None | str | msgspec.UnsetType = msgspec.UNSET
    response_code: None | str | msgspec.UnsetType = msgspec.UNSET
    response_message: None | str | msgspec.UnsetType = msgspec.UNSET
    currency_code: None | str | msgspec.UnsetType = msgspec.UNSET
    first_name: None | str | msgspec.UnsetType = msgspec.UNSET
    last_name: None | str | msgspec.UnsetType = msgspec.UNSET
    address1: None | str | msgspec.UnsetType = msgspec.UNSET
    address2: None | str | msgspec.UnsetType = msgspec.UNSET
    city: None | str | msgspec.UnsetType = msgspec.UNSET
    state: None | str | msgspec.UnsetType = msgspec.UNSET
    postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    phone1: None | str | msgspec.UnsetType = msgspec.UNSET
    phone2: None | str | msgspec.UnsetType = msgspec.UNSET
    transaction_type: None | str | msgspec.UnsetType = msgspec.UNSET
    processed: bool | None | msgspec.UnsetType = msgspec.UNSET
    attachment: None | str | msgspec.UnsetType = msgspec.UNSET
    staff_id: int | None | msgspec.UnsetType = msgspec.UNSET
    receipt_notes: None | str | msgspec.UnsetType = msgspec.UNSET
    created: str | None | msgspec.UnsetType = msgspec.UNSET
    modified: str | None | msgspec.UnsetType = msgspec.UNSET


ListingEnvelopeListingType0 = dict[str, Any]
"""Id -> title. (PHP may send an empty listing as `[]`; such a body does not decode, and the plugin
treats it as no listing.)"""


class Pagination(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Page block of api2 list responses."""

    prev: None | str
    next_: None | str = msgspec.field(name="next")
    page: int
    page_count: int
    total_results: int


class Site(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The account (site) and its owner's business, as `GET /site_info` documents it."""

    id: int | None | msgspec.UnsetType = msgspec.UNSET
    business_name: None | str | msgspec.UnsetType = msgspec.UNSET
    first_name: None | str | msgspec.UnsetType = msgspec.UNSET
    last_name: None | str | msgspec.UnsetType = msgspec.UNSET
    subdomain: None | str | msgspec.UnsetType = msgspec.UNSET
    address1: None | str | msgspec.UnsetType = msgspec.UNSET
    address2: None | str | msgspec.UnsetType = msgspec.UNSET
    city: None | str | msgspec.UnsetType = msgspec.UNSET
    state: None | str | msgspec.UnsetType = msgspec.UNSET
    postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    phone1: None | str | msgspec.UnsetType = msgspec.UNSET
    phone2: None | str | msgspec.UnsetType = msgspec.UNSET
    country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    timezone: int | None | msgspec.UnsetType = msgspec.UNSET
    currency_code: None | str | msgspec.UnsetType = msgspec.UNSET
    email: None | str | msgspec.UnsetType = msgspec.UNSET


class SiteEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """`{"Site": ...}`."""

    site: None | Site | msgspec.UnsetType = msgspec.field(name="Site", default=msgspec.UNSET)


class SiteInfoResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Site info response body (`data.Site`)."""

    result: str
    code: int
    data: SiteEnvelope


class Tax(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A tax of the account (TaxBase in the Apidog export)."""

    id: int
    tax_id: int | None | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    value: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    description: None | str | msgspec.UnsetType = msgspec.UNSET
    included: bool | None | msgspec.UnsetType = msgspec.UNSET
    created: None | str | msgspec.UnsetType = msgspec.UNSET
    modified: None | str | msgspec.UnsetType = msgspec.UNSET


class TaxEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One `data[]` item of the tax list; the docs' example is `{"Tax": null}`."""

    tax: None | Tax | msgspec.UnsetType = msgspec.field(name="Tax", default=msgspec.UNSET)


class TaxListResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Tax list response body (`data[]` items are `{"Tax": ...}`)."""

    result: str
    code: int
    data: list[TaxEnvelope]
    pagination: None | Pagination | msgspec.UnsetType = msgspec.UNSET


class TokenError(msgspec.Struct, kw_only=True, omit_defaults=True):
    """OAuth 2.0 error answer of the token endpoint (GUESS, Laravel Passport's shape)."""

    error: str | None | msgspec.UnsetType = msgspec.UNSET
    error_description: str | None | msgspec.UnsetType = msgspec.UNSET
    message: str | None | msgspec.UnsetType = msgspec.UNSET


class TokenRequest(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of `create_access_token`. Official for `grant_type=password` (all five fields
    required); for `grant_type=refresh_token` (GUESS) `refresh_token` replaces `username`
    and `password`."""

    client_id: str
    client_secret: str
    grant_type: str
    username: str | None | msgspec.UnsetType = msgspec.UNSET
    password: str | None | msgspec.UnsetType = msgspec.UNSET
    refresh_token: str | None | msgspec.UnsetType = msgspec.UNSET


class TokenResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Answer of `create_access_token` (official; no field is marked required)."""

    token_type: str | None | msgspec.UnsetType = msgspec.UNSET
    expires_in: int | None | msgspec.UnsetType = msgspec.UNSET
    access_token: str | None | msgspec.UnsetType = msgspec.UNSET
    refresh_token: str | None | msgspec.UnsetType = msgspec.UNSET


class ErrorResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Error body of all api2 endpoints."""

    result: str
    code: int
    message: str
    validation_errors: ErrorResponseValidationErrors | None | msgspec.UnsetType = msgspec.UNSET


class Invoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice header (official InvoiceBase) plus, in official single responses, nested
    `Client`, `InvoiceItem`, `InvoicePayment` and other associations."""

    id: int
    staff_id: int | None | msgspec.UnsetType = msgspec.UNSET
    subscription_id: int | None | msgspec.UnsetType = msgspec.UNSET
    store_id: int | None | msgspec.UnsetType = msgspec.UNSET
    type_: int | None | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    no: None | str | msgspec.UnsetType = msgspec.UNSET
    po_number: None | str | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    branch_id: int | None | msgspec.UnsetType = msgspec.UNSET
    client_id: int | None | msgspec.UnsetType = msgspec.UNSET
    is_offline: bool | None | msgspec.UnsetType = msgspec.UNSET
    currency_code: None | str | msgspec.UnsetType = msgspec.UNSET
    client_business_name: None | str | msgspec.UnsetType = msgspec.UNSET
    client_first_name: None | str | msgspec.UnsetType = msgspec.UNSET
    client_last_name: None | str | msgspec.UnsetType = msgspec.UNSET
    client_email: None | str | msgspec.UnsetType = msgspec.UNSET
    client_address1: None | str | msgspec.UnsetType = msgspec.UNSET
    client_address2: None | str | msgspec.UnsetType = msgspec.UNSET
    client_postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    client_city: None | str | msgspec.UnsetType = msgspec.UNSET
    client_state: None | str | msgspec.UnsetType = msgspec.UNSET
    client_country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    client_active_secondary_address: bool | None | msgspec.UnsetType = msgspec.UNSET
    client_secondary_name: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_address1: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_address2: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_city: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_state: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_postal_code: None | str | msgspec.UnsetType = msgspec.UNSET
    client_secondary_country_code: None | str | msgspec.UnsetType = msgspec.UNSET
    date: datetime.date | None | msgspec.UnsetType = msgspec.UNSET
    issue_date: datetime.date | None | msgspec.UnsetType = msgspec.UNSET
    due_after: int | None | msgspec.UnsetType = msgspec.UNSET
    payment_status: int | None | str | msgspec.UnsetType = msgspec.UNSET
    draft: bool | None | msgspec.UnsetType = msgspec.UNSET
    discount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    discount_amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    deposit: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    deposit_type: int | None | msgspec.UnsetType = msgspec.UNSET
    summary_subtotal: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_discount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_total: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_paid: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_unpaid: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_deposit: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_refund: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_tax1: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    summary_tax2: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    notes: None | str | msgspec.UnsetType = msgspec.UNSET
    html_notes: None | str | msgspec.UnsetType = msgspec.UNSET
    created: str | None | msgspec.UnsetType = msgspec.UNSET
    modified: str | None | msgspec.UnsetType = msgspec.UNSET
    invoice_layout_id: int | None | msgspec.UnsetType = msgspec.UNSET
    estimate_id: int | None | msgspec.UnsetType = msgspec.UNSET
    shipping_options: int | None | str | msgspec.UnsetType = msgspec.UNSET
    shipping_amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    follow_up_status: int | None | msgspec.UnsetType = msgspec.UNSET
    work_order_id: int | None | msgspec.UnsetType = msgspec.UNSET
    requisition_delivery_status: int | None | msgspec.UnsetType = msgspec.UNSET
    pos_shift_id: int | None | msgspec.UnsetType = msgspec.UNSET
    source_type: int | None | msgspec.UnsetType = msgspec.UNSET
    source_id: int | None | msgspec.UnsetType = msgspec.UNSET
    qr_code_url: None | str | msgspec.UnsetType = msgspec.UNSET
    invoice_html_url: None | str | msgspec.UnsetType = msgspec.UNSET
    invoice_pdf_url: None | str | msgspec.UnsetType = msgspec.UNSET
    sales_person_id: int | None | msgspec.UnsetType = msgspec.UNSET
    order_source_id: int | None | msgspec.UnsetType = msgspec.UNSET
    shipping_option_id: int | None | msgspec.UnsetType = msgspec.UNSET
    terms_id: int | None | msgspec.UnsetType = msgspec.UNSET
    item_discount_amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    adjustment_label: None | str | msgspec.UnsetType = msgspec.UNSET
    adjustment_value: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    last_sent: None | str | msgspec.UnsetType = msgspec.UNSET
    extra_details: Any | None | msgspec.UnsetType = msgspec.UNSET
    number: None | str | msgspec.UnsetType = msgspec.UNSET
    total: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    status: int | None | str | msgspec.UnsetType = msgspec.UNSET
    due_date: datetime.date | None | msgspec.UnsetType = msgspec.UNSET
    client: Client | None | msgspec.UnsetType = msgspec.field(name="Client", default=msgspec.UNSET)
    invoice_item: list[InvoiceItem] | None | msgspec.UnsetType = msgspec.field(
        name="InvoiceItem", default=msgspec.UNSET
    )
    invoice_payment: list[InvoicePayment] | None | msgspec.UnsetType = msgspec.field(
        name="InvoicePayment", default=msgspec.UNSET
    )
    invoice_custom_field: InvoiceInvoiceCustomFieldType0 | list[Any] | None | msgspec.UnsetType = (
        msgspec.field(name="InvoiceCustomField", default=msgspec.UNSET)
    )
    Deposit: InvoiceDepositType0 | list[Any] | None | msgspec.UnsetType = msgspec.UNSET
    invoice_reminder: InvoiceInvoiceReminderType0 | list[Any] | None | msgspec.UnsetType = (
        msgspec.field(name="InvoiceReminder", default=msgspec.UNSET)
    )
    document: InvoiceDocumentType0 | list[Any] | None | msgspec.UnsetType = msgspec.field(
        name="Document", default=msgspec.UNSET
    )
    document_title: InvoiceDocumentTitleType0 | list[Any] | None | msgspec.UnsetType = (
        msgspec.field(name="DocumentTitle", default=msgspec.UNSET)
    )


class InvoiceEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """The `data` object (single invoice) or one `data[]` item (list). Official single responses
    nest `Client`, `InvoiceItem` and `InvoicePayment` inside `Invoice`; the seed page, list
    items and older payloads put them here beside `Invoice`. Read both places."""

    invoice: Invoice = msgspec.field(name="Invoice")
    client: Client | None | msgspec.UnsetType = msgspec.field(name="Client", default=msgspec.UNSET)
    invoice_item: list[InvoiceItem] | None | msgspec.UnsetType = msgspec.field(
        name="InvoiceItem", default=msgspec.UNSET
    )
    invoice_payment: list[InvoicePayment] | None | msgspec.UnsetType = msgspec.field(
        name="InvoicePayment", default=msgspec.UNSET
    )


class InvoiceListResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice list response body."""

    result: str
    code: int
    data: list[InvoiceEnvelope]
    pagination: Pagination


class InvoiceResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Single-invoice response body."""

    result: str
    code: int
    data: InvoiceEnvelope
    pagination: None | Pagination | msgspec.UnsetType = msgspec.UNSET


class ListingEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """`{"Listing": {"<item_id>": "<title>" or {"item_id": ..., "title": ...}}}`."""

    listing: ListingEnvelopeListingType0 | None | msgspec.UnsetType = msgspec.field(
        name="Listing", default=msgspec.UNSET
    )


class ListingResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """General listing response body (`data.Listing`)."""

    result: str
    code: int
    data: ListingEnvelope


class RefundReceiptEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """`{"RefundReceipt": header, ...}`: the invoice base under the key `RefundReceipt`, associations
    inside it or beside it."""

    refund_receipt: Invoice = msgspec.field(name="RefundReceipt")
    client: Client | None | msgspec.UnsetType = msgspec.field(name="Client", default=msgspec.UNSET)
    invoice_item: list[InvoiceItem] | None | msgspec.UnsetType = msgspec.field(
        name="InvoiceItem", default=msgspec.UNSET
    )
    invoice_payment: list[InvoicePayment] | None | msgspec.UnsetType = msgspec.field(
        name="InvoicePayment", default=msgspec.UNSET
    )


class RefundReceiptListResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """refund receipt list response body."""

    result: str
    code: int
    data: list[RefundReceiptEnvelope]
    pagination: None | Pagination | msgspec.UnsetType = msgspec.UNSET


class RefundReceiptResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Single refund receipt response body (`data.RefundReceipt`)."""

    result: str
    code: int
    data: RefundReceiptEnvelope


class CreditNoteEnvelope(msgspec.Struct, kw_only=True, omit_defaults=True):
    """`{"CreditNote": header, ...}`: the invoice base under the key `CreditNote`, associations inside
    it or beside it."""

    credit_note: Invoice = msgspec.field(name="CreditNote")
    client: Client | None | msgspec.UnsetType = msgspec.field(name="Client", default=msgspec.UNSET)
    invoice_item: list[InvoiceItem] | None | msgspec.UnsetType = msgspec.field(
        name="InvoiceItem", default=msgspec.UNSET
    )
    invoice_payment: list[InvoicePayment] | None | msgspec.UnsetType = msgspec.field(
        name="InvoicePayment", default=msgspec.UNSET
    )


class CreditNoteListResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """credit note list response body."""

    result: str
    code: int
    data: list[CreditNoteEnvelope]
    pagination: None | Pagination | msgspec.UnsetType = msgspec.UNSET


class CreditNoteResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Single credit note response body (`data.CreditNote`)."""

    result: str
    code: int
    data: CreditNoteEnvelope


__all__ = (
    "Client",
    "CreditNoteEnvelope",
    "CreditNoteListResponse",
    "CreditNoteResponse",
    "ErrorResponse",
    "ErrorResponseValidationErrors",
    "Invoice",
    "InvoiceDepositType0",
    "InvoiceDocumentTitleType0",
    "InvoiceDocumentType0",
    "InvoiceEnvelope",
    "InvoiceInvoiceCustomFieldType0",
    "InvoiceInvoiceReminderType0",
    "InvoiceItem",
    "InvoiceListResponse",
    "InvoiceListType",
    "InvoicePayment",
    "InvoiceResponse",
    "ListingEnvelope",
    "ListingEnvelopeListingType0",
    "ListingResponse",
    "Pagination",
    "RecursiveLevel",
    "RefundReceiptEnvelope",
    "RefundReceiptListResponse",
    "RefundReceiptResponse",
    "Site",
    "SiteEnvelope",
    "SiteInfoResponse",
    "SortDirection",
    "Tax",
    "TaxEnvelope",
    "TaxListResponse",
    "TokenError",
    "TokenRequest",
    "TokenResponse",
)
