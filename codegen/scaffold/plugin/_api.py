"""The {{Title}} API: which requests to send and how errors read.

Listing asks for ``page`` 1, 2, ... with ``per_page`` invoices each, oldest first. The paging
is declared on the vendor class and run by invoicekit: it stops after the last page the vendor
reports (``pages``), or at an empty or short page. Invoices created while you page are appended
at the end, so nothing already listed moves.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import msgspec

from invoicekit.plugin import ErrorDetail, ListQuery
from invoicekit_{{vendor}}_client.api.invoices import get_invoice, list_invoices
from invoicekit_{{vendor}}_client.models import Error

__all__ = ["invoice_request", "list_request", "parse_error"]


def invoice_request(invoice_id: str) -> dict[str, Any]:
    """``GET /invoices/{id}``."""
    kwargs: dict[str, Any] = get_invoice.build_request(id=invoice_id)
    return kwargs


def list_request(query: ListQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """One page of ``GET /invoices`` (``params``: its ``page`` and ``per_page``)."""
    kwargs: dict[str, Any] = list_invoices.build_request(**params)
    return kwargs


def parse_error(response: httpx.Response) -> ErrorDetail:
    """The vendor's ``code`` and ``message``, when the body has them."""
    try:
        error = msgspec.json.decode(response.content, type=Error)
    except msgspec.MsgspecError:
        return ErrorDetail()
    code = error.code if isinstance(error.code, str) else None
    message = error.message if isinstance(error.message, str) else None
    return ErrorDetail(code=code, message=message)
