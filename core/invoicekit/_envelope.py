"""Where an invoice sits in a vendor's response body, and its own bytes for `Invoice.raw`.

A vendor declares an `Envelope`: the path to the invoice in a single-invoice body (Daftra's
``("data", "Invoice")``, Xero's ``("Invoices", 0)``, ``()`` for a bare object) and the path to
the array of invoices in a list body (``("data",)`` for Fynn, Stripe and JSON:API).

The rule for `Invoice.raw`: it holds the invoice object's own bytes, exactly as the vendor sent
them, whether the invoice came from ``get_invoice``, a listing page or ``normalize``; never the
envelope around it. Error paths are rooted at the body the caller passed: an invoice of a list
page fails at ``$.data[3]...``, one inside Daftra's envelope at ``$.data.Invoice...``.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from ._translate import normalization_error
from .errors import NormalizationError

__all__ = ["Envelope", "json_path", "locate", "locate_items"]

Path = tuple[str | int, ...]

_OBJECT = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ARRAY = msgspec.json.Decoder(list[msgspec.Raw])


@dataclass(frozen=True, slots=True)
class Envelope:
    """A vendor's declaration of where its invoices sit (see the module docstring).

    Attributes:
        invoice: keys and indexes from a single-invoice body to the invoice object.
        items: keys and indexes from a list body to the array of invoice objects.
    """

    invoice: Path = ()
    items: Path = ("data",)


def json_path(path: Path) -> str:
    """``("data", 0, "id")`` as the JSON path ``$.data[0].id``."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


def locate(vendor: str, body: bytes, path: Path) -> msgspec.Raw:
    """The exact bytes at ``path`` in ``body``, or a `NormalizationError` naming where it broke.

    Each step decodes one level only, as raw slices, so the invoice's own bytes are returned
    untouched and nothing below the path is parsed twice.
    """
    current = msgspec.Raw(body)
    for depth, step in enumerate(path):
        where = json_path(path[:depth])
        decoder = _ARRAY if isinstance(step, int) else _OBJECT
        try:
            level = decoder.decode(current)
        except msgspec.MsgspecError as exc:
            error = normalization_error(vendor, exc)
            raise NormalizationError(vendor, where, error.cause) from exc
        try:
            current = level[step]  # type: ignore[index]
        except (KeyError, IndexError):
            raise NormalizationError(vendor, json_path(path[: depth + 1]), "missing") from None
    return current


def locate_items(vendor: str, body: bytes, path: Path) -> list[msgspec.Raw]:
    """The exact bytes of each item of the array at ``path`` in a list body."""
    array = locate(vendor, body, path)
    try:
        return _ARRAY.decode(array)
    except msgspec.MsgspecError as exc:
        error = normalization_error(vendor, exc)
        raise NormalizationError(vendor, json_path(path), error.cause) from exc
