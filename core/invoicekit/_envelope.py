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

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec

from ._translate import PLUGIN_MAPPING_ERRORS, mapping_error, normalization_error, too_deep
from .errors import InvoiceKitError, NormalizationError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Envelope",
    "decode",
    "decoded",
    "invoice_reader",
    "json_path",
    "locate",
    "locate_items",
    "raw_items",
    "read_invoice",
    "rooted",
    "rooted_error",
]

_T = TypeVar("_T")

Path = tuple[str | int, ...]

_OBJECT = msgspec.json.Decoder(dict[str, msgspec.Raw])
_ARRAY = msgspec.json.Decoder(list[msgspec.Raw])


# A frozen Struct, not a frozen dataclass: equal, hashable and immutable alike, but defining a
# dataclass compiles its methods (about 0.3 ms), paid by every process that loads a vendor.
class Envelope(msgspec.Struct, frozen=True):
    """A vendor's declaration of where its invoices sit (see the module docstring).

    Attributes:
        invoice: keys and indexes from a single-invoice body to the invoice object.
        items: keys and indexes from a list body to the array of invoice objects.
    """

    invoice: Path = ()
    items: Path = ("data",)


def _rerooted(vendor: str, error: NormalizationError, root: str) -> NormalizationError:
    if root == "$" or not error.path.startswith("$"):
        return error
    return NormalizationError(vendor, root + error.path[1:], error.cause)


def rooted(vendor: str, root: str, mapping: Callable[[], _T]) -> _T:
    """``mapping()``, whose errors name paths from ``$`` of the object it maps, with every
    error rooted at ``root`` instead (``$.data[3]``), so that it points into the caller's body.

    The one error translation of a plugin's mapping: msgspec's errors, a `NormalizationError`
    the mapping raised, and what mapping code raises on a payload it did not expect
    (`KeyError`, `TypeError`...) all become a `NormalizationError` of ``vendor`` at a path of
    the caller's body, chained to the original; a bug in the mapping code itself (a typo in a
    generated model's attribute) is a `PluginError` naming the plugin's line. invoicekit's
    other errors pass unchanged.
    """
    try:
        return mapping()
    except Exception as exc:
        error = rooted_error(vendor, root, exc)
        if error is None:
            raise
        raise error from exc


def rooted_error(vendor: str, root: str, exc: Exception) -> Exception | None:
    """What `rooted` raises instead of ``exc``, chained to it, or None when ``exc`` itself
    goes on (invoicekit's other errors, and what no mapping of a payload raises)."""
    if isinstance(exc, NormalizationError):
        return None if root == "$" else _rerooted(vendor, exc, root)
    if isinstance(exc, InvoiceKitError):
        return None
    if isinstance(exc, msgspec.ValidationError | msgspec.DecodeError):
        return _rerooted(vendor, normalization_error(vendor, exc), root)
    if isinstance(exc, RecursionError):
        return too_deep(vendor)
    if isinstance(exc, PLUGIN_MAPPING_ERRORS):
        # A plugin bug stays a PluginError; a payload the code did not expect is rooted here.
        translated = mapping_error(vendor, exc)
        if isinstance(translated, NormalizationError):
            translated = NormalizationError(vendor, root, translated.cause)
        return translated
    return None


def read_invoice(
    vendor: str,
    envelope: Envelope,
    body: bytes,
    mapping: Callable[[msgspec.Raw, Any], _T],
    context: Callable[[bytes], Any] | None = None,
) -> _T:
    """The invoice of a single-invoice ``body``: ``mapping(raw, context)`` of the object at
    ``envelope.invoice``, its errors rooted there (see `rooted`).

    ``raw`` is the invoice object's own bytes (for `Invoice.raw`); ``context`` is what
    ``context(body)`` reads from the rest of the body once (Yeti's ``included`` accounts), or
    None.
    """
    # Every normalize comes through here: no closure per call, and the root's text only made
    # for an error (`rooted` without its lambdas).
    path = envelope.invoice
    raw = locate(vendor, body, path) if path else msgspec.Raw(body)
    extra = None if context is None else rooted(vendor, "$", lambda: context(body))
    try:
        return mapping(raw, extra)
    except Exception as exc:
        error = rooted_error(vendor, json_path(path), exc)
        if error is None:
            raise
        raise error from exc


