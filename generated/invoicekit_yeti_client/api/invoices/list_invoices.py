import datetime
from typing import Any
from uuid import UUID

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset

from ...models.error_document import ErrorDocument
from ...models.invoice_include import InvoiceInclude
from ...models.invoice_list_document import InvoiceListDocument
from ...operations import OPERATIONS

OPERATION = OPERATIONS["list_invoices"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    filterid: str | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
    sort: str | Unset = "-start-date",
    include: InvoiceInclude | Unset = UNSET,
    fieldsinvoices: str | Unset = UNSET,
    fieldsaccounts: str | Unset = UNSET,
    filterreference_eq: str | Unset = UNSET,
    filterreference_not_eq: str | Unset = UNSET,
    filterreference_cont: str | Unset = UNSET,
    filterreference_start: str | Unset = UNSET,
    filterreference_end: str | Unset = UNSET,
    filterreference_in: str | Unset = UNSET,
    filterreference_not_in: str | Unset = UNSET,
    filterreference_cont_any: str | Unset = UNSET,
    filterstart_date_eq: datetime.datetime | Unset = UNSET,
    filterstart_date_not_eq: datetime.datetime | Unset = UNSET,
    filterstart_date_gt: datetime.datetime | Unset = UNSET,
    filterstart_date_gteq: datetime.datetime | Unset = UNSET,
    filterstart_date_lt: datetime.datetime | Unset = UNSET,
    filterstart_date_lteq: datetime.datetime | Unset = UNSET,
    filterstart_date_in: str | Unset = UNSET,
    filterstart_date_not_in: str | Unset = UNSET,
    filterend_date_eq: datetime.datetime | Unset = UNSET,
    filterend_date_not_eq: datetime.datetime | Unset = UNSET,
    filterend_date_gt: datetime.datetime | Unset = UNSET,
    filterend_date_gteq: datetime.datetime | Unset = UNSET,
    filterend_date_lt: datetime.datetime | Unset = UNSET,
    filterend_date_lteq: datetime.datetime | Unset = UNSET,
    filterend_date_in: str | Unset = UNSET,
    filterend_date_not_in: str | Unset = UNSET,
    filteramount_spent_eq: str | Unset = UNSET,
    filteramount_spent_not_eq: str | Unset = UNSET,
    filteramount_spent_gt: str | Unset = UNSET,
    filteramount_spent_gteq: str | Unset = UNSET,
    filteramount_spent_lt: str | Unset = UNSET,
    filteramount_spent_lteq: str | Unset = UNSET,
    filteramount_spent_in: str | Unset = UNSET,
    filteramount_spent_not_in: str | Unset = UNSET,
    filteroriginated_amount_spent_eq: str | Unset = UNSET,
    filteroriginated_amount_spent_not_eq: str | Unset = UNSET,
    filteroriginated_amount_spent_gt: str | Unset = UNSET,
    filteroriginated_amount_spent_gteq: str | Unset = UNSET,
    filteroriginated_amount_spent_lt: str | Unset = UNSET,
    filteroriginated_amount_spent_lteq: str | Unset = UNSET,
    filteroriginated_amount_spent_in: str | Unset = UNSET,
    filteroriginated_amount_spent_not_in: str | Unset = UNSET,
    filteroriginated_calls_count_eq: str | Unset = UNSET,
    filteroriginated_calls_count_not_eq: str | Unset = UNSET,
    filteroriginated_calls_count_gt: str | Unset = UNSET,
    filteroriginated_calls_count_gteq: str | Unset = UNSET,
    filteroriginated_calls_count_lt: str | Unset = UNSET,
    filteroriginated_calls_count_lteq: str | Unset = UNSET,
    filteroriginated_calls_count_in: str | Unset = UNSET,
    filteroriginated_calls_count_not_in: str | Unset = UNSET,
    filteroriginated_successful_calls_count_eq: str | Unset = UNSET,
    filteroriginated_successful_calls_count_not_eq: str | Unset = UNSET,
    filteroriginated_successful_calls_count_gt: str | Unset = UNSET,
    filteroriginated_successful_calls_count_gteq: str | Unset = UNSET,
    filteroriginated_successful_calls_count_lt: str | Unset = UNSET,
    filteroriginated_successful_calls_count_lteq: str | Unset = UNSET,
    filteroriginated_successful_calls_count_in: str | Unset = UNSET,
    filteroriginated_successful_calls_count_not_in: str | Unset = UNSET,
    filteroriginated_calls_duration_eq: str | Unset = UNSET,
    filteroriginated_calls_duration_not_eq: str | Unset = UNSET,
    filteroriginated_calls_duration_gt: str | Unset = UNSET,
    filteroriginated_calls_duration_gteq: str | Unset = UNSET,
    filteroriginated_calls_duration_lt: str | Unset = UNSET,
    filteroriginated_calls_duration_lteq: str | Unset = UNSET,
    filteroriginated_calls_duration_in: str | Unset = UNSET,
    filteroriginated_calls_duration_not_in: str | Unset = UNSET,
    filteroriginated_billing_duration_eq: str | Unset = UNSET,
    filteroriginated_billing_duration_not_eq: str | Unset = UNSET,
    filteroriginated_billing_duration_gt: str | Unset = UNSET,
    filteroriginated_billing_duration_gteq: str | Unset = UNSET,
    filteroriginated_billing_duration_lt: str | Unset = UNSET,
    filteroriginated_billing_duration_lteq: str | Unset = UNSET,
    filteroriginated_billing_duration_in: str | Unset = UNSET,
    filteroriginated_billing_duration_not_in: str | Unset = UNSET,
    filteroriginated_first_call_at_eq: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_not_eq: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_gt: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_gteq: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_lt: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_lteq: datetime.datetime | Unset = UNSET,
    filteroriginated_first_call_at_in: str | Unset = UNSET,
    filteroriginated_first_call_at_not_in: str | Unset = UNSET,
    filteroriginated_last_call_at_eq: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_not_eq: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_gt: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_gteq: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_lt: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_lteq: datetime.datetime | Unset = UNSET,
    filteroriginated_last_call_at_in: str | Unset = UNSET,
    filteroriginated_last_call_at_not_in: str | Unset = UNSET,
    filterterminated_amount_spent_eq: str | Unset = UNSET,
    filterterminated_amount_spent_not_eq: str | Unset = UNSET,
    filterterminated_amount_spent_gt: str | Unset = UNSET,
    filterterminated_amount_spent_gteq: str | Unset = UNSET,
    filterterminated_amount_spent_lt: str | Unset = UNSET,
    filterterminated_amount_spent_lteq: str | Unset = UNSET,
    filterterminated_amount_spent_in: str | Unset = UNSET,
    filterterminated_amount_spent_not_in: str | Unset = UNSET,
    filterterminated_calls_count_eq: str | Unset = UNSET,
    filterterminated_calls_count_not_eq: str | Unset = UNSET,
    filterterminated_calls_count_gt: str | Unset = UNSET,
    filterterminated_calls_count_gteq: str | Unset = UNSET,
    filterterminated_calls_count_lt: str | Unset = UNSET,
    filterterminated_calls_count_lteq: str | Unset = UNSET,
    filterterminated_calls_count_in: str | Unset = UNSET,
    filterterminated_calls_count_not_in: str | Unset = UNSET,
    filterterminated_successful_calls_count_eq: str | Unset = UNSET,
    filterterminated_successful_calls_count_not_eq: str | Unset = UNSET,
    filterterminated_successful_calls_count_gt: str | Unset = UNSET,
    filterterminated_successful_calls_count_gteq: str | Unset = UNSET,
    filterterminated_successful_calls_count_lt: str | Unset = UNSET,
    filterterminated_successful_calls_count_lteq: str | Unset = UNSET,
    filterterminated_successful_calls_count_in: str | Unset = UNSET,
    filterterminated_successful_calls_count_not_in: str | Unset = UNSET,
    filterterminated_calls_duration_eq: str | Unset = UNSET,
    filterterminated_calls_duration_not_eq: str | Unset = UNSET,
    filterterminated_calls_duration_gt: str | Unset = UNSET,
    filterterminated_calls_duration_gteq: str | Unset = UNSET,
    filterterminated_calls_duration_lt: str | Unset = UNSET,
    filterterminated_calls_duration_lteq: str | Unset = UNSET,
    filterterminated_calls_duration_in: str | Unset = UNSET,
    filterterminated_calls_duration_not_in: str | Unset = UNSET,
    filterterminated_billing_duration_eq: str | Unset = UNSET,
    filterterminated_billing_duration_not_eq: str | Unset = UNSET,
    filterterminated_billing_duration_gt: str | Unset = UNSET,
    filterterminated_billing_duration_gteq: str | Unset = UNSET,
    filterterminated_billing_duration_lt: str | Unset = UNSET,
    filterterminated_billing_duration_lteq: str | Unset = UNSET,
    filterterminated_billing_duration_in: str | Unset = UNSET,
    filterterminated_billing_duration_not_in: str | Unset = UNSET,
    filterterminated_first_call_at_eq: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_not_eq: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_gt: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_gteq: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_lt: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_lteq: datetime.datetime | Unset = UNSET,
    filterterminated_first_call_at_in: str | Unset = UNSET,
    filterterminated_first_call_at_not_in: str | Unset = UNSET,
    filterterminated_last_call_at_eq: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_not_eq: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_gt: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_gteq: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_lt: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_lteq: datetime.datetime | Unset = UNSET,
    filterterminated_last_call_at_in: str | Unset = UNSET,
    filterterminated_last_call_at_not_in: str | Unset = UNSET,
    filterservices_amount_spent_eq: str | Unset = UNSET,
    filterservices_amount_spent_not_eq: str | Unset = UNSET,
    filterservices_amount_spent_gt: str | Unset = UNSET,
    filterservices_amount_spent_gteq: str | Unset = UNSET,
    filterservices_amount_spent_lt: str | Unset = UNSET,
    filterservices_amount_spent_lteq: str | Unset = UNSET,
    filterservices_amount_spent_in: str | Unset = UNSET,
    filterservices_amount_spent_not_in: str | Unset = UNSET,
    filterservice_transactions_count_eq: str | Unset = UNSET,
    filterservice_transactions_count_not_eq: str | Unset = UNSET,
    filterservice_transactions_count_gt: str | Unset = UNSET,
    filterservice_transactions_count_gteq: str | Unset = UNSET,
    filterservice_transactions_count_lt: str | Unset = UNSET,
    filterservice_transactions_count_lteq: str | Unset = UNSET,
    filterservice_transactions_count_in: str | Unset = UNSET,
    filterservice_transactions_count_not_in: str | Unset = UNSET,
    filteraccount_id_eq: UUID | Unset = UNSET,
    filteraccount_id_not_eq: UUID | Unset = UNSET,
    filteraccount_id_in: str | Unset = UNSET,
    filteraccount_id_not_in: str | Unset = UNSET,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `list_invoices`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["filter[id]"] = filterid

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params["sort"] = sort

    json_include: str | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include.value

    params["include"] = json_include

    params["fields[invoices]"] = fieldsinvoices

    params["fields[accounts]"] = fieldsaccounts

    params["filter[reference_eq]"] = filterreference_eq

    params["filter[reference_not_eq]"] = filterreference_not_eq

    params["filter[reference_cont]"] = filterreference_cont

    params["filter[reference_start]"] = filterreference_start

    params["filter[reference_end]"] = filterreference_end

    params["filter[reference_in]"] = filterreference_in

    params["filter[reference_not_in]"] = filterreference_not_in

    params["filter[reference_cont_any]"] = filterreference_cont_any

    json_filterstart_date_eq: str | Unset = UNSET
    if not isinstance(filterstart_date_eq, Unset):
        json_filterstart_date_eq = filterstart_date_eq.isoformat()
    params["filter[start_date_eq]"] = json_filterstart_date_eq

    json_filterstart_date_not_eq: str | Unset = UNSET
    if not isinstance(filterstart_date_not_eq, Unset):
        json_filterstart_date_not_eq = filterstart_date_not_eq.isoformat()
    params["filter[start_date_not_eq]"] = json_filterstart_date_not_eq

    json_filterstart_date_gt: str | Unset = UNSET
    if not isinstance(filterstart_date_gt, Unset):
        json_filterstart_date_gt = filterstart_date_gt.isoformat()
    params["filter[start_date_gt]"] = json_filterstart_date_gt

    json_filterstart_date_gteq: str | Unset = UNSET
    if not isinstance(filterstart_date_gteq, Unset):
        json_filterstart_date_gteq = filterstart_date_gteq.isoformat()
    params["filter[start_date_gteq]"] = json_filterstart_date_gteq

    json_filterstart_date_lt: str | Unset = UNSET
    if not isinstance(filterstart_date_lt, Unset):
        json_filterstart_date_lt = filterstart_date_lt.isoformat()
    params["filter[start_date_lt]"] = json_filterstart_date_lt

    json_filterstart_date_lteq: str | Unset = UNSET
    if not isinstance(filterstart_date_lteq, Unset):
        json_filterstart_date_lteq = filterstart_date_lteq.isoformat()
    params["filter[start_date_lteq]"] = json_filterstart_date_lteq

    params["filter[start_date_in]"] = filterstart_date_in

    params["filter[start_date_not_in]"] = filterstart_date_not_in

    json_filterend_date_eq: str | Unset = UNSET
    if not isinstance(filterend_date_eq, Unset):
        json_filterend_date_eq = filterend_date_eq.isoformat()
    params["filter[end_date_eq]"] = json_filterend_date_eq

    json_filterend_date_not_eq: str | Unset = UNSET
    if not isinstance(filterend_date_not_eq, Unset):
        json_filterend_date_not_eq = filterend_date_not_eq.isoformat()
    params["filter[end_date_not_eq]"] = json_filterend_date_not_eq

    json_filterend_date_gt: str | Unset = UNSET
    if not isinstance(filterend_date_gt, Unset):
        json_filterend_date_gt = filterend_date_gt.isoformat()
    params["filter[end_date_gt]"] = json_filterend_date_gt

    json_filterend_date_gteq: str | Unset = UNSET
    if not isinstance(filterend_date_gteq, Unset):
        json_filterend_date_gteq = filterend_date_gteq.isoformat()
    params["filter[end_date_gteq]"] = json_filterend_date_gteq

    json_filterend_date_lt: str | Unset = UNSET
    if not isinstance(filterend_date_lt, Unset):
        json_filterend_date_lt = filterend_date_lt.isoformat()
    params["filter[end_date_lt]"] = json_filterend_date_lt

    json_filterend_date_lteq: str | Unset = UNSET
    if not isinstance(filterend_date_lteq, Unset):
        json_filterend_date_lteq = filterend_date_lteq.isoformat()
    params["filter[end_date_lteq]"] = json_filterend_date_lteq

    params["filter[end_date_in]"] = filterend_date_in

    params["filter[end_date_not_in]"] = filterend_date_not_in

    params["filter[amount_spent_eq]"] = filteramount_spent_eq

    params["filter[amount_spent_not_eq]"] = filteramount_spent_not_eq

    params["filter[amount_spent_gt]"] = filteramount_spent_gt

    params["filter[amount_spent_gteq]"] = filteramount_spent_gteq

    params["filter[amount_spent_lt]"] = filteramount_spent_lt

    params["filter[amount_spent_lteq]"] = filteramount_spent_lteq

    params["filter[amount_spent_in]"] = filteramount_spent_in

    params["filter[amount_spent_not_in]"] = filteramount_spent_not_in

    params["filter[originated_amount_spent_eq]"] = filteroriginated_amount_spent_eq

    params["filter[originated_amount_spent_not_eq]"] = filteroriginated_amount_spent_not_eq

    params["filter[originated_amount_spent_gt]"] = filteroriginated_amount_spent_gt

    params["filter[originated_amount_spent_gteq]"] = filteroriginated_amount_spent_gteq

    params["filter[originated_amount_spent_lt]"] = filteroriginated_amount_spent_lt

    params["filter[originated_amount_spent_lteq]"] = filteroriginated_amount_spent_lteq

    params["filter[originated_amount_spent_in]"] = filteroriginated_amount_spent_in

    params["filter[originated_amount_spent_not_in]"] = filteroriginated_amount_spent_not_in

    params["filter[originated_calls_count_eq]"] = filteroriginated_calls_count_eq

    params["filter[originated_calls_count_not_eq]"] = filteroriginated_calls_count_not_eq

    params["filter[originated_calls_count_gt]"] = filteroriginated_calls_count_gt

    params["filter[originated_calls_count_gteq]"] = filteroriginated_calls_count_gteq

    params["filter[originated_calls_count_lt]"] = filteroriginated_calls_count_lt

    params["filter[originated_calls_count_lteq]"] = filteroriginated_calls_count_lteq

    params["filter[originated_calls_count_in]"] = filteroriginated_calls_count_in

    params["filter[originated_calls_count_not_in]"] = filteroriginated_calls_count_not_in

    params["filter[originated_successful_calls_count_eq]"] = (
        filteroriginated_successful_calls_count_eq
    )

    params["filter[originated_successful_calls_count_not_eq]"] = (
        filteroriginated_successful_calls_count_not_eq
    )

    params["filter[originated_successful_calls_count_gt]"] = (
        filteroriginated_successful_calls_count_gt
    )

    params["filter[originated_successful_calls_count_gteq]"] = (
        filteroriginated_successful_calls_count_gteq
    )

    params["filter[originated_successful_calls_count_lt]"] = (
        filteroriginated_successful_calls_count_lt
    )

    params["filter[originated_successful_calls_count_lteq]"] = (
        filteroriginated_successful_calls_count_lteq
    )

    params["filter[originated_successful_calls_count_in]"] = (
        filteroriginated_successful_calls_count_in
    )

    params["filter[originated_successful_calls_count_not_in]"] = (
        filteroriginated_successful_calls_count_not_in
    )

    params["filter[originated_calls_duration_eq]"] = filteroriginated_calls_duration_eq

    params["filter[originated_calls_duration_not_eq]"] = filteroriginated_calls_duration_not_eq

    params["filter[originated_calls_duration_gt]"] = filteroriginated_calls_duration_gt

    params["filter[originated_calls_duration_gteq]"] = filteroriginated_calls_duration_gteq

    params["filter[originated_calls_duration_lt]"] = filteroriginated_calls_duration_lt

    params["filter[originated_calls_duration_lteq]"] = filteroriginated_calls_duration_lteq

    params["filter[originated_calls_duration_in]"] = filteroriginated_calls_duration_in

    params["filter[originated_calls_duration_not_in]"] = filteroriginated_calls_duration_not_in

    params["filter[originated_billing_duration_eq]"] = filteroriginated_billing_duration_eq

    params["filter[originated_billing_duration_not_eq]"] = filteroriginated_billing_duration_not_eq

    params["filter[originated_billing_duration_gt]"] = filteroriginated_billing_duration_gt

    params["filter[originated_billing_duration_gteq]"] = filteroriginated_billing_duration_gteq

    params["filter[originated_billing_duration_lt]"] = filteroriginated_billing_duration_lt

    params["filter[originated_billing_duration_lteq]"] = filteroriginated_billing_duration_lteq

    params["filter[originated_billing_duration_in]"] = filteroriginated_billing_duration_in

    params["filter[originated_billing_duration_not_in]"] = filteroriginated_billing_duration_not_in

    json_filteroriginated_first_call_at_eq: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_eq, Unset):
        json_filteroriginated_first_call_at_eq = filteroriginated_first_call_at_eq.isoformat()
    params["filter[originated_first_call_at_eq]"] = json_filteroriginated_first_call_at_eq

    json_filteroriginated_first_call_at_not_eq: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_not_eq, Unset):
        json_filteroriginated_first_call_at_not_eq = (
            filteroriginated_first_call_at_not_eq.isoformat()
        )
    params["filter[originated_first_call_at_not_eq]"] = json_filteroriginated_first_call_at_not_eq

    json_filteroriginated_first_call_at_gt: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_gt, Unset):
        json_filteroriginated_first_call_at_gt = filteroriginated_first_call_at_gt.isoformat()
    params["filter[originated_first_call_at_gt]"] = json_filteroriginated_first_call_at_gt

    json_filteroriginated_first_call_at_gteq: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_gteq, Unset):
        json_filteroriginated_first_call_at_gteq = filteroriginated_first_call_at_gteq.isoformat()
    params["filter[originated_first_call_at_gteq]"] = json_filteroriginated_first_call_at_gteq

    json_filteroriginated_first_call_at_lt: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_lt, Unset):
        json_filteroriginated_first_call_at_lt = filteroriginated_first_call_at_lt.isoformat()
    params["filter[originated_first_call_at_lt]"] = json_filteroriginated_first_call_at_lt

    json_filteroriginated_first_call_at_lteq: str | Unset = UNSET
    if not isinstance(filteroriginated_first_call_at_lteq, Unset):
        json_filteroriginated_first_call_at_lteq = filteroriginated_first_call_at_lteq.isoformat()
    params["filter[originated_first_call_at_lteq]"] = json_filteroriginated_first_call_at_lteq

    params["filter[originated_first_call_at_in]"] = filteroriginated_first_call_at_in

    params["filter[originated_first_call_at_not_in]"] = filteroriginated_first_call_at_not_in

    json_filteroriginated_last_call_at_eq: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_eq, Unset):
        json_filteroriginated_last_call_at_eq = filteroriginated_last_call_at_eq.isoformat()
    params["filter[originated_last_call_at_eq]"] = json_filteroriginated_last_call_at_eq

    json_filteroriginated_last_call_at_not_eq: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_not_eq, Unset):
        json_filteroriginated_last_call_at_not_eq = filteroriginated_last_call_at_not_eq.isoformat()
    params["filter[originated_last_call_at_not_eq]"] = json_filteroriginated_last_call_at_not_eq

    json_filteroriginated_last_call_at_gt: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_gt, Unset):
        json_filteroriginated_last_call_at_gt = filteroriginated_last_call_at_gt.isoformat()
    params["filter[originated_last_call_at_gt]"] = json_filteroriginated_last_call_at_gt

    json_filteroriginated_last_call_at_gteq: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_gteq, Unset):
        json_filteroriginated_last_call_at_gteq = filteroriginated_last_call_at_gteq.isoformat()
    params["filter[originated_last_call_at_gteq]"] = json_filteroriginated_last_call_at_gteq

    json_filteroriginated_last_call_at_lt: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_lt, Unset):
        json_filteroriginated_last_call_at_lt = filteroriginated_last_call_at_lt.isoformat()
    params["filter[originated_last_call_at_lt]"] = json_filteroriginated_last_call_at_lt

    json_filteroriginated_last_call_at_lteq: str | Unset = UNSET
    if not isinstance(filteroriginated_last_call_at_lteq, Unset):
        json_filteroriginated_last_call_at_lteq = filteroriginated_last_call_at_lteq.isoformat()
    params["filter[originated_last_call_at_lteq]"] = json_filteroriginated_last_call_at_lteq

    params["filter[originated_last_call_at_in]"] = filteroriginated_last_call_at_in

    params["filter[originated_last_call_at_not_in]"] = filteroriginated_last_call_at_not_in

    params["filter[terminated_amount_spent_eq]"] = filterterminated_amount_spent_eq

    params["filter[terminated_amount_spent_not_eq]"] = filterterminated_amount_spent_not_eq

    params["filter[terminated_amount_spent_gt]"] = filterterminated_amount_spent_gt

    params["filter[terminated_amount_spent_gteq]"] = filterterminated_amount_spent_gteq

    params["filter[terminated_amount_spent_lt]"] = filterterminated_amount_spent_lt

    params["filter[terminated_amount_spent_lteq]"] = filterterminated_amount_spent_lteq

    params["filter[terminated_amount_spent_in]"] = filterterminated_amount_spent_in

    params["filter[terminated_amount_spent_not_in]"] = filterterminated_amount_spent_not_in

    params["filter[terminated_calls_count_eq]"] = filterterminated_calls_count_eq

    params["filter[terminated_calls_count_not_eq]"] = filterterminated_calls_count_not_eq

    params["filter[terminated_calls_count_gt]"] = filterterminated_calls_count_gt

    params["filter[terminated_calls_count_gteq]"] = filterterminated_calls_count_gteq

    params["filter[terminated_calls_count_lt]"] = filterterminated_calls_count_lt

    params["filter[terminated_calls_count_lteq]"] = filterterminated_calls_count_lteq

    params["filter[terminated_calls_count_in]"] = filterterminated_calls_count_in

    params["filter[terminated_calls_count_not_in]"] = filterterminated_calls_count_not_in

    params["filter[terminated_successful_calls_count_eq]"] = (
        filterterminated_successful_calls_count_eq
    )

    params["filter[terminated_successful_calls_count_not_eq]"] = (
        filterterminated_successful_calls_count_not_eq
    )

    params["filter[terminated_successful_calls_count_gt]"] = (
        filterterminated_successful_calls_count_gt
    )

    params["filter[terminated_successful_calls_count_gteq]"] = (
        filterterminated_successful_calls_count_gteq
    )

    params["filter[terminated_successful_calls_count_lt]"] = (
        filterterminated_successful_calls_count_lt
    )

    params["filter[terminated_successful_calls_count_lteq]"] = (
        filterterminated_successful_calls_count_lteq
    )

    params["filter[terminated_successful_calls_count_in]"] = (
        filterterminated_successful_calls_count_in
    )

    params["filter[terminated_successful_calls_count_not_in]"] = (
        filterterminated_successful_calls_count_not_in
    )

    params["filter[terminated_calls_duration_eq]"] = filterterminated_calls_duration_eq

    params["filter[terminated_calls_duration_not_eq]"] = filterterminated_calls_duration_not_eq

    params["filter[terminated_calls_duration_gt]"] = filterterminated_calls_duration_gt

    params["filter[terminated_calls_duration_gteq]"] = filterterminated_calls_duration_gteq

    params["filter[terminated_calls_duration_lt]"] = filterterminated_calls_duration_lt

    params["filter[terminated_calls_duration_lteq]"] = filterterminated_calls_duration_lteq

    params["filter[terminated_calls_duration_in]"] = filterterminated_calls_duration_in

    params["filter[terminated_calls_duration_not_in]"] = filterterminated_calls_duration_not_in

    params["filter[terminated_billing_duration_eq]"] = filterterminated_billing_duration_eq

    params["filter[terminated_billing_duration_not_eq]"] = filterterminated_billing_duration_not_eq

    params["filter[terminated_billing_duration_gt]"] = filterterminated_billing_duration_gt

    params["filter[terminated_billing_duration_gteq]"] = filterterminated_billing_duration_gteq

    params["filter[terminated_billing_duration_lt]"] = filterterminated_billing_duration_lt

    params["filter[terminated_billing_duration_lteq]"] = filterterminated_billing_duration_lteq

    params["filter[terminated_billing_duration_in]"] = filterterminated_billing_duration_in

    params["filter[terminated_billing_duration_not_in]"] = filterterminated_billing_duration_not_in

    json_filterterminated_first_call_at_eq: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_eq, Unset):
        json_filterterminated_first_call_at_eq = filterterminated_first_call_at_eq.isoformat()
    params["filter[terminated_first_call_at_eq]"] = json_filterterminated_first_call_at_eq

    json_filterterminated_first_call_at_not_eq: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_not_eq, Unset):
        json_filterterminated_first_call_at_not_eq = (
            filterterminated_first_call_at_not_eq.isoformat()
        )
    params["filter[terminated_first_call_at_not_eq]"] = json_filterterminated_first_call_at_not_eq

    json_filterterminated_first_call_at_gt: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_gt, Unset):
        json_filterterminated_first_call_at_gt = filterterminated_first_call_at_gt.isoformat()
    params["filter[terminated_first_call_at_gt]"] = json_filterterminated_first_call_at_gt

    json_filterterminated_first_call_at_gteq: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_gteq, Unset):
        json_filterterminated_first_call_at_gteq = filterterminated_first_call_at_gteq.isoformat()
    params["filter[terminated_first_call_at_gteq]"] = json_filterterminated_first_call_at_gteq

    json_filterterminated_first_call_at_lt: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_lt, Unset):
        json_filterterminated_first_call_at_lt = filterterminated_first_call_at_lt.isoformat()
    params["filter[terminated_first_call_at_lt]"] = json_filterterminated_first_call_at_lt

    json_filterterminated_first_call_at_lteq: str | Unset = UNSET
    if not isinstance(filterterminated_first_call_at_lteq, Unset):
        json_filterterminated_first_call_at_lteq = filterterminated_first_call_at_lteq.isoformat()
    params["filter[terminated_first_call_at_lteq]"] = json_filterterminated_first_call_at_lteq

    params["filter[terminated_first_call_at_in]"] = filterterminated_first_call_at_in

    params["filter[terminated_first_call_at_not_in]"] = filterterminated_first_call_at_not_in

    json_filterterminated_last_call_at_eq: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_eq, Unset):
        json_filterterminated_last_call_at_eq = filterterminated_last_call_at_eq.isoformat()
    params["filter[terminated_last_call_at_eq]"] = json_filterterminated_last_call_at_eq

    json_filterterminated_last_call_at_not_eq: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_not_eq, Unset):
        json_filterterminated_last_call_at_not_eq = filterterminated_last_call_at_not_eq.isoformat()
    params["filter[terminated_last_call_at_not_eq]"] = json_filterterminated_last_call_at_not_eq

    json_filterterminated_last_call_at_gt: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_gt, Unset):
        json_filterterminated_last_call_at_gt = filterterminated_last_call_at_gt.isoformat()
    params["filter[terminated_last_call_at_gt]"] = json_filterterminated_last_call_at_gt

    json_filterterminated_last_call_at_gteq: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_gteq, Unset):
        json_filterterminated_last_call_at_gteq = filterterminated_last_call_at_gteq.isoformat()
    params["filter[terminated_last_call_at_gteq]"] = json_filterterminated_last_call_at_gteq

    json_filterterminated_last_call_at_lt: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_lt, Unset):
        json_filterterminated_last_call_at_lt = filterterminated_last_call_at_lt.isoformat()
    params["filter[terminated_last_call_at_lt]"] = json_filterterminated_last_call_at_lt

    json_filterterminated_last_call_at_lteq: str | Unset = UNSET
    if not isinstance(filterterminated_last_call_at_lteq, Unset):
        json_filterterminated_last_call_at_lteq = filterterminated_last_call_at_lteq.isoformat()
    params["filter[terminated_last_call_at_lteq]"] = json_filterterminated_last_call_at_lteq

    params["filter[terminated_last_call_at_in]"] = filterterminated_last_call_at_in

    params["filter[terminated_last_call_at_not_in]"] = filterterminated_last_call_at_not_in

    params["filter[services_amount_spent_eq]"] = filterservices_amount_spent_eq

    params["filter[services_amount_spent_not_eq]"] = filterservices_amount_spent_not_eq

    params["filter[services_amount_spent_gt]"] = filterservices_amount_spent_gt

    params["filter[services_amount_spent_gteq]"] = filterservices_amount_spent_gteq

    params["filter[services_amount_spent_lt]"] = filterservices_amount_spent_lt

    params["filter[services_amount_spent_lteq]"] = filterservices_amount_spent_lteq

    params["filter[services_amount_spent_in]"] = filterservices_amount_spent_in

    params["filter[services_amount_spent_not_in]"] = filterservices_amount_spent_not_in

    params["filter[service_transactions_count_eq]"] = filterservice_transactions_count_eq

    params["filter[service_transactions_count_not_eq]"] = filterservice_transactions_count_not_eq

    params["filter[service_transactions_count_gt]"] = filterservice_transactions_count_gt

    params["filter[service_transactions_count_gteq]"] = filterservice_transactions_count_gteq

    params["filter[service_transactions_count_lt]"] = filterservice_transactions_count_lt

    params["filter[service_transactions_count_lteq]"] = filterservice_transactions_count_lteq

    params["filter[service_transactions_count_in]"] = filterservice_transactions_count_in

    params["filter[service_transactions_count_not_in]"] = filterservice_transactions_count_not_in

    json_filteraccount_id_eq: str | Unset = UNSET
    if not isinstance(filteraccount_id_eq, Unset):
        json_filteraccount_id_eq = str(filteraccount_id_eq)
    params["filter[account_id_eq]"] = json_filteraccount_id_eq

    json_filteraccount_id_not_eq: str | Unset = UNSET
    if not isinstance(filteraccount_id_not_eq, Unset):
        json_filteraccount_id_not_eq = str(filteraccount_id_not_eq)
    params["filter[account_id_not_eq]"] = json_filteraccount_id_not_eq

    params["filter[account_id_in]"] = filteraccount_id_in

    params["filter[account_id_not_in]"] = filteraccount_id_not_in

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/rest/customer/v1/invoices",
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorDocument | InvoiceListDocument | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=InvoiceListDocument, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 500:
        try:
            response_500 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_500

    return None
