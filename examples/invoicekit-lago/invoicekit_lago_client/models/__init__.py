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


class InvoiceStatus(OpenStrEnum):
    """draft (grace period), finalized (issued), voided, failed (finalization error), pending.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    DRAFT = "draft"
    FAILED = "failed"
    FINALIZED = "finalized"
    PENDING = "pending"
    VOIDED = "voided"


class InvoiceType(OpenStrEnum):
    """InvoiceType

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ADD_ON = "add_on"
    ADVANCE_CHARGES = "advance_charges"
    CREDIT = "credit"
    ONE_OFF = "one_off"
    PROGRESSIVE_BILLING = "progressive_billing"
    SUBSCRIPTION = "subscription"


class PaymentStatus(OpenStrEnum):
    """PaymentStatus

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    FAILED = "failed"
    PENDING = "pending"
    SUCCEEDED = "succeeded"


class Customer(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Customer"""

    lago_id: None | str | msgspec.UnsetType = msgspec.UNSET
    external_id: None | str | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    email: None | str | msgspec.UnsetType = msgspec.UNSET
    country: None | str | msgspec.UnsetType = msgspec.UNSET
    tax_identification_number: None | str | msgspec.UnsetType = msgspec.UNSET


class Error(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Error"""

    status: int | None | msgspec.UnsetType = msgspec.UNSET
    error: str | None | msgspec.UnsetType = msgspec.UNSET
    code: str | None | msgspec.UnsetType = msgspec.UNSET


class FeeItem(msgspec.Struct, kw_only=True, omit_defaults=True):
    """FeeItem"""

    type_: None | str | msgspec.UnsetType = msgspec.field(name="type", default=msgspec.UNSET)
    code: None | str | msgspec.UnsetType = msgspec.UNSET
    name: None | str | msgspec.UnsetType = msgspec.UNSET
    invoice_display_name: None | str | msgspec.UnsetType = msgspec.UNSET


class PageMeta(msgspec.Struct, kw_only=True, omit_defaults=True):
    """PageMeta"""

    current_page: int | None | msgspec.UnsetType = msgspec.UNSET
    next_page: int | None | msgspec.UnsetType = msgspec.UNSET
    prev_page: int | None | msgspec.UnsetType = msgspec.UNSET
    total_pages: int | None | msgspec.UnsetType = msgspec.UNSET
    total_count: int | None | msgspec.UnsetType = msgspec.UNSET


class Fee(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Fee"""

    lago_id: str
    item: FeeItem | None | msgspec.UnsetType = msgspec.UNSET
    units: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    precise_unit_amount: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    taxes_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    taxes_rate: Decimal | None | msgspec.UnsetType = msgspec.UNSET
    total_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET


class Invoice(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Invoice"""

    lago_id: str
    number: str
    issuing_date: datetime.date
    invoice_type: InvoiceType
    status: InvoiceStatus
    payment_status: PaymentStatus
    currency: str
    total_amount_cents: int
    sequential_id: int | None | msgspec.UnsetType = msgspec.UNSET
    payment_due_date: datetime.date | None | msgspec.UnsetType = msgspec.UNSET
    payment_overdue: bool | None | msgspec.UnsetType = msgspec.UNSET
    fees_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    sub_total_excluding_taxes_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    taxes_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    total_paid_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    total_due_amount_cents: int | None | msgspec.UnsetType = msgspec.UNSET
    file_url: None | str | msgspec.UnsetType = msgspec.UNSET
    created_at: datetime.datetime | None | msgspec.UnsetType = msgspec.UNSET
    updated_at: datetime.datetime | None | msgspec.UnsetType = msgspec.UNSET
    customer: Customer | None | msgspec.UnsetType = msgspec.UNSET
    fees: list[Fee] | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """InvoiceResponse"""

    invoice: Invoice


class InvoicesPage(msgspec.Struct, kw_only=True, omit_defaults=True):
    """InvoicesPage"""

    invoices: list[Invoice]
    meta: PageMeta


__all__ = (
    "Customer",
    "Error",
    "Fee",
    "FeeItem",
    "Invoice",
    "InvoiceResponse",
    "InvoicesPage",
    "InvoiceStatus",
    "InvoiceType",
    "PageMeta",
    "PaymentStatus",
)
