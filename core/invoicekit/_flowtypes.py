"""The flow types a vendor plugin exchanges with the clients: `Call`, `Page`, `ListQuery`,
`ErrorDetail`.

They need no httpx, so `vendor.py` imports them at module level; `flows` re-exports them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import msgspec

from invoicekit.model import Invoice, InvoiceStatus

__all__ = ["DECODED_EXTENSION", "Call", "ErrorDetail", "ListQuery", "Page"]


@dataclass(frozen=True, slots=True)
class Call:
    """One HTTP request a flow asks the client to send.

    Attributes:
        kwargs: arguments for `httpx.Client.build_request` (``method``, ``url``, ``params``,
            ``headers``, ``json``): what a generated endpoint's ``build_request`` returns. A
            relative ``url`` hangs from the client's ``base_url``; an absolute one (a vendor's
            signed download link) is fetched *without* credentials unless it has the same
            origin as ``base_url``.
        purpose: ``"api"`` for JSON API calls (capped by ``max_response_bytes``), ``"pdf"`` for
            a document download (capped by ``max_pdf_bytes`` and checked to be a PDF).
        tolerate: HTTP error statuses the flow takes as an answer instead of an error (a
            lookup it can do without, such as Fynn's payment transactions answering 403 to a
            key without that permission). 401 and 429 are never tolerated, and retries of
            retryable statuses still happen first.
        decoder: how the flow decodes a successful body whole (a `msgspec.json.Decoder`), when
            it does: the client decodes it once, in place of the scan every API body gets for
            JSON cut short (a body that decodes is complete; one that does not is scanned as
            any other), and hands the result on in the response's extensions under
            `DECODED_EXTENSION`, as ``(decoder, value)``.
    """

    kwargs: Mapping[str, Any]
    purpose: Literal["api", "pdf"] = "api"
    tolerate: frozenset[int] = frozenset()
    decoder: msgspec.json.Decoder[Any] | None = None


#: Response extension holding ``(decoder, value)``: a `Call.decoder`'s result for its body.
DECODED_EXTENSION = "invoicekit_decoded"


@dataclass(frozen=True, slots=True)
class Page:
    """A page of normalized invoices, yielded by a listing flow.

    Attributes:
        invoices: the invoices on this page, in the vendor's order.
        total: the vendor's total count across pages, when it says.
        deleted: ids of invoices the vendor reports deleted; only a changed-since listing
            (``updated_since``) of a vendor that reports deletions fills it.
    """

    invoices: Sequence[Invoice]
    total: int | None = None
    deleted: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What `list_invoices` was asked for, already validated against the vendor's filters.

    Attributes:
        issued_since: first issue date to include (inclusive).
        issued_until: last issue date to include (inclusive).
        updated_since: only invoices the vendor changed at or after this instant.
        status: vendor-native status values to include (the plugin maps the normalized
            status the user asked for; an empty tuple means any).
        page_size: invoices per request, or ``None`` for the vendor's default.
        native: vendor-native filters passed through as given (a Yeti ``filter[...]`` key, a
            Daftra ``client_id``).
        keep: the normalized statuses asked for, when the vendor filters one of them only
            coarsely (`Vendor.coarse_statuses`): the client drops every other status after
            mapping, and a page reader may drop them sooner to spare further calls (Stripe's
            lines). ``None``: the vendor's answer is kept whole.
    """

    issued_since: date | None = None
    issued_until: date | None = None
    updated_since: datetime | None = None
    status: tuple[str, ...] = ()
    page_size: int | None = None
    native: Mapping[str, str] = field(default_factory=dict)
    keep: frozenset[InvoiceStatus] | None = None

    def keeps(self, invoice: Invoice) -> bool:
        """Whether the listing yields ``invoice``, as far as `keep` decides."""
        return self.keep is None or invoice.status in self.keep


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """The vendor's own error code and message, parsed from an error body."""

    code: str | None = None
    message: str | None = None
