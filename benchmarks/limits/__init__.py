"""The "limit" per vendor: hand-written msgspec paths that give the same `Invoice` as `normalize`.

Each module decodes only the fields its vendor's mapping reads, into structs written for the
job (amounts straight to `Decimal`), and builds the `Invoice` directly: no drift handling, no
error paths, no generated models. That is the fastest honest way to the same result, so it
bounds how fast `normalize` can get. The benchmark checks every limit against `normalize` on
every payload it times; a limit that disagrees is a harness error, not a number.
"""

from __future__ import annotations

from collections.abc import Callable

from invoicekit import Invoice

from . import daftra, fynn, stripe, yeti

#: vendor → its limit: one invoice's response body in, the `Invoice` out.
LIMITS: dict[str, Callable[[bytes], Invoice]] = {
    "yeti": yeti.to_invoice,
    "daftra": daftra.to_invoice,
    "fynn": fynn.to_invoice,
    "stripe": stripe.to_invoice,
}