def invoice_reader(
    vendor: str,
    envelope: Envelope,
    mapping: Callable[[msgspec.Raw, Any], _T],
    context: Callable[[bytes], Any] | None = None,
) -> Callable[[bytes], _T]:
    """`read_invoice` of ``vendor``'s ``mapping`` bound once: a function of the body alone.

    What `invoicekit.normalize` calls per invoice. A bare invoice object without body context
    (Fynn, Stripe) is mapped straight from the body, with `read_invoice`'s rooting of errors.
    """
    if envelope.invoice or context is not None:
        return functools.partial(read_invoice, vendor, envelope, mapping=mapping, context=context)

    def read(body: bytes) -> _T:
        try:
            return mapping(msgspec.Raw(body), None)
        except Exception as exc:
            error = rooted_error(vendor, "$", exc)
            if error is None:
                raise
            raise error from exc

    return read


def json_path(path: Path) -> str:
    """``("data", 0, "id")`` as the JSON path ``$.data[0].id``."""
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


#: Decoders of the key-only paths seen (vendors declare a few), or None for a path with indexes.
_BY_KEYS: dict[Path, msgspec.json.Decoder[Any] | None] = {}


def _by_keys(path: Path) -> msgspec.json.Decoder[Any] | None:
    """One decoder for a path of keys (Daftra's ``("data", "Invoice")``): nested structs that
    each keep the one field the path takes (`UNSET` when missing), the innermost as raw bytes,
    so that the body is scanned once rather than once per level."""
    try:
        return _BY_KEYS[path]
    except KeyError:
        pass
    decoder = None
    if path and all(type(step) is str for step in path):
        level: Any = msgspec.Raw
        for step in reversed(path):
            field = ("value", level | msgspec.UnsetType, msgspec.UNSET)
            level = msgspec.defstruct("Level", [field], rename={"value": str(step)})
        decoder = msgspec.json.Decoder(level)
    if len(_BY_KEYS) < 64:  # a plugin calling with paths made at run time must not grow it
        _BY_KEYS[path] = decoder
    return decoder


def locate(vendor: str, body: bytes, path: Path) -> msgspec.Raw:
    """The exact bytes at ``path`` in ``body``, or a `NormalizationError` naming where it broke.

    Each step decodes one level only, as raw slices, so the invoice's own bytes are returned
    untouched and nothing below the path is parsed twice. A path of keys only is one decode.
    """
    by_keys = _by_keys(path)
    if by_keys is not None:
        try:
            level = by_keys.decode(body)
        except msgspec.MsgspecError as exc:
            raise normalization_error(vendor, exc) from exc  # its path is the level's
        for depth in range(len(path)):
            level = level.value
            if level is msgspec.UNSET:
                raise NormalizationError(vendor, json_path(path[: depth + 1]), "missing")
        return level  # type: ignore[no-any-return]  # the innermost level is Raw
    current = msgspec.Raw(body)
    for depth, step in enumerate(path):
        decoder = _ARRAY if isinstance(step, int) else _OBJECT
        try:
            level = decoder.decode(current)
        except msgspec.MsgspecError as exc:
            error = normalization_error(vendor, exc)
            raise NormalizationError(vendor, json_path(path[:depth]), error.cause) from exc
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


def decode(vendor: str, body: bytes, model: type[_T], *, strict: bool = False) -> _T:
    """Decode a response body into a generated model, as a `NormalizationError` on failure.

    The error names ``vendor`` and the JSON path msgspec reports. Lenient by default, like the
    generated endpoints of responses marked ``x-invoicekit-lenient``.
    """
    try:
        return msgspec.json.decode(body, type=model, strict=strict)
    except msgspec.MsgspecError as exc:
        raise normalization_error(vendor, exc) from exc


def decoded(vendor: str, response: httpx.Response, decoder: msgspec.json.Decoder[_T]) -> _T:
    """The body of ``response`` decoded by ``decoder``, as `decode` words a failure.

    When the `Call` carried this ``decoder`` (`Call.decoder`), the client has decoded the body
    already, in place of its scan for JSON cut short, and that result is taken; otherwise (a
    bare response from a test, a body the client's decode refused) it is decoded here.
    """
    # The flow types define dataclasses: `normalize`, which imports this module, must not
    # pay for them.
    from ._flowtypes import DECODED_EXTENSION  # noqa: PLC0415

    done = response.extensions.get(DECODED_EXTENSION)
    if done is not None and done[0] is decoder:
        value: _T = done[1]
        return value
    try:
        return decoder.decode(response.content)
    except msgspec.MsgspecError as exc:
        raise normalization_error(vendor, exc) from exc


class _Items(msgspec.Struct):
    data: list[msgspec.Raw]


def raw_items(vendor: str, body: bytes) -> list[msgspec.Raw]:
    """The exact bytes of each item of a page's top-level ``data`` array, for `Invoice.raw`."""
    return decode(vendor, body, _Items).data
