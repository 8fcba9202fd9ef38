"""Every line of an invoice: the embedded first page, then ``GET /v1/invoices/{id}/lines``.

An invoice object embeds only the first page of its lines (10); ``lines.has_more`` says that
more follow. The flow here pages the lines endpoint by cursor, starting after the last
embedded line, 100 lines a request (Stripe's largest page), and splices every line into the
invoice's JSON: ``lines.data`` then holds all of them and ``lines.has_more`` is false, every
other byte of the invoice stays as Stripe sent it. So `Invoice.raw` normalizes again to the
same invoice, offline.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx
import msgspec
from invoicekit.flows import Cursor, collect_items
from invoicekit.plugin import Call

from invoicekit_stripe_client.api.invoices import list_invoice_lines
from invoicekit_stripe_client.models import InvoiceLineList

from ._values import VENDOR

__all__ = ["LINES_PAGE_SIZE", "LINES_PAGING", "complete_lines"]

#: Stripe's largest page of line items.
LINES_PAGE_SIZE = 100
#: The lines endpoint pages by cursor, as the invoice list does.
LINES_PAGING = Cursor(after="starting_after", size="limit", has_more=("has_more",))


def complete_lines(
    invoice_id: str, embedded: InvoiceLineList, body: bytes, stripe_version: str
) -> Generator[Call, httpx.Response, bytes]:
    """The invoice JSON ``body`` with every line in ``lines.data`` (``body`` itself if complete).

    ``embedded`` is the decoded ``lines`` of ``body``. A lines page that says more follow but
    does not move past its cursor means the cursor is ignored: `invoicekit.Unsupported`, rather
    than loop or return an invoice with lines missing.
    """
    if not embedded.has_more:
        return body
    more = yield from collect_items(
        VENDOR,
        LINES_PAGING,
        request=lambda params: list_invoice_lines.build_request(
            invoice_id, **params, stripe_version=stripe_version
        ),
        page_size=LINES_PAGE_SIZE,
        what=f"lines of invoice {invoice_id}",
        after=embedded.data[-1].id if embedded.data else None,
        check=lambda page: msgspec.json.decode(page, type=InvoiceLineList, strict=False),
    )
    return _spliced(body, more)


def _spliced(body: bytes, more: list[msgspec.Raw]) -> bytes:
    invoice = msgspec.json.decode(body, type=dict[str, msgspec.Raw])
    lines = msgspec.json.decode(invoice["lines"], type=dict[str, msgspec.Raw])
    first = msgspec.json.decode(lines["data"], type=list[msgspec.Raw])
    lines["data"] = msgspec.Raw(msgspec.json.encode([*first, *more]))
    lines["has_more"] = msgspec.Raw(b"false")
    invoice["lines"] = msgspec.Raw(msgspec.json.encode(lines))
    return msgspec.json.encode(invoice)
