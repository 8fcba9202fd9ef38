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


class AccountResourceType(OpenStrEnum):
    """JSON:API type of an account resource.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ACCOUNTS = "accounts"


class InvoiceInclude(OpenStrEnum):
    """Relationship paths that `include` accepts on invoices.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    ACCOUNT = "account"


class InvoiceResourceType(OpenStrEnum):
    """JSON:API type of an invoice resource.

    Open: a value this spec does not list decodes to a pseudo-member that keeps the value.
    """

    INVOICES = "invoices"


class AccountAttributes(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Account attributes (`account_resource.rb`; column nullability from `app/models/account.rb`,
    table `billing.accounts`)."""

    name: str
    balance: Decimal
    min_balance: Decimal = msgspec.field(name="min-balance")
    max_balance: Decimal = msgspec.field(name="max-balance")
    destination_rate_limit: Decimal | None = msgspec.field(name="destination-rate-limit")
    origination_capacity: int | None = msgspec.field(name="origination-capacity")
    termination_capacity: int | None = msgspec.field(name="termination-capacity")
    total_capacity: int | None = msgspec.field(name="total-capacity")
    currency: str | None | msgspec.UnsetType = msgspec.UNSET


class AccountIdentifier(msgspec.Struct, kw_only=True, omit_defaults=True):
    """JSON:API resource identifier of an account."""

    type_: AccountResourceType = msgspec.field(name="type")
    id: str


class AuthCredentials(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Customer Portal Login credentials (`System::ApiAccess`)."""

    login: str
    password: str
    cookie_auth: bool | None | msgspec.UnsetType = msgspec.UNSET


class AuthRequest(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of `login` (`auth_controller.rb#auth_params`)."""

    auth: AuthCredentials


class AuthResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """201 body of `login` without `cookie_auth`."""

    jwt: str


class AuthShowResponse(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Body of `GET /auth` (`auth_controller.rb#show`)."""

    allow_rec: bool = msgspec.field(name="allow-rec")


class ErrorMeta(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Extra information; for 500 outside production `exception` and `backtrace`
    (`include_backtraces_in_errors`)."""

    exception: str | None | msgspec.UnsetType = msgspec.UNSET
    backtrace: list[str] | None | msgspec.UnsetType = msgspec.UNSET


class ErrorSource(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Where the error comes from (validation errors only)."""

    pointer: str | None | msgspec.UnsetType = msgspec.UNSET
    parameter: str | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceAttributes(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Every customer-visible invoice attribute (`invoice_resource.rb`; exact list and formatting in
    `spec/requests/api/rest/customer/v1/invoices_controller_spec.rb`; values filled by
    `app/services/billing_invoice/fill.rb`). Amounts are in the account currency, which is not an
    invoice attribute."""

    reference: str
    start_date: datetime.datetime = msgspec.field(name="start-date")
    end_date: datetime.datetime = msgspec.field(name="end-date")
    has_pdf: bool = msgspec.field(name="has-pdf")
    amount_spent: Decimal = msgspec.field(name="amount-spent")
    originated_amount_spent: Decimal = msgspec.field(name="originated-amount-spent")
    originated_calls_count: int = msgspec.field(name="originated-calls-count")
    originated_successful_calls_count: int = msgspec.field(name="originated-successful-calls-count")
    originated_calls_duration: int = msgspec.field(name="originated-calls-duration")
    originated_billing_duration: int = msgspec.field(name="originated-billing-duration")
    originated_first_call_at: datetime.datetime | None = msgspec.field(
        name="originated-first-call-at"
    )
    originated_last_call_at: datetime.datetime | None = msgspec.field(
        name="originated-last-call-at"
    )
    terminated_amount_spent: Decimal = msgspec.field(name="terminated-amount-spent")
    terminated_calls_count: int = msgspec.field(name="terminated-calls-count")
    terminated_successful_calls_count: int = msgspec.field(name="terminated-successful-calls-count")
    terminated_calls_duration: int = msgspec.field(name="terminated-calls-duration")
    terminated_billing_duration: int = msgspec.field(name="terminated-billing-duration")
    terminated_first_call_at: datetime.datetime | None = msgspec.field(
        name="terminated-first-call-at"
    )
    terminated_last_call_at: datetime.datetime | None = msgspec.field(
        name="terminated-last-call-at"
    )
    services_amount_spent: Decimal | None | msgspec.UnsetType = msgspec.field(
        name="services-amount-spent", default=msgspec.UNSET
    )
    service_transactions_count: int | None | msgspec.UnsetType = msgspec.field(
        name="service-transactions-count", default=msgspec.UNSET
    )


class ListMeta(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Top-level meta of a list (`top_level_meta_include_record_count`, key `total_count` dasherized)."""

    total_count: int = msgspec.field(name="total-count")


class PaginationLinks(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Paged paginator links (jsonapi-resources 0.9.12 `PagedPaginator#links_page_params`): absolute
    URLs with URL-encoded `page[number]`/`page[size]`. `last` is page 1 for an empty result."""

    first: str
    last: str
    prev: str | None | msgspec.UnsetType = msgspec.UNSET
    next_: str | None | msgspec.UnsetType = msgspec.field(name="next", default=msgspec.UNSET)


class RelationshipLinks(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Links of a relationship object."""

    self_: str = msgspec.field(name="self")
    related: str


class ResourceLinks(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Links of a resource object."""

    self_: str = msgspec.field(name="self")


class AccountRelationshipDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Top-level document of `get_invoice_account_relationship`."""

    links: RelationshipLinks
    data: AccountIdentifier | None


class AccountResource(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A customer account (`app/resources/api/rest/customer/v1/account_resource.rb`); no relationships."""

    id: str
    type_: AccountResourceType = msgspec.field(name="type")
    links: ResourceLinks
    attributes: AccountAttributes


class ErrorObject(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One error. `code` and `status` are strings; codes from `lib/jsonapi/error_codes.rb` (e.g. "102"
    filter not allowed, "103" invalid field value, "107" invalid filter value, "114" invalid sort,
    "118" invalid page value, "401", "404", "500")."""

    title: str
    detail: str
    code: str
    status: str
    id: str | None | msgspec.UnsetType = msgspec.UNSET
    href: str | None | msgspec.UnsetType = msgspec.UNSET
    source: ErrorSource | None | msgspec.UnsetType = msgspec.UNSET
    meta: ErrorMeta | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceAccountRelationship(msgspec.Struct, kw_only=True, omit_defaults=True):
    """`has_one :account` (`foreign_key_on: :related`). `data` is present only with `include=account`."""

    links: RelationshipLinks
    data: AccountIdentifier | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceRelationships(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Relationships of an invoice. Omitted when `fields[invoices]` does not list `account`."""

    account: InvoiceAccountRelationship | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceResource(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A customer invoice (`app/resources/api/rest/customer/v1/invoice_resource.rb`). Customers only
    ever see approved (issued) invoices."""

    id: str
    type_: InvoiceResourceType = msgspec.field(name="type")
    links: ResourceLinks
    attributes: InvoiceAttributes
    relationships: InvoiceRelationships | None | msgspec.UnsetType = msgspec.UNSET


class AccountDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Top-level document of `get_invoice_account`."""

    data: AccountResource


class ErrorDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """JSON:API error document (jsonapi-resources 0.9.12 `JSONAPI::Error#to_hash`, nil members
    dropped). Also used, as plain JSON, by `login`."""

    errors: list[ErrorObject]


class InvoiceDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Top-level document of `get_invoice`."""

    data: InvoiceResource
    included: list[AccountResource] | None | msgspec.UnsetType = msgspec.UNSET


class InvoiceListDocument(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Top-level document of `list_invoices`."""

    data: list[InvoiceResource]
    meta: ListMeta
    links: PaginationLinks
    included: list[AccountResource] | None | msgspec.UnsetType = msgspec.UNSET


__all__ = (
    "AccountAttributes",
    "AccountDocument",
    "AccountIdentifier",
    "AccountRelationshipDocument",
    "AccountResource",
    "AccountResourceType",
    "AuthCredentials",
    "AuthRequest",
    "AuthResponse",
    "AuthShowResponse",
    "ErrorDocument",
    "ErrorMeta",
    "ErrorObject",
    "ErrorSource",
    "InvoiceAccountRelationship",
    "InvoiceAttributes",
    "InvoiceDocument",
    "InvoiceInclude",
    "InvoiceListDocument",
    "InvoiceRelationships",
    "InvoiceResource",
    "InvoiceResourceType",
    "ListMeta",
    "PaginationLinks",
    "RelationshipLinks",
    "ResourceLinks",
)
