"""What the Stripe vendor class declares at import: page sizes, envelope and paging (see
`invoicekit_stripe._api`) and the Events API's window (`invoicekit_stripe._events`). They live
here, free of the HTTP side, so that importing the plugin, and `invoicekit.normalize`, load
no httpx."""

from __future__ import annotations

import datetime as dt

from invoicekit.plugin import Cursor, Envelope

__all__ = ["DEFAULT_PAGE_SIZE", "ENVELOPE", "EVENTS_WINDOW", "MAX_PAGE_SIZE", "PAGING"]

#: Stripe's largest page, also the default here (fewer round trips).
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 100
#: An invoice is the whole body of ``GET /v1/invoices/{id}``; a list holds them in ``data``.
ENVELOPE = Envelope(invoice=(), items=("data",))
#: ``starting_after=<id of the last invoice>`` while ``has_more``.
PAGING = Cursor(after="starting_after", size="limit", has_more=("has_more",))
#: How long Stripe keeps events.
EVENTS_WINDOW = dt.timedelta(days=30)
