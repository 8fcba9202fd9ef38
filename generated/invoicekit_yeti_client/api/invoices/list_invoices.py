import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.invoice_include import InvoiceInclude
from ...models.invoice_list_document import InvoiceListDocument
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:

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
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | InvoiceListDocument | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | InvoiceListDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[ErrorDocument | InvoiceListDocument]:
    """List the customer's invoices (JSON:API, paged)

     Approved invoices of the customer, newest first by default (`default_sort`
    `-start_date`). Paginator `paged`: `page[number]` (default 1), `page[size]` (default 50,
    maximum 1000). The top-level `meta.total-count` and `links` (`first`, `last`, plus `prev`
    and `next` when they exist) are always present.

    Filters are `filter[<base>_<predicate>]=<value>` (ransack, `RansackFilterBuilder` in
    yeti-web `app/services/ransack_filter_builder.rb`): the bases and their types are in
    `x-invoicekit-filters`, the predicates of each type in `x-invoicekit-filter-predicates`;
    `codegen/prepare.py` expands them into query parameters. 21 bases give 164 keys
    (13 number × 8 + 6 datetime × 8 + 1 string × 8 + 1 uuid × 4; `string` has 8 predicates
    in `RANSACK_TYPE_SUFIXES_DIC`, not 9 as the 165 in vendors.md assumes), and jsonapi-resources
    adds its own `filter[id]` (165 in all).
    Predicates `in`, `not_in` and `cont_any` take a comma-separated list; the others exactly
    one value (else 400, code 107). `account_id` takes account UUIDs. Datetime values are
    ISO 8601 (e.g. `filter[start_date_gteq]=2026-01-01T00:00:00Z`). An unknown key answers 400
    code 102.

    Args:
        filterid (str | Unset):  Example: 0b5c8e1a-5e2f-11f1-9a3d-da575d109341.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        sort (str | Unset):  Default: '-start-date'.
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):
        filterreference_eq (str | Unset):  Example: 23.
        filterreference_not_eq (str | Unset):  Example: 23.
        filterreference_cont (str | Unset):  Example: 23.
        filterreference_start (str | Unset):  Example: 23.
        filterreference_end (str | Unset):  Example: 23.
        filterreference_in (str | Unset):  Example: 23.
        filterreference_not_in (str | Unset):  Example: 23.
        filterreference_cont_any (str | Unset):  Example: 23.
        filterstart_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteramount_spent_eq (str | Unset):  Example: 10.
        filteramount_spent_not_eq (str | Unset):  Example: 10.
        filteramount_spent_gt (str | Unset):  Example: 10.
        filteramount_spent_gteq (str | Unset):  Example: 10.
        filteramount_spent_lt (str | Unset):  Example: 10.
        filteramount_spent_lteq (str | Unset):  Example: 10.
        filteramount_spent_in (str | Unset):  Example: 10.
        filteramount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_amount_spent_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_gt (str | Unset):  Example: 10.
        filterterminated_amount_spent_gteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_lt (str | Unset):  Example: 10.
        filterterminated_amount_spent_lteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_in (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_in (str | Unset):  Example: 10.
        filterterminated_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_calls_count_in (str | Unset):  Example: 10.
        filterterminated_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_gt (str | Unset):  Example: 10.
        filterterminated_calls_duration_gteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_lt (str | Unset):  Example: 10.
        filterterminated_calls_duration_lteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_gt (str | Unset):  Example: 10.
        filterterminated_billing_duration_gteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_lt (str | Unset):  Example: 10.
        filterterminated_billing_duration_lteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_in (str | Unset):  Example: 10.
        filterterminated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterservices_amount_spent_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_not_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_gt (str | Unset):  Example: 10.
        filterservices_amount_spent_gteq (str | Unset):  Example: 10.
        filterservices_amount_spent_lt (str | Unset):  Example: 10.
        filterservices_amount_spent_lteq (str | Unset):  Example: 10.
        filterservices_amount_spent_in (str | Unset):  Example: 10.
        filterservices_amount_spent_not_in (str | Unset):  Example: 10.
        filterservice_transactions_count_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_not_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_gt (str | Unset):  Example: 10.
        filterservice_transactions_count_gteq (str | Unset):  Example: 10.
        filterservice_transactions_count_lt (str | Unset):  Example: 10.
        filterservice_transactions_count_lteq (str | Unset):  Example: 10.
        filterservice_transactions_count_in (str | Unset):  Example: 10.
        filterservice_transactions_count_not_in (str | Unset):  Example: 10.
        filteraccount_id_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | InvoiceListDocument]
    """

    kwargs = _get_kwargs(
        filterid=filterid,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
        include=include,
        fieldsinvoices=fieldsinvoices,
        fieldsaccounts=fieldsaccounts,
        filterreference_eq=filterreference_eq,
        filterreference_not_eq=filterreference_not_eq,
        filterreference_cont=filterreference_cont,
        filterreference_start=filterreference_start,
        filterreference_end=filterreference_end,
        filterreference_in=filterreference_in,
        filterreference_not_in=filterreference_not_in,
        filterreference_cont_any=filterreference_cont_any,
        filterstart_date_eq=filterstart_date_eq,
        filterstart_date_not_eq=filterstart_date_not_eq,
        filterstart_date_gt=filterstart_date_gt,
        filterstart_date_gteq=filterstart_date_gteq,
        filterstart_date_lt=filterstart_date_lt,
        filterstart_date_lteq=filterstart_date_lteq,
        filterstart_date_in=filterstart_date_in,
        filterstart_date_not_in=filterstart_date_not_in,
        filterend_date_eq=filterend_date_eq,
        filterend_date_not_eq=filterend_date_not_eq,
        filterend_date_gt=filterend_date_gt,
        filterend_date_gteq=filterend_date_gteq,
        filterend_date_lt=filterend_date_lt,
        filterend_date_lteq=filterend_date_lteq,
        filterend_date_in=filterend_date_in,
        filterend_date_not_in=filterend_date_not_in,
        filteramount_spent_eq=filteramount_spent_eq,
        filteramount_spent_not_eq=filteramount_spent_not_eq,
        filteramount_spent_gt=filteramount_spent_gt,
        filteramount_spent_gteq=filteramount_spent_gteq,
        filteramount_spent_lt=filteramount_spent_lt,
        filteramount_spent_lteq=filteramount_spent_lteq,
        filteramount_spent_in=filteramount_spent_in,
        filteramount_spent_not_in=filteramount_spent_not_in,
        filteroriginated_amount_spent_eq=filteroriginated_amount_spent_eq,
        filteroriginated_amount_spent_not_eq=filteroriginated_amount_spent_not_eq,
        filteroriginated_amount_spent_gt=filteroriginated_amount_spent_gt,
        filteroriginated_amount_spent_gteq=filteroriginated_amount_spent_gteq,
        filteroriginated_amount_spent_lt=filteroriginated_amount_spent_lt,
        filteroriginated_amount_spent_lteq=filteroriginated_amount_spent_lteq,
        filteroriginated_amount_spent_in=filteroriginated_amount_spent_in,
        filteroriginated_amount_spent_not_in=filteroriginated_amount_spent_not_in,
        filteroriginated_calls_count_eq=filteroriginated_calls_count_eq,
        filteroriginated_calls_count_not_eq=filteroriginated_calls_count_not_eq,
        filteroriginated_calls_count_gt=filteroriginated_calls_count_gt,
        filteroriginated_calls_count_gteq=filteroriginated_calls_count_gteq,
        filteroriginated_calls_count_lt=filteroriginated_calls_count_lt,
        filteroriginated_calls_count_lteq=filteroriginated_calls_count_lteq,
        filteroriginated_calls_count_in=filteroriginated_calls_count_in,
        filteroriginated_calls_count_not_in=filteroriginated_calls_count_not_in,
        filteroriginated_successful_calls_count_eq=filteroriginated_successful_calls_count_eq,
        filteroriginated_successful_calls_count_not_eq=filteroriginated_successful_calls_count_not_eq,
        filteroriginated_successful_calls_count_gt=filteroriginated_successful_calls_count_gt,
        filteroriginated_successful_calls_count_gteq=filteroriginated_successful_calls_count_gteq,
        filteroriginated_successful_calls_count_lt=filteroriginated_successful_calls_count_lt,
        filteroriginated_successful_calls_count_lteq=filteroriginated_successful_calls_count_lteq,
        filteroriginated_successful_calls_count_in=filteroriginated_successful_calls_count_in,
        filteroriginated_successful_calls_count_not_in=filteroriginated_successful_calls_count_not_in,
        filteroriginated_calls_duration_eq=filteroriginated_calls_duration_eq,
        filteroriginated_calls_duration_not_eq=filteroriginated_calls_duration_not_eq,
        filteroriginated_calls_duration_gt=filteroriginated_calls_duration_gt,
        filteroriginated_calls_duration_gteq=filteroriginated_calls_duration_gteq,
        filteroriginated_calls_duration_lt=filteroriginated_calls_duration_lt,
        filteroriginated_calls_duration_lteq=filteroriginated_calls_duration_lteq,
        filteroriginated_calls_duration_in=filteroriginated_calls_duration_in,
        filteroriginated_calls_duration_not_in=filteroriginated_calls_duration_not_in,
        filteroriginated_billing_duration_eq=filteroriginated_billing_duration_eq,
        filteroriginated_billing_duration_not_eq=filteroriginated_billing_duration_not_eq,
        filteroriginated_billing_duration_gt=filteroriginated_billing_duration_gt,
        filteroriginated_billing_duration_gteq=filteroriginated_billing_duration_gteq,
        filteroriginated_billing_duration_lt=filteroriginated_billing_duration_lt,
        filteroriginated_billing_duration_lteq=filteroriginated_billing_duration_lteq,
        filteroriginated_billing_duration_in=filteroriginated_billing_duration_in,
        filteroriginated_billing_duration_not_in=filteroriginated_billing_duration_not_in,
        filteroriginated_first_call_at_eq=filteroriginated_first_call_at_eq,
        filteroriginated_first_call_at_not_eq=filteroriginated_first_call_at_not_eq,
        filteroriginated_first_call_at_gt=filteroriginated_first_call_at_gt,
        filteroriginated_first_call_at_gteq=filteroriginated_first_call_at_gteq,
        filteroriginated_first_call_at_lt=filteroriginated_first_call_at_lt,
        filteroriginated_first_call_at_lteq=filteroriginated_first_call_at_lteq,
        filteroriginated_first_call_at_in=filteroriginated_first_call_at_in,
        filteroriginated_first_call_at_not_in=filteroriginated_first_call_at_not_in,
        filteroriginated_last_call_at_eq=filteroriginated_last_call_at_eq,
        filteroriginated_last_call_at_not_eq=filteroriginated_last_call_at_not_eq,
        filteroriginated_last_call_at_gt=filteroriginated_last_call_at_gt,
        filteroriginated_last_call_at_gteq=filteroriginated_last_call_at_gteq,
        filteroriginated_last_call_at_lt=filteroriginated_last_call_at_lt,
        filteroriginated_last_call_at_lteq=filteroriginated_last_call_at_lteq,
        filteroriginated_last_call_at_in=filteroriginated_last_call_at_in,
        filteroriginated_last_call_at_not_in=filteroriginated_last_call_at_not_in,
        filterterminated_amount_spent_eq=filterterminated_amount_spent_eq,
        filterterminated_amount_spent_not_eq=filterterminated_amount_spent_not_eq,
        filterterminated_amount_spent_gt=filterterminated_amount_spent_gt,
        filterterminated_amount_spent_gteq=filterterminated_amount_spent_gteq,
        filterterminated_amount_spent_lt=filterterminated_amount_spent_lt,
        filterterminated_amount_spent_lteq=filterterminated_amount_spent_lteq,
        filterterminated_amount_spent_in=filterterminated_amount_spent_in,
        filterterminated_amount_spent_not_in=filterterminated_amount_spent_not_in,
        filterterminated_calls_count_eq=filterterminated_calls_count_eq,
        filterterminated_calls_count_not_eq=filterterminated_calls_count_not_eq,
        filterterminated_calls_count_gt=filterterminated_calls_count_gt,
        filterterminated_calls_count_gteq=filterterminated_calls_count_gteq,
        filterterminated_calls_count_lt=filterterminated_calls_count_lt,
        filterterminated_calls_count_lteq=filterterminated_calls_count_lteq,
        filterterminated_calls_count_in=filterterminated_calls_count_in,
        filterterminated_calls_count_not_in=filterterminated_calls_count_not_in,
        filterterminated_successful_calls_count_eq=filterterminated_successful_calls_count_eq,
        filterterminated_successful_calls_count_not_eq=filterterminated_successful_calls_count_not_eq,
        filterterminated_successful_calls_count_gt=filterterminated_successful_calls_count_gt,
        filterterminated_successful_calls_count_gteq=filterterminated_successful_calls_count_gteq,
        filterterminated_successful_calls_count_lt=filterterminated_successful_calls_count_lt,
        filterterminated_successful_calls_count_lteq=filterterminated_successful_calls_count_lteq,
        filterterminated_successful_calls_count_in=filterterminated_successful_calls_count_in,
        filterterminated_successful_calls_count_not_in=filterterminated_successful_calls_count_not_in,
        filterterminated_calls_duration_eq=filterterminated_calls_duration_eq,
        filterterminated_calls_duration_not_eq=filterterminated_calls_duration_not_eq,
        filterterminated_calls_duration_gt=filterterminated_calls_duration_gt,
        filterterminated_calls_duration_gteq=filterterminated_calls_duration_gteq,
        filterterminated_calls_duration_lt=filterterminated_calls_duration_lt,
        filterterminated_calls_duration_lteq=filterterminated_calls_duration_lteq,
        filterterminated_calls_duration_in=filterterminated_calls_duration_in,
        filterterminated_calls_duration_not_in=filterterminated_calls_duration_not_in,
        filterterminated_billing_duration_eq=filterterminated_billing_duration_eq,
        filterterminated_billing_duration_not_eq=filterterminated_billing_duration_not_eq,
        filterterminated_billing_duration_gt=filterterminated_billing_duration_gt,
        filterterminated_billing_duration_gteq=filterterminated_billing_duration_gteq,
        filterterminated_billing_duration_lt=filterterminated_billing_duration_lt,
        filterterminated_billing_duration_lteq=filterterminated_billing_duration_lteq,
        filterterminated_billing_duration_in=filterterminated_billing_duration_in,
        filterterminated_billing_duration_not_in=filterterminated_billing_duration_not_in,
        filterterminated_first_call_at_eq=filterterminated_first_call_at_eq,
        filterterminated_first_call_at_not_eq=filterterminated_first_call_at_not_eq,
        filterterminated_first_call_at_gt=filterterminated_first_call_at_gt,
        filterterminated_first_call_at_gteq=filterterminated_first_call_at_gteq,
        filterterminated_first_call_at_lt=filterterminated_first_call_at_lt,
        filterterminated_first_call_at_lteq=filterterminated_first_call_at_lteq,
        filterterminated_first_call_at_in=filterterminated_first_call_at_in,
        filterterminated_first_call_at_not_in=filterterminated_first_call_at_not_in,
        filterterminated_last_call_at_eq=filterterminated_last_call_at_eq,
        filterterminated_last_call_at_not_eq=filterterminated_last_call_at_not_eq,
        filterterminated_last_call_at_gt=filterterminated_last_call_at_gt,
        filterterminated_last_call_at_gteq=filterterminated_last_call_at_gteq,
        filterterminated_last_call_at_lt=filterterminated_last_call_at_lt,
        filterterminated_last_call_at_lteq=filterterminated_last_call_at_lteq,
        filterterminated_last_call_at_in=filterterminated_last_call_at_in,
        filterterminated_last_call_at_not_in=filterterminated_last_call_at_not_in,
        filterservices_amount_spent_eq=filterservices_amount_spent_eq,
        filterservices_amount_spent_not_eq=filterservices_amount_spent_not_eq,
        filterservices_amount_spent_gt=filterservices_amount_spent_gt,
        filterservices_amount_spent_gteq=filterservices_amount_spent_gteq,
        filterservices_amount_spent_lt=filterservices_amount_spent_lt,
        filterservices_amount_spent_lteq=filterservices_amount_spent_lteq,
        filterservices_amount_spent_in=filterservices_amount_spent_in,
        filterservices_amount_spent_not_in=filterservices_amount_spent_not_in,
        filterservice_transactions_count_eq=filterservice_transactions_count_eq,
        filterservice_transactions_count_not_eq=filterservice_transactions_count_not_eq,
        filterservice_transactions_count_gt=filterservice_transactions_count_gt,
        filterservice_transactions_count_gteq=filterservice_transactions_count_gteq,
        filterservice_transactions_count_lt=filterservice_transactions_count_lt,
        filterservice_transactions_count_lteq=filterservice_transactions_count_lteq,
        filterservice_transactions_count_in=filterservice_transactions_count_in,
        filterservice_transactions_count_not_in=filterservice_transactions_count_not_in,
        filteraccount_id_eq=filteraccount_id_eq,
        filteraccount_id_not_eq=filteraccount_id_not_eq,
        filteraccount_id_in=filteraccount_id_in,
        filteraccount_id_not_in=filteraccount_id_not_in,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
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
) -> ErrorDocument | InvoiceListDocument | None:
    """List the customer's invoices (JSON:API, paged)

     Approved invoices of the customer, newest first by default (`default_sort`
    `-start_date`). Paginator `paged`: `page[number]` (default 1), `page[size]` (default 50,
    maximum 1000). The top-level `meta.total-count` and `links` (`first`, `last`, plus `prev`
    and `next` when they exist) are always present.

    Filters are `filter[<base>_<predicate>]=<value>` (ransack, `RansackFilterBuilder` in
    yeti-web `app/services/ransack_filter_builder.rb`): the bases and their types are in
    `x-invoicekit-filters`, the predicates of each type in `x-invoicekit-filter-predicates`;
    `codegen/prepare.py` expands them into query parameters. 21 bases give 164 keys
    (13 number × 8 + 6 datetime × 8 + 1 string × 8 + 1 uuid × 4; `string` has 8 predicates
    in `RANSACK_TYPE_SUFIXES_DIC`, not 9 as the 165 in vendors.md assumes), and jsonapi-resources
    adds its own `filter[id]` (165 in all).
    Predicates `in`, `not_in` and `cont_any` take a comma-separated list; the others exactly
    one value (else 400, code 107). `account_id` takes account UUIDs. Datetime values are
    ISO 8601 (e.g. `filter[start_date_gteq]=2026-01-01T00:00:00Z`). An unknown key answers 400
    code 102.

    Args:
        filterid (str | Unset):  Example: 0b5c8e1a-5e2f-11f1-9a3d-da575d109341.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        sort (str | Unset):  Default: '-start-date'.
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):
        filterreference_eq (str | Unset):  Example: 23.
        filterreference_not_eq (str | Unset):  Example: 23.
        filterreference_cont (str | Unset):  Example: 23.
        filterreference_start (str | Unset):  Example: 23.
        filterreference_end (str | Unset):  Example: 23.
        filterreference_in (str | Unset):  Example: 23.
        filterreference_not_in (str | Unset):  Example: 23.
        filterreference_cont_any (str | Unset):  Example: 23.
        filterstart_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteramount_spent_eq (str | Unset):  Example: 10.
        filteramount_spent_not_eq (str | Unset):  Example: 10.
        filteramount_spent_gt (str | Unset):  Example: 10.
        filteramount_spent_gteq (str | Unset):  Example: 10.
        filteramount_spent_lt (str | Unset):  Example: 10.
        filteramount_spent_lteq (str | Unset):  Example: 10.
        filteramount_spent_in (str | Unset):  Example: 10.
        filteramount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_amount_spent_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_gt (str | Unset):  Example: 10.
        filterterminated_amount_spent_gteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_lt (str | Unset):  Example: 10.
        filterterminated_amount_spent_lteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_in (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_in (str | Unset):  Example: 10.
        filterterminated_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_calls_count_in (str | Unset):  Example: 10.
        filterterminated_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_gt (str | Unset):  Example: 10.
        filterterminated_calls_duration_gteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_lt (str | Unset):  Example: 10.
        filterterminated_calls_duration_lteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_gt (str | Unset):  Example: 10.
        filterterminated_billing_duration_gteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_lt (str | Unset):  Example: 10.
        filterterminated_billing_duration_lteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_in (str | Unset):  Example: 10.
        filterterminated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterservices_amount_spent_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_not_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_gt (str | Unset):  Example: 10.
        filterservices_amount_spent_gteq (str | Unset):  Example: 10.
        filterservices_amount_spent_lt (str | Unset):  Example: 10.
        filterservices_amount_spent_lteq (str | Unset):  Example: 10.
        filterservices_amount_spent_in (str | Unset):  Example: 10.
        filterservices_amount_spent_not_in (str | Unset):  Example: 10.
        filterservice_transactions_count_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_not_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_gt (str | Unset):  Example: 10.
        filterservice_transactions_count_gteq (str | Unset):  Example: 10.
        filterservice_transactions_count_lt (str | Unset):  Example: 10.
        filterservice_transactions_count_lteq (str | Unset):  Example: 10.
        filterservice_transactions_count_in (str | Unset):  Example: 10.
        filterservice_transactions_count_not_in (str | Unset):  Example: 10.
        filteraccount_id_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | InvoiceListDocument
    """

    return sync_detailed(
        client=client,
        filterid=filterid,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
        include=include,
        fieldsinvoices=fieldsinvoices,
        fieldsaccounts=fieldsaccounts,
        filterreference_eq=filterreference_eq,
        filterreference_not_eq=filterreference_not_eq,
        filterreference_cont=filterreference_cont,
        filterreference_start=filterreference_start,
        filterreference_end=filterreference_end,
        filterreference_in=filterreference_in,
        filterreference_not_in=filterreference_not_in,
        filterreference_cont_any=filterreference_cont_any,
        filterstart_date_eq=filterstart_date_eq,
        filterstart_date_not_eq=filterstart_date_not_eq,
        filterstart_date_gt=filterstart_date_gt,
        filterstart_date_gteq=filterstart_date_gteq,
        filterstart_date_lt=filterstart_date_lt,
        filterstart_date_lteq=filterstart_date_lteq,
        filterstart_date_in=filterstart_date_in,
        filterstart_date_not_in=filterstart_date_not_in,
        filterend_date_eq=filterend_date_eq,
        filterend_date_not_eq=filterend_date_not_eq,
        filterend_date_gt=filterend_date_gt,
        filterend_date_gteq=filterend_date_gteq,
        filterend_date_lt=filterend_date_lt,
        filterend_date_lteq=filterend_date_lteq,
        filterend_date_in=filterend_date_in,
        filterend_date_not_in=filterend_date_not_in,
        filteramount_spent_eq=filteramount_spent_eq,
        filteramount_spent_not_eq=filteramount_spent_not_eq,
        filteramount_spent_gt=filteramount_spent_gt,
        filteramount_spent_gteq=filteramount_spent_gteq,
        filteramount_spent_lt=filteramount_spent_lt,
        filteramount_spent_lteq=filteramount_spent_lteq,
        filteramount_spent_in=filteramount_spent_in,
        filteramount_spent_not_in=filteramount_spent_not_in,
        filteroriginated_amount_spent_eq=filteroriginated_amount_spent_eq,
        filteroriginated_amount_spent_not_eq=filteroriginated_amount_spent_not_eq,
        filteroriginated_amount_spent_gt=filteroriginated_amount_spent_gt,
        filteroriginated_amount_spent_gteq=filteroriginated_amount_spent_gteq,
        filteroriginated_amount_spent_lt=filteroriginated_amount_spent_lt,
        filteroriginated_amount_spent_lteq=filteroriginated_amount_spent_lteq,
        filteroriginated_amount_spent_in=filteroriginated_amount_spent_in,
        filteroriginated_amount_spent_not_in=filteroriginated_amount_spent_not_in,
        filteroriginated_calls_count_eq=filteroriginated_calls_count_eq,
        filteroriginated_calls_count_not_eq=filteroriginated_calls_count_not_eq,
        filteroriginated_calls_count_gt=filteroriginated_calls_count_gt,
        filteroriginated_calls_count_gteq=filteroriginated_calls_count_gteq,
        filteroriginated_calls_count_lt=filteroriginated_calls_count_lt,
        filteroriginated_calls_count_lteq=filteroriginated_calls_count_lteq,
        filteroriginated_calls_count_in=filteroriginated_calls_count_in,
        filteroriginated_calls_count_not_in=filteroriginated_calls_count_not_in,
        filteroriginated_successful_calls_count_eq=filteroriginated_successful_calls_count_eq,
        filteroriginated_successful_calls_count_not_eq=filteroriginated_successful_calls_count_not_eq,
        filteroriginated_successful_calls_count_gt=filteroriginated_successful_calls_count_gt,
        filteroriginated_successful_calls_count_gteq=filteroriginated_successful_calls_count_gteq,
        filteroriginated_successful_calls_count_lt=filteroriginated_successful_calls_count_lt,
        filteroriginated_successful_calls_count_lteq=filteroriginated_successful_calls_count_lteq,
        filteroriginated_successful_calls_count_in=filteroriginated_successful_calls_count_in,
        filteroriginated_successful_calls_count_not_in=filteroriginated_successful_calls_count_not_in,
        filteroriginated_calls_duration_eq=filteroriginated_calls_duration_eq,
        filteroriginated_calls_duration_not_eq=filteroriginated_calls_duration_not_eq,
        filteroriginated_calls_duration_gt=filteroriginated_calls_duration_gt,
        filteroriginated_calls_duration_gteq=filteroriginated_calls_duration_gteq,
        filteroriginated_calls_duration_lt=filteroriginated_calls_duration_lt,
        filteroriginated_calls_duration_lteq=filteroriginated_calls_duration_lteq,
        filteroriginated_calls_duration_in=filteroriginated_calls_duration_in,
        filteroriginated_calls_duration_not_in=filteroriginated_calls_duration_not_in,
        filteroriginated_billing_duration_eq=filteroriginated_billing_duration_eq,
        filteroriginated_billing_duration_not_eq=filteroriginated_billing_duration_not_eq,
        filteroriginated_billing_duration_gt=filteroriginated_billing_duration_gt,
        filteroriginated_billing_duration_gteq=filteroriginated_billing_duration_gteq,
        filteroriginated_billing_duration_lt=filteroriginated_billing_duration_lt,
        filteroriginated_billing_duration_lteq=filteroriginated_billing_duration_lteq,
        filteroriginated_billing_duration_in=filteroriginated_billing_duration_in,
        filteroriginated_billing_duration_not_in=filteroriginated_billing_duration_not_in,
        filteroriginated_first_call_at_eq=filteroriginated_first_call_at_eq,
        filteroriginated_first_call_at_not_eq=filteroriginated_first_call_at_not_eq,
        filteroriginated_first_call_at_gt=filteroriginated_first_call_at_gt,
        filteroriginated_first_call_at_gteq=filteroriginated_first_call_at_gteq,
        filteroriginated_first_call_at_lt=filteroriginated_first_call_at_lt,
        filteroriginated_first_call_at_lteq=filteroriginated_first_call_at_lteq,
        filteroriginated_first_call_at_in=filteroriginated_first_call_at_in,
        filteroriginated_first_call_at_not_in=filteroriginated_first_call_at_not_in,
        filteroriginated_last_call_at_eq=filteroriginated_last_call_at_eq,
        filteroriginated_last_call_at_not_eq=filteroriginated_last_call_at_not_eq,
        filteroriginated_last_call_at_gt=filteroriginated_last_call_at_gt,
        filteroriginated_last_call_at_gteq=filteroriginated_last_call_at_gteq,
        filteroriginated_last_call_at_lt=filteroriginated_last_call_at_lt,
        filteroriginated_last_call_at_lteq=filteroriginated_last_call_at_lteq,
        filteroriginated_last_call_at_in=filteroriginated_last_call_at_in,
        filteroriginated_last_call_at_not_in=filteroriginated_last_call_at_not_in,
        filterterminated_amount_spent_eq=filterterminated_amount_spent_eq,
        filterterminated_amount_spent_not_eq=filterterminated_amount_spent_not_eq,
        filterterminated_amount_spent_gt=filterterminated_amount_spent_gt,
        filterterminated_amount_spent_gteq=filterterminated_amount_spent_gteq,
        filterterminated_amount_spent_lt=filterterminated_amount_spent_lt,
        filterterminated_amount_spent_lteq=filterterminated_amount_spent_lteq,
        filterterminated_amount_spent_in=filterterminated_amount_spent_in,
        filterterminated_amount_spent_not_in=filterterminated_amount_spent_not_in,
        filterterminated_calls_count_eq=filterterminated_calls_count_eq,
        filterterminated_calls_count_not_eq=filterterminated_calls_count_not_eq,
        filterterminated_calls_count_gt=filterterminated_calls_count_gt,
        filterterminated_calls_count_gteq=filterterminated_calls_count_gteq,
        filterterminated_calls_count_lt=filterterminated_calls_count_lt,
        filterterminated_calls_count_lteq=filterterminated_calls_count_lteq,
        filterterminated_calls_count_in=filterterminated_calls_count_in,
        filterterminated_calls_count_not_in=filterterminated_calls_count_not_in,
        filterterminated_successful_calls_count_eq=filterterminated_successful_calls_count_eq,
        filterterminated_successful_calls_count_not_eq=filterterminated_successful_calls_count_not_eq,
        filterterminated_successful_calls_count_gt=filterterminated_successful_calls_count_gt,
        filterterminated_successful_calls_count_gteq=filterterminated_successful_calls_count_gteq,
        filterterminated_successful_calls_count_lt=filterterminated_successful_calls_count_lt,
        filterterminated_successful_calls_count_lteq=filterterminated_successful_calls_count_lteq,
        filterterminated_successful_calls_count_in=filterterminated_successful_calls_count_in,
        filterterminated_successful_calls_count_not_in=filterterminated_successful_calls_count_not_in,
        filterterminated_calls_duration_eq=filterterminated_calls_duration_eq,
        filterterminated_calls_duration_not_eq=filterterminated_calls_duration_not_eq,
        filterterminated_calls_duration_gt=filterterminated_calls_duration_gt,
        filterterminated_calls_duration_gteq=filterterminated_calls_duration_gteq,
        filterterminated_calls_duration_lt=filterterminated_calls_duration_lt,
        filterterminated_calls_duration_lteq=filterterminated_calls_duration_lteq,
        filterterminated_calls_duration_in=filterterminated_calls_duration_in,
        filterterminated_calls_duration_not_in=filterterminated_calls_duration_not_in,
        filterterminated_billing_duration_eq=filterterminated_billing_duration_eq,
        filterterminated_billing_duration_not_eq=filterterminated_billing_duration_not_eq,
        filterterminated_billing_duration_gt=filterterminated_billing_duration_gt,
        filterterminated_billing_duration_gteq=filterterminated_billing_duration_gteq,
        filterterminated_billing_duration_lt=filterterminated_billing_duration_lt,
        filterterminated_billing_duration_lteq=filterterminated_billing_duration_lteq,
        filterterminated_billing_duration_in=filterterminated_billing_duration_in,
        filterterminated_billing_duration_not_in=filterterminated_billing_duration_not_in,
        filterterminated_first_call_at_eq=filterterminated_first_call_at_eq,
        filterterminated_first_call_at_not_eq=filterterminated_first_call_at_not_eq,
        filterterminated_first_call_at_gt=filterterminated_first_call_at_gt,
        filterterminated_first_call_at_gteq=filterterminated_first_call_at_gteq,
        filterterminated_first_call_at_lt=filterterminated_first_call_at_lt,
        filterterminated_first_call_at_lteq=filterterminated_first_call_at_lteq,
        filterterminated_first_call_at_in=filterterminated_first_call_at_in,
        filterterminated_first_call_at_not_in=filterterminated_first_call_at_not_in,
        filterterminated_last_call_at_eq=filterterminated_last_call_at_eq,
        filterterminated_last_call_at_not_eq=filterterminated_last_call_at_not_eq,
        filterterminated_last_call_at_gt=filterterminated_last_call_at_gt,
        filterterminated_last_call_at_gteq=filterterminated_last_call_at_gteq,
        filterterminated_last_call_at_lt=filterterminated_last_call_at_lt,
        filterterminated_last_call_at_lteq=filterterminated_last_call_at_lteq,
        filterterminated_last_call_at_in=filterterminated_last_call_at_in,
        filterterminated_last_call_at_not_in=filterterminated_last_call_at_not_in,
        filterservices_amount_spent_eq=filterservices_amount_spent_eq,
        filterservices_amount_spent_not_eq=filterservices_amount_spent_not_eq,
        filterservices_amount_spent_gt=filterservices_amount_spent_gt,
        filterservices_amount_spent_gteq=filterservices_amount_spent_gteq,
        filterservices_amount_spent_lt=filterservices_amount_spent_lt,
        filterservices_amount_spent_lteq=filterservices_amount_spent_lteq,
        filterservices_amount_spent_in=filterservices_amount_spent_in,
        filterservices_amount_spent_not_in=filterservices_amount_spent_not_in,
        filterservice_transactions_count_eq=filterservice_transactions_count_eq,
        filterservice_transactions_count_not_eq=filterservice_transactions_count_not_eq,
        filterservice_transactions_count_gt=filterservice_transactions_count_gt,
        filterservice_transactions_count_gteq=filterservice_transactions_count_gteq,
        filterservice_transactions_count_lt=filterservice_transactions_count_lt,
        filterservice_transactions_count_lteq=filterservice_transactions_count_lteq,
        filterservice_transactions_count_in=filterservice_transactions_count_in,
        filterservice_transactions_count_not_in=filterservice_transactions_count_not_in,
        filteraccount_id_eq=filteraccount_id_eq,
        filteraccount_id_not_eq=filteraccount_id_not_eq,
        filteraccount_id_in=filteraccount_id_in,
        filteraccount_id_not_in=filteraccount_id_not_in,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
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
) -> Response[ErrorDocument | InvoiceListDocument]:
    """List the customer's invoices (JSON:API, paged)

     Approved invoices of the customer, newest first by default (`default_sort`
    `-start_date`). Paginator `paged`: `page[number]` (default 1), `page[size]` (default 50,
    maximum 1000). The top-level `meta.total-count` and `links` (`first`, `last`, plus `prev`
    and `next` when they exist) are always present.

    Filters are `filter[<base>_<predicate>]=<value>` (ransack, `RansackFilterBuilder` in
    yeti-web `app/services/ransack_filter_builder.rb`): the bases and their types are in
    `x-invoicekit-filters`, the predicates of each type in `x-invoicekit-filter-predicates`;
    `codegen/prepare.py` expands them into query parameters. 21 bases give 164 keys
    (13 number × 8 + 6 datetime × 8 + 1 string × 8 + 1 uuid × 4; `string` has 8 predicates
    in `RANSACK_TYPE_SUFIXES_DIC`, not 9 as the 165 in vendors.md assumes), and jsonapi-resources
    adds its own `filter[id]` (165 in all).
    Predicates `in`, `not_in` and `cont_any` take a comma-separated list; the others exactly
    one value (else 400, code 107). `account_id` takes account UUIDs. Datetime values are
    ISO 8601 (e.g. `filter[start_date_gteq]=2026-01-01T00:00:00Z`). An unknown key answers 400
    code 102.

    Args:
        filterid (str | Unset):  Example: 0b5c8e1a-5e2f-11f1-9a3d-da575d109341.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        sort (str | Unset):  Default: '-start-date'.
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):
        filterreference_eq (str | Unset):  Example: 23.
        filterreference_not_eq (str | Unset):  Example: 23.
        filterreference_cont (str | Unset):  Example: 23.
        filterreference_start (str | Unset):  Example: 23.
        filterreference_end (str | Unset):  Example: 23.
        filterreference_in (str | Unset):  Example: 23.
        filterreference_not_in (str | Unset):  Example: 23.
        filterreference_cont_any (str | Unset):  Example: 23.
        filterstart_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteramount_spent_eq (str | Unset):  Example: 10.
        filteramount_spent_not_eq (str | Unset):  Example: 10.
        filteramount_spent_gt (str | Unset):  Example: 10.
        filteramount_spent_gteq (str | Unset):  Example: 10.
        filteramount_spent_lt (str | Unset):  Example: 10.
        filteramount_spent_lteq (str | Unset):  Example: 10.
        filteramount_spent_in (str | Unset):  Example: 10.
        filteramount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_amount_spent_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_gt (str | Unset):  Example: 10.
        filterterminated_amount_spent_gteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_lt (str | Unset):  Example: 10.
        filterterminated_amount_spent_lteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_in (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_in (str | Unset):  Example: 10.
        filterterminated_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_calls_count_in (str | Unset):  Example: 10.
        filterterminated_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_gt (str | Unset):  Example: 10.
        filterterminated_calls_duration_gteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_lt (str | Unset):  Example: 10.
        filterterminated_calls_duration_lteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_gt (str | Unset):  Example: 10.
        filterterminated_billing_duration_gteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_lt (str | Unset):  Example: 10.
        filterterminated_billing_duration_lteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_in (str | Unset):  Example: 10.
        filterterminated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterservices_amount_spent_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_not_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_gt (str | Unset):  Example: 10.
        filterservices_amount_spent_gteq (str | Unset):  Example: 10.
        filterservices_amount_spent_lt (str | Unset):  Example: 10.
        filterservices_amount_spent_lteq (str | Unset):  Example: 10.
        filterservices_amount_spent_in (str | Unset):  Example: 10.
        filterservices_amount_spent_not_in (str | Unset):  Example: 10.
        filterservice_transactions_count_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_not_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_gt (str | Unset):  Example: 10.
        filterservice_transactions_count_gteq (str | Unset):  Example: 10.
        filterservice_transactions_count_lt (str | Unset):  Example: 10.
        filterservice_transactions_count_lteq (str | Unset):  Example: 10.
        filterservice_transactions_count_in (str | Unset):  Example: 10.
        filterservice_transactions_count_not_in (str | Unset):  Example: 10.
        filteraccount_id_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | InvoiceListDocument]
    """

    kwargs = _get_kwargs(
        filterid=filterid,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sort=sort,
        include=include,
        fieldsinvoices=fieldsinvoices,
        fieldsaccounts=fieldsaccounts,
        filterreference_eq=filterreference_eq,
        filterreference_not_eq=filterreference_not_eq,
        filterreference_cont=filterreference_cont,
        filterreference_start=filterreference_start,
        filterreference_end=filterreference_end,
        filterreference_in=filterreference_in,
        filterreference_not_in=filterreference_not_in,
        filterreference_cont_any=filterreference_cont_any,
        filterstart_date_eq=filterstart_date_eq,
        filterstart_date_not_eq=filterstart_date_not_eq,
        filterstart_date_gt=filterstart_date_gt,
        filterstart_date_gteq=filterstart_date_gteq,
        filterstart_date_lt=filterstart_date_lt,
        filterstart_date_lteq=filterstart_date_lteq,
        filterstart_date_in=filterstart_date_in,
        filterstart_date_not_in=filterstart_date_not_in,
        filterend_date_eq=filterend_date_eq,
        filterend_date_not_eq=filterend_date_not_eq,
        filterend_date_gt=filterend_date_gt,
        filterend_date_gteq=filterend_date_gteq,
        filterend_date_lt=filterend_date_lt,
        filterend_date_lteq=filterend_date_lteq,
        filterend_date_in=filterend_date_in,
        filterend_date_not_in=filterend_date_not_in,
        filteramount_spent_eq=filteramount_spent_eq,
        filteramount_spent_not_eq=filteramount_spent_not_eq,
        filteramount_spent_gt=filteramount_spent_gt,
        filteramount_spent_gteq=filteramount_spent_gteq,
        filteramount_spent_lt=filteramount_spent_lt,
        filteramount_spent_lteq=filteramount_spent_lteq,
        filteramount_spent_in=filteramount_spent_in,
        filteramount_spent_not_in=filteramount_spent_not_in,
        filteroriginated_amount_spent_eq=filteroriginated_amount_spent_eq,
        filteroriginated_amount_spent_not_eq=filteroriginated_amount_spent_not_eq,
        filteroriginated_amount_spent_gt=filteroriginated_amount_spent_gt,
        filteroriginated_amount_spent_gteq=filteroriginated_amount_spent_gteq,
        filteroriginated_amount_spent_lt=filteroriginated_amount_spent_lt,
        filteroriginated_amount_spent_lteq=filteroriginated_amount_spent_lteq,
        filteroriginated_amount_spent_in=filteroriginated_amount_spent_in,
        filteroriginated_amount_spent_not_in=filteroriginated_amount_spent_not_in,
        filteroriginated_calls_count_eq=filteroriginated_calls_count_eq,
        filteroriginated_calls_count_not_eq=filteroriginated_calls_count_not_eq,
        filteroriginated_calls_count_gt=filteroriginated_calls_count_gt,
        filteroriginated_calls_count_gteq=filteroriginated_calls_count_gteq,
        filteroriginated_calls_count_lt=filteroriginated_calls_count_lt,
        filteroriginated_calls_count_lteq=filteroriginated_calls_count_lteq,
        filteroriginated_calls_count_in=filteroriginated_calls_count_in,
        filteroriginated_calls_count_not_in=filteroriginated_calls_count_not_in,
        filteroriginated_successful_calls_count_eq=filteroriginated_successful_calls_count_eq,
        filteroriginated_successful_calls_count_not_eq=filteroriginated_successful_calls_count_not_eq,
        filteroriginated_successful_calls_count_gt=filteroriginated_successful_calls_count_gt,
        filteroriginated_successful_calls_count_gteq=filteroriginated_successful_calls_count_gteq,
        filteroriginated_successful_calls_count_lt=filteroriginated_successful_calls_count_lt,
        filteroriginated_successful_calls_count_lteq=filteroriginated_successful_calls_count_lteq,
        filteroriginated_successful_calls_count_in=filteroriginated_successful_calls_count_in,
        filteroriginated_successful_calls_count_not_in=filteroriginated_successful_calls_count_not_in,
        filteroriginated_calls_duration_eq=filteroriginated_calls_duration_eq,
        filteroriginated_calls_duration_not_eq=filteroriginated_calls_duration_not_eq,
        filteroriginated_calls_duration_gt=filteroriginated_calls_duration_gt,
        filteroriginated_calls_duration_gteq=filteroriginated_calls_duration_gteq,
        filteroriginated_calls_duration_lt=filteroriginated_calls_duration_lt,
        filteroriginated_calls_duration_lteq=filteroriginated_calls_duration_lteq,
        filteroriginated_calls_duration_in=filteroriginated_calls_duration_in,
        filteroriginated_calls_duration_not_in=filteroriginated_calls_duration_not_in,
        filteroriginated_billing_duration_eq=filteroriginated_billing_duration_eq,
        filteroriginated_billing_duration_not_eq=filteroriginated_billing_duration_not_eq,
        filteroriginated_billing_duration_gt=filteroriginated_billing_duration_gt,
        filteroriginated_billing_duration_gteq=filteroriginated_billing_duration_gteq,
        filteroriginated_billing_duration_lt=filteroriginated_billing_duration_lt,
        filteroriginated_billing_duration_lteq=filteroriginated_billing_duration_lteq,
        filteroriginated_billing_duration_in=filteroriginated_billing_duration_in,
        filteroriginated_billing_duration_not_in=filteroriginated_billing_duration_not_in,
        filteroriginated_first_call_at_eq=filteroriginated_first_call_at_eq,
        filteroriginated_first_call_at_not_eq=filteroriginated_first_call_at_not_eq,
        filteroriginated_first_call_at_gt=filteroriginated_first_call_at_gt,
        filteroriginated_first_call_at_gteq=filteroriginated_first_call_at_gteq,
        filteroriginated_first_call_at_lt=filteroriginated_first_call_at_lt,
        filteroriginated_first_call_at_lteq=filteroriginated_first_call_at_lteq,
        filteroriginated_first_call_at_in=filteroriginated_first_call_at_in,
        filteroriginated_first_call_at_not_in=filteroriginated_first_call_at_not_in,
        filteroriginated_last_call_at_eq=filteroriginated_last_call_at_eq,
        filteroriginated_last_call_at_not_eq=filteroriginated_last_call_at_not_eq,
        filteroriginated_last_call_at_gt=filteroriginated_last_call_at_gt,
        filteroriginated_last_call_at_gteq=filteroriginated_last_call_at_gteq,
        filteroriginated_last_call_at_lt=filteroriginated_last_call_at_lt,
        filteroriginated_last_call_at_lteq=filteroriginated_last_call_at_lteq,
        filteroriginated_last_call_at_in=filteroriginated_last_call_at_in,
        filteroriginated_last_call_at_not_in=filteroriginated_last_call_at_not_in,
        filterterminated_amount_spent_eq=filterterminated_amount_spent_eq,
        filterterminated_amount_spent_not_eq=filterterminated_amount_spent_not_eq,
        filterterminated_amount_spent_gt=filterterminated_amount_spent_gt,
        filterterminated_amount_spent_gteq=filterterminated_amount_spent_gteq,
        filterterminated_amount_spent_lt=filterterminated_amount_spent_lt,
        filterterminated_amount_spent_lteq=filterterminated_amount_spent_lteq,
        filterterminated_amount_spent_in=filterterminated_amount_spent_in,
        filterterminated_amount_spent_not_in=filterterminated_amount_spent_not_in,
        filterterminated_calls_count_eq=filterterminated_calls_count_eq,
        filterterminated_calls_count_not_eq=filterterminated_calls_count_not_eq,
        filterterminated_calls_count_gt=filterterminated_calls_count_gt,
        filterterminated_calls_count_gteq=filterterminated_calls_count_gteq,
        filterterminated_calls_count_lt=filterterminated_calls_count_lt,
        filterterminated_calls_count_lteq=filterterminated_calls_count_lteq,
        filterterminated_calls_count_in=filterterminated_calls_count_in,
        filterterminated_calls_count_not_in=filterterminated_calls_count_not_in,
        filterterminated_successful_calls_count_eq=filterterminated_successful_calls_count_eq,
        filterterminated_successful_calls_count_not_eq=filterterminated_successful_calls_count_not_eq,
        filterterminated_successful_calls_count_gt=filterterminated_successful_calls_count_gt,
        filterterminated_successful_calls_count_gteq=filterterminated_successful_calls_count_gteq,
        filterterminated_successful_calls_count_lt=filterterminated_successful_calls_count_lt,
        filterterminated_successful_calls_count_lteq=filterterminated_successful_calls_count_lteq,
        filterterminated_successful_calls_count_in=filterterminated_successful_calls_count_in,
        filterterminated_successful_calls_count_not_in=filterterminated_successful_calls_count_not_in,
        filterterminated_calls_duration_eq=filterterminated_calls_duration_eq,
        filterterminated_calls_duration_not_eq=filterterminated_calls_duration_not_eq,
        filterterminated_calls_duration_gt=filterterminated_calls_duration_gt,
        filterterminated_calls_duration_gteq=filterterminated_calls_duration_gteq,
        filterterminated_calls_duration_lt=filterterminated_calls_duration_lt,
        filterterminated_calls_duration_lteq=filterterminated_calls_duration_lteq,
        filterterminated_calls_duration_in=filterterminated_calls_duration_in,
        filterterminated_calls_duration_not_in=filterterminated_calls_duration_not_in,
        filterterminated_billing_duration_eq=filterterminated_billing_duration_eq,
        filterterminated_billing_duration_not_eq=filterterminated_billing_duration_not_eq,
        filterterminated_billing_duration_gt=filterterminated_billing_duration_gt,
        filterterminated_billing_duration_gteq=filterterminated_billing_duration_gteq,
        filterterminated_billing_duration_lt=filterterminated_billing_duration_lt,
        filterterminated_billing_duration_lteq=filterterminated_billing_duration_lteq,
        filterterminated_billing_duration_in=filterterminated_billing_duration_in,
        filterterminated_billing_duration_not_in=filterterminated_billing_duration_not_in,
        filterterminated_first_call_at_eq=filterterminated_first_call_at_eq,
        filterterminated_first_call_at_not_eq=filterterminated_first_call_at_not_eq,
        filterterminated_first_call_at_gt=filterterminated_first_call_at_gt,
        filterterminated_first_call_at_gteq=filterterminated_first_call_at_gteq,
        filterterminated_first_call_at_lt=filterterminated_first_call_at_lt,
        filterterminated_first_call_at_lteq=filterterminated_first_call_at_lteq,
        filterterminated_first_call_at_in=filterterminated_first_call_at_in,
        filterterminated_first_call_at_not_in=filterterminated_first_call_at_not_in,
        filterterminated_last_call_at_eq=filterterminated_last_call_at_eq,
        filterterminated_last_call_at_not_eq=filterterminated_last_call_at_not_eq,
        filterterminated_last_call_at_gt=filterterminated_last_call_at_gt,
        filterterminated_last_call_at_gteq=filterterminated_last_call_at_gteq,
        filterterminated_last_call_at_lt=filterterminated_last_call_at_lt,
        filterterminated_last_call_at_lteq=filterterminated_last_call_at_lteq,
        filterterminated_last_call_at_in=filterterminated_last_call_at_in,
        filterterminated_last_call_at_not_in=filterterminated_last_call_at_not_in,
        filterservices_amount_spent_eq=filterservices_amount_spent_eq,
        filterservices_amount_spent_not_eq=filterservices_amount_spent_not_eq,
        filterservices_amount_spent_gt=filterservices_amount_spent_gt,
        filterservices_amount_spent_gteq=filterservices_amount_spent_gteq,
        filterservices_amount_spent_lt=filterservices_amount_spent_lt,
        filterservices_amount_spent_lteq=filterservices_amount_spent_lteq,
        filterservices_amount_spent_in=filterservices_amount_spent_in,
        filterservices_amount_spent_not_in=filterservices_amount_spent_not_in,
        filterservice_transactions_count_eq=filterservice_transactions_count_eq,
        filterservice_transactions_count_not_eq=filterservice_transactions_count_not_eq,
        filterservice_transactions_count_gt=filterservice_transactions_count_gt,
        filterservice_transactions_count_gteq=filterservice_transactions_count_gteq,
        filterservice_transactions_count_lt=filterservice_transactions_count_lt,
        filterservice_transactions_count_lteq=filterservice_transactions_count_lteq,
        filterservice_transactions_count_in=filterservice_transactions_count_in,
        filterservice_transactions_count_not_in=filterservice_transactions_count_not_in,
        filteraccount_id_eq=filteraccount_id_eq,
        filteraccount_id_not_eq=filteraccount_id_not_eq,
        filteraccount_id_in=filteraccount_id_in,
        filteraccount_id_not_in=filteraccount_id_not_in,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
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
) -> ErrorDocument | InvoiceListDocument | None:
    """List the customer's invoices (JSON:API, paged)

     Approved invoices of the customer, newest first by default (`default_sort`
    `-start_date`). Paginator `paged`: `page[number]` (default 1), `page[size]` (default 50,
    maximum 1000). The top-level `meta.total-count` and `links` (`first`, `last`, plus `prev`
    and `next` when they exist) are always present.

    Filters are `filter[<base>_<predicate>]=<value>` (ransack, `RansackFilterBuilder` in
    yeti-web `app/services/ransack_filter_builder.rb`): the bases and their types are in
    `x-invoicekit-filters`, the predicates of each type in `x-invoicekit-filter-predicates`;
    `codegen/prepare.py` expands them into query parameters. 21 bases give 164 keys
    (13 number × 8 + 6 datetime × 8 + 1 string × 8 + 1 uuid × 4; `string` has 8 predicates
    in `RANSACK_TYPE_SUFIXES_DIC`, not 9 as the 165 in vendors.md assumes), and jsonapi-resources
    adds its own `filter[id]` (165 in all).
    Predicates `in`, `not_in` and `cont_any` take a comma-separated list; the others exactly
    one value (else 400, code 107). `account_id` takes account UUIDs. Datetime values are
    ISO 8601 (e.g. `filter[start_date_gteq]=2026-01-01T00:00:00Z`). An unknown key answers 400
    code 102.

    Args:
        filterid (str | Unset):  Example: 0b5c8e1a-5e2f-11f1-9a3d-da575d109341.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.
        sort (str | Unset):  Default: '-start-date'.
        include (InvoiceInclude | Unset): Relationship paths that `include` accepts on invoices.
        fieldsinvoices (str | Unset):
        fieldsaccounts (str | Unset):
        filterreference_eq (str | Unset):  Example: 23.
        filterreference_not_eq (str | Unset):  Example: 23.
        filterreference_cont (str | Unset):  Example: 23.
        filterreference_start (str | Unset):  Example: 23.
        filterreference_end (str | Unset):  Example: 23.
        filterreference_in (str | Unset):  Example: 23.
        filterreference_not_in (str | Unset):  Example: 23.
        filterreference_cont_any (str | Unset):  Example: 23.
        filterstart_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterstart_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_eq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_gteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lt (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_lteq (datetime.datetime | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterend_date_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteramount_spent_eq (str | Unset):  Example: 10.
        filteramount_spent_not_eq (str | Unset):  Example: 10.
        filteramount_spent_gt (str | Unset):  Example: 10.
        filteramount_spent_gteq (str | Unset):  Example: 10.
        filteramount_spent_lt (str | Unset):  Example: 10.
        filteramount_spent_lteq (str | Unset):  Example: 10.
        filteramount_spent_in (str | Unset):  Example: 10.
        filteramount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_eq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_gteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lt (str | Unset):  Example: 10.
        filteroriginated_amount_spent_lteq (str | Unset):  Example: 10.
        filteroriginated_amount_spent_in (str | Unset):  Example: 10.
        filteroriginated_amount_spent_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lt (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_in (str | Unset):  Example: 10.
        filteroriginated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lt (str | Unset):  Example: 10.
        filteroriginated_calls_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_calls_duration_in (str | Unset):  Example: 10.
        filteroriginated_calls_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_eq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_gteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lt (str | Unset):  Example: 10.
        filteroriginated_billing_duration_lteq (str | Unset):  Example: 10.
        filteroriginated_billing_duration_in (str | Unset):  Example: 10.
        filteroriginated_billing_duration_not_in (str | Unset):  Example: 10.
        filteroriginated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filteroriginated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_amount_spent_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_eq (str | Unset):  Example: 10.
        filterterminated_amount_spent_gt (str | Unset):  Example: 10.
        filterterminated_amount_spent_gteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_lt (str | Unset):  Example: 10.
        filterterminated_amount_spent_lteq (str | Unset):  Example: 10.
        filterterminated_amount_spent_in (str | Unset):  Example: 10.
        filterterminated_amount_spent_not_in (str | Unset):  Example: 10.
        filterterminated_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_calls_count_in (str | Unset):  Example: 10.
        filterterminated_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_eq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_gteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lt (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_lteq (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_in (str | Unset):  Example: 10.
        filterterminated_successful_calls_count_not_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_calls_duration_gt (str | Unset):  Example: 10.
        filterterminated_calls_duration_gteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_lt (str | Unset):  Example: 10.
        filterterminated_calls_duration_lteq (str | Unset):  Example: 10.
        filterterminated_calls_duration_in (str | Unset):  Example: 10.
        filterterminated_calls_duration_not_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_eq (str | Unset):  Example: 10.
        filterterminated_billing_duration_gt (str | Unset):  Example: 10.
        filterterminated_billing_duration_gteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_lt (str | Unset):  Example: 10.
        filterterminated_billing_duration_lteq (str | Unset):  Example: 10.
        filterterminated_billing_duration_in (str | Unset):  Example: 10.
        filterterminated_billing_duration_not_in (str | Unset):  Example: 10.
        filterterminated_first_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_first_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_first_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_eq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_gteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lt (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_lteq (datetime.datetime | Unset):  Example:
            2025-01-01T00:00:00Z.
        filterterminated_last_call_at_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterterminated_last_call_at_not_in (str | Unset):  Example: 2025-01-01T00:00:00Z.
        filterservices_amount_spent_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_not_eq (str | Unset):  Example: 10.
        filterservices_amount_spent_gt (str | Unset):  Example: 10.
        filterservices_amount_spent_gteq (str | Unset):  Example: 10.
        filterservices_amount_spent_lt (str | Unset):  Example: 10.
        filterservices_amount_spent_lteq (str | Unset):  Example: 10.
        filterservices_amount_spent_in (str | Unset):  Example: 10.
        filterservices_amount_spent_not_in (str | Unset):  Example: 10.
        filterservice_transactions_count_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_not_eq (str | Unset):  Example: 10.
        filterservice_transactions_count_gt (str | Unset):  Example: 10.
        filterservice_transactions_count_gteq (str | Unset):  Example: 10.
        filterservice_transactions_count_lt (str | Unset):  Example: 10.
        filterservice_transactions_count_lteq (str | Unset):  Example: 10.
        filterservice_transactions_count_in (str | Unset):  Example: 10.
        filterservice_transactions_count_not_in (str | Unset):  Example: 10.
        filteraccount_id_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_eq (UUID | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.
        filteraccount_id_not_in (str | Unset):  Example: 00000000-0000-4000-8000-000000000000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | InvoiceListDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            filterid=filterid,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sort=sort,
            include=include,
            fieldsinvoices=fieldsinvoices,
            fieldsaccounts=fieldsaccounts,
            filterreference_eq=filterreference_eq,
            filterreference_not_eq=filterreference_not_eq,
            filterreference_cont=filterreference_cont,
            filterreference_start=filterreference_start,
            filterreference_end=filterreference_end,
            filterreference_in=filterreference_in,
            filterreference_not_in=filterreference_not_in,
            filterreference_cont_any=filterreference_cont_any,
            filterstart_date_eq=filterstart_date_eq,
            filterstart_date_not_eq=filterstart_date_not_eq,
            filterstart_date_gt=filterstart_date_gt,
            filterstart_date_gteq=filterstart_date_gteq,
            filterstart_date_lt=filterstart_date_lt,
            filterstart_date_lteq=filterstart_date_lteq,
            filterstart_date_in=filterstart_date_in,
            filterstart_date_not_in=filterstart_date_not_in,
            filterend_date_eq=filterend_date_eq,
            filterend_date_not_eq=filterend_date_not_eq,
            filterend_date_gt=filterend_date_gt,
            filterend_date_gteq=filterend_date_gteq,
            filterend_date_lt=filterend_date_lt,
            filterend_date_lteq=filterend_date_lteq,
            filterend_date_in=filterend_date_in,
            filterend_date_not_in=filterend_date_not_in,
            filteramount_spent_eq=filteramount_spent_eq,
            filteramount_spent_not_eq=filteramount_spent_not_eq,
            filteramount_spent_gt=filteramount_spent_gt,
            filteramount_spent_gteq=filteramount_spent_gteq,
            filteramount_spent_lt=filteramount_spent_lt,
            filteramount_spent_lteq=filteramount_spent_lteq,
            filteramount_spent_in=filteramount_spent_in,
            filteramount_spent_not_in=filteramount_spent_not_in,
            filteroriginated_amount_spent_eq=filteroriginated_amount_spent_eq,
            filteroriginated_amount_spent_not_eq=filteroriginated_amount_spent_not_eq,
            filteroriginated_amount_spent_gt=filteroriginated_amount_spent_gt,
            filteroriginated_amount_spent_gteq=filteroriginated_amount_spent_gteq,
            filteroriginated_amount_spent_lt=filteroriginated_amount_spent_lt,
            filteroriginated_amount_spent_lteq=filteroriginated_amount_spent_lteq,
            filteroriginated_amount_spent_in=filteroriginated_amount_spent_in,
            filteroriginated_amount_spent_not_in=filteroriginated_amount_spent_not_in,
            filteroriginated_calls_count_eq=filteroriginated_calls_count_eq,
            filteroriginated_calls_count_not_eq=filteroriginated_calls_count_not_eq,
            filteroriginated_calls_count_gt=filteroriginated_calls_count_gt,
            filteroriginated_calls_count_gteq=filteroriginated_calls_count_gteq,
            filteroriginated_calls_count_lt=filteroriginated_calls_count_lt,
            filteroriginated_calls_count_lteq=filteroriginated_calls_count_lteq,
            filteroriginated_calls_count_in=filteroriginated_calls_count_in,
            filteroriginated_calls_count_not_in=filteroriginated_calls_count_not_in,
            filteroriginated_successful_calls_count_eq=filteroriginated_successful_calls_count_eq,
            filteroriginated_successful_calls_count_not_eq=filteroriginated_successful_calls_count_not_eq,
            filteroriginated_successful_calls_count_gt=filteroriginated_successful_calls_count_gt,
            filteroriginated_successful_calls_count_gteq=filteroriginated_successful_calls_count_gteq,
            filteroriginated_successful_calls_count_lt=filteroriginated_successful_calls_count_lt,
            filteroriginated_successful_calls_count_lteq=filteroriginated_successful_calls_count_lteq,
            filteroriginated_successful_calls_count_in=filteroriginated_successful_calls_count_in,
            filteroriginated_successful_calls_count_not_in=filteroriginated_successful_calls_count_not_in,
            filteroriginated_calls_duration_eq=filteroriginated_calls_duration_eq,
            filteroriginated_calls_duration_not_eq=filteroriginated_calls_duration_not_eq,
            filteroriginated_calls_duration_gt=filteroriginated_calls_duration_gt,
            filteroriginated_calls_duration_gteq=filteroriginated_calls_duration_gteq,
            filteroriginated_calls_duration_lt=filteroriginated_calls_duration_lt,
            filteroriginated_calls_duration_lteq=filteroriginated_calls_duration_lteq,
            filteroriginated_calls_duration_in=filteroriginated_calls_duration_in,
            filteroriginated_calls_duration_not_in=filteroriginated_calls_duration_not_in,
            filteroriginated_billing_duration_eq=filteroriginated_billing_duration_eq,
            filteroriginated_billing_duration_not_eq=filteroriginated_billing_duration_not_eq,
            filteroriginated_billing_duration_gt=filteroriginated_billing_duration_gt,
            filteroriginated_billing_duration_gteq=filteroriginated_billing_duration_gteq,
            filteroriginated_billing_duration_lt=filteroriginated_billing_duration_lt,
            filteroriginated_billing_duration_lteq=filteroriginated_billing_duration_lteq,
            filteroriginated_billing_duration_in=filteroriginated_billing_duration_in,
            filteroriginated_billing_duration_not_in=filteroriginated_billing_duration_not_in,
            filteroriginated_first_call_at_eq=filteroriginated_first_call_at_eq,
            filteroriginated_first_call_at_not_eq=filteroriginated_first_call_at_not_eq,
            filteroriginated_first_call_at_gt=filteroriginated_first_call_at_gt,
            filteroriginated_first_call_at_gteq=filteroriginated_first_call_at_gteq,
            filteroriginated_first_call_at_lt=filteroriginated_first_call_at_lt,
            filteroriginated_first_call_at_lteq=filteroriginated_first_call_at_lteq,
            filteroriginated_first_call_at_in=filteroriginated_first_call_at_in,
            filteroriginated_first_call_at_not_in=filteroriginated_first_call_at_not_in,
            filteroriginated_last_call_at_eq=filteroriginated_last_call_at_eq,
            filteroriginated_last_call_at_not_eq=filteroriginated_last_call_at_not_eq,
            filteroriginated_last_call_at_gt=filteroriginated_last_call_at_gt,
            filteroriginated_last_call_at_gteq=filteroriginated_last_call_at_gteq,
            filteroriginated_last_call_at_lt=filteroriginated_last_call_at_lt,
            filteroriginated_last_call_at_lteq=filteroriginated_last_call_at_lteq,
            filteroriginated_last_call_at_in=filteroriginated_last_call_at_in,
            filteroriginated_last_call_at_not_in=filteroriginated_last_call_at_not_in,
            filterterminated_amount_spent_eq=filterterminated_amount_spent_eq,
            filterterminated_amount_spent_not_eq=filterterminated_amount_spent_not_eq,
            filterterminated_amount_spent_gt=filterterminated_amount_spent_gt,
            filterterminated_amount_spent_gteq=filterterminated_amount_spent_gteq,
            filterterminated_amount_spent_lt=filterterminated_amount_spent_lt,
            filterterminated_amount_spent_lteq=filterterminated_amount_spent_lteq,
            filterterminated_amount_spent_in=filterterminated_amount_spent_in,
            filterterminated_amount_spent_not_in=filterterminated_amount_spent_not_in,
            filterterminated_calls_count_eq=filterterminated_calls_count_eq,
            filterterminated_calls_count_not_eq=filterterminated_calls_count_not_eq,
            filterterminated_calls_count_gt=filterterminated_calls_count_gt,
            filterterminated_calls_count_gteq=filterterminated_calls_count_gteq,
            filterterminated_calls_count_lt=filterterminated_calls_count_lt,
            filterterminated_calls_count_lteq=filterterminated_calls_count_lteq,
            filterterminated_calls_count_in=filterterminated_calls_count_in,
            filterterminated_calls_count_not_in=filterterminated_calls_count_not_in,
            filterterminated_successful_calls_count_eq=filterterminated_successful_calls_count_eq,
            filterterminated_successful_calls_count_not_eq=filterterminated_successful_calls_count_not_eq,
            filterterminated_successful_calls_count_gt=filterterminated_successful_calls_count_gt,
            filterterminated_successful_calls_count_gteq=filterterminated_successful_calls_count_gteq,
            filterterminated_successful_calls_count_lt=filterterminated_successful_calls_count_lt,
            filterterminated_successful_calls_count_lteq=filterterminated_successful_calls_count_lteq,
            filterterminated_successful_calls_count_in=filterterminated_successful_calls_count_in,
            filterterminated_successful_calls_count_not_in=filterterminated_successful_calls_count_not_in,
            filterterminated_calls_duration_eq=filterterminated_calls_duration_eq,
            filterterminated_calls_duration_not_eq=filterterminated_calls_duration_not_eq,
            filterterminated_calls_duration_gt=filterterminated_calls_duration_gt,
            filterterminated_calls_duration_gteq=filterterminated_calls_duration_gteq,
            filterterminated_calls_duration_lt=filterterminated_calls_duration_lt,
            filterterminated_calls_duration_lteq=filterterminated_calls_duration_lteq,
            filterterminated_calls_duration_in=filterterminated_calls_duration_in,
            filterterminated_calls_duration_not_in=filterterminated_calls_duration_not_in,
            filterterminated_billing_duration_eq=filterterminated_billing_duration_eq,
            filterterminated_billing_duration_not_eq=filterterminated_billing_duration_not_eq,
            filterterminated_billing_duration_gt=filterterminated_billing_duration_gt,
            filterterminated_billing_duration_gteq=filterterminated_billing_duration_gteq,
            filterterminated_billing_duration_lt=filterterminated_billing_duration_lt,
            filterterminated_billing_duration_lteq=filterterminated_billing_duration_lteq,
            filterterminated_billing_duration_in=filterterminated_billing_duration_in,
            filterterminated_billing_duration_not_in=filterterminated_billing_duration_not_in,
            filterterminated_first_call_at_eq=filterterminated_first_call_at_eq,
            filterterminated_first_call_at_not_eq=filterterminated_first_call_at_not_eq,
            filterterminated_first_call_at_gt=filterterminated_first_call_at_gt,
            filterterminated_first_call_at_gteq=filterterminated_first_call_at_gteq,
            filterterminated_first_call_at_lt=filterterminated_first_call_at_lt,
            filterterminated_first_call_at_lteq=filterterminated_first_call_at_lteq,
            filterterminated_first_call_at_in=filterterminated_first_call_at_in,
            filterterminated_first_call_at_not_in=filterterminated_first_call_at_not_in,
            filterterminated_last_call_at_eq=filterterminated_last_call_at_eq,
            filterterminated_last_call_at_not_eq=filterterminated_last_call_at_not_eq,
            filterterminated_last_call_at_gt=filterterminated_last_call_at_gt,
            filterterminated_last_call_at_gteq=filterterminated_last_call_at_gteq,
            filterterminated_last_call_at_lt=filterterminated_last_call_at_lt,
            filterterminated_last_call_at_lteq=filterterminated_last_call_at_lteq,
            filterterminated_last_call_at_in=filterterminated_last_call_at_in,
            filterterminated_last_call_at_not_in=filterterminated_last_call_at_not_in,
            filterservices_amount_spent_eq=filterservices_amount_spent_eq,
            filterservices_amount_spent_not_eq=filterservices_amount_spent_not_eq,
            filterservices_amount_spent_gt=filterservices_amount_spent_gt,
            filterservices_amount_spent_gteq=filterservices_amount_spent_gteq,
            filterservices_amount_spent_lt=filterservices_amount_spent_lt,
            filterservices_amount_spent_lteq=filterservices_amount_spent_lteq,
            filterservices_amount_spent_in=filterservices_amount_spent_in,
            filterservices_amount_spent_not_in=filterservices_amount_spent_not_in,
            filterservice_transactions_count_eq=filterservice_transactions_count_eq,
            filterservice_transactions_count_not_eq=filterservice_transactions_count_not_eq,
            filterservice_transactions_count_gt=filterservice_transactions_count_gt,
            filterservice_transactions_count_gteq=filterservice_transactions_count_gteq,
            filterservice_transactions_count_lt=filterservice_transactions_count_lt,
            filterservice_transactions_count_lteq=filterservice_transactions_count_lteq,
            filterservice_transactions_count_in=filterservice_transactions_count_in,
            filterservice_transactions_count_not_in=filterservice_transactions_count_not_in,
            filteraccount_id_eq=filteraccount_id_eq,
            filteraccount_id_not_eq=filteraccount_id_not_eq,
            filteraccount_id_in=filteraccount_id_in,
            filteraccount_id_not_in=filteraccount_id_not_in,
        )
    ).parsed
