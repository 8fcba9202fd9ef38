"""The "json.loads + dicts" contender: what a careful integration without invoicekit writes.

Issue 17 asks `normalize` to be twice as fast as "json.loads plus dict code", a careful hand
integration producing an equal `Invoice`. Each module here is that integration for one vendor:
``json.loads(body, parse_float=Decimal)`` (never a float for money), then plain dict and list
code that checks the type of every value it reads (`_read`), parses the dates and instants
itself, and builds the same `Invoice` as `normalize`. Like the limits it skips what only a
library needs: typed errors naming the JSON path (a bad value is a plain `ValueError` naming
its key) and the drift rules (an unknown time zone, a null where a value was, a new shape).
The benchmark checks every one against `normalize`, field by field, on every payload it times.
Yeti and Daftra keep one member of the document as `Invoice.raw`, so they read its top level
with the stdlib decoder's ``raw_decode`` (`_read.members`), which is ``json.loads`` plus spans.
"""

from __future__ import annotations

from collections.abc import Callable

from invoicekit import Invoice

from . import daftra, fynn, stripe, yeti

#: vendor → its dict code: one invoice's response body in, the `Invoice` out.
DICTS: dict[str, Callable[[bytes], Invoice]] = {
    "daftra": daftra.to_invoice,
    "fynn": fynn.to_invoice,
    "stripe": stripe.to_invoice,
    "yeti": yeti.to_invoice,
}
