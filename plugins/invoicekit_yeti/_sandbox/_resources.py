"""How the Yeti sandbox shows its data: JSON:API resources and documents, and invoice PDFs.

Resources carry absolute ``self`` links and, on invoices, the ``account`` relationship's links
(with its linkage when the account is included); ``fields[...]`` leaves out what was not asked
for. The attributes and their order are the spec's (`._contract`). The PDF is served as
``Billing::Invoice`` names its file.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from invoicekit.sandbox import SandboxRequest, SandboxResponse, minimal_pdf

from ._contract import contract
from ._data import FIRST_INTERNAL_ID, Account, Invoice, YetiData
from ._ruby import iso_ms, ruby_decimal

__all__ = ["API", "account_links", "account_resource", "document", "pdf_download"]

#: The customer API's path prefix.
API = "/api/rest/customer/v1"


def _attribute(resource: Invoice | Account, name: str) -> Any:
    value = getattr(resource, name)
    if isinstance(value, Decimal):
        return ruby_decimal(value)
    if isinstance(value, datetime) or value is None:
        return iso_ms(value)
    return value


def account_links(request: SandboxRequest, invoice_id: str) -> dict[str, str]:
    """The ``self`` and ``related`` links of an invoice's ``account`` relationship."""
    link = f"{request.base_url}{API}/invoices/{invoice_id}"
    return {"self": f"{link}/relationships/account", "related": f"{link}/account"}


def _invoice_resource(
    data: YetiData,
    request: SandboxRequest,
    invoice: Invoice,
    *,
    include: bool,
    fields_: Mapping[str, frozenset[str]],
) -> dict[str, Any]:
    link = f"{request.base_url}{API}/invoices/{invoice.id}"
    wanted = fields_.get("invoices")
    attributes = {
        name.replace("_", "-"): _attribute(invoice, name)
        for name in contract().invoice_attributes
        if wanted is None or name in wanted
    }
    resource: dict[str, Any] = {"id": invoice.id, "type": "invoices", "links": {"self": link}}
    if attributes:
        resource["attributes"] = attributes
    if wanted is None or "account" in wanted:
        relationship: dict[str, Any] = {"links": account_links(request, invoice.id)}
        if include:
            relationship["data"] = {"type": "accounts", "id": data.account_ids[invoice.account]}
        resource["relationships"] = {"account": relationship}
    return resource


def account_resource(
    data: YetiData, request: SandboxRequest, index: int, fields_: Mapping[str, frozenset[str]]
) -> dict[str, Any]:
    """Account ``index`` as a JSON:API resource."""
    account = data.account(index)
    wanted = fields_.get("accounts")
    attributes = {
        name.replace("_", "-"): _attribute(account, name)
        for name in contract().account_attributes
        if wanted is None or name in wanted
    }
    resource: dict[str, Any] = {
        "id": account.id,
        "type": "accounts",
        "links": {"self": f"{request.base_url}{API}/accounts/{account.id}"},
    }
    if attributes:
        resource["attributes"] = attributes
    return resource


def document(
    data: YetiData,
    request: SandboxRequest,
    invoices: Sequence[Invoice],
    *,
    include: bool,
    fields_: Mapping[str, frozenset[str]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The invoices' resources and, with ``include``, their accounts' (each once)."""
    resources = [
        _invoice_resource(data, request, invoice, include=include, fields_=fields_)
        for invoice in invoices
    ]
    included: list[dict[str, Any]] = []
    if include:
        accounts = dict.fromkeys(invoice.account for invoice in invoices)
        included = [account_resource(data, request, index, fields_) for index in accounts]
    return resources, included


def pdf_download(data: YetiData, invoice: Invoice) -> SandboxResponse:
    """The invoice's PDF as an attachment; 404 with no body (``head 404``) without one."""
    if not invoice.has_pdf:
        return SandboxResponse(404)  # `head 404`: no body, no content type
    account = data.account(invoice.account)
    pdf = minimal_pdf(
        [
            f"Invoice {invoice.reference}",
            data.customer,
            f"Account: {account.name}",
            f"Period: {iso_ms(invoice.start_date)} - {iso_ms(invoice.end_date)}",
            f"Originated calls: {invoice.originated_calls_count}, "
            f"{ruby_decimal(invoice.originated_amount_spent)} {account.currency}",
            f"Terminated calls: {invoice.terminated_calls_count}, "
            f"{ruby_decimal(invoice.terminated_amount_spent)} {account.currency}",
            f"Services: {ruby_decimal(invoice.services_amount_spent)} {account.currency}",
            f"Total (VAT included): {ruby_decimal(invoice.amount_spent)} {account.currency}",
        ]
    )
    # Billing::Invoice#file_name: "#{id}_#{start_date}_#{end_date}", Time#to_s in UTC.
    internal_id = FIRST_INTERNAL_ID + invoice.index
    filename = (
        f"{internal_id}_{invoice.start_date:%Y-%m-%d %H:%M:%S} UTC"
        f"_{invoice.end_date:%Y-%m-%d %H:%M:%S} UTC.pdf"
    )
    disposition = (
        f'attachment; filename="{filename}"; '
        f"filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"
    )
    return SandboxResponse(
        200,
        pdf,
        {
            "content-type": "application/pdf",
            "content-disposition": disposition,
            "content-transfer-encoding": "binary",
        },
    )
