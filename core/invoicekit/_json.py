"""The JSON form of an `Invoice`: lossless in both directions."""

from __future__ import annotations

import functools

import msgspec

from invoicekit.model import Invoice

__all__ = ["from_json", "to_json"]

_encoder = msgspec.json.Encoder()


@functools.cache
def _decoder() -> msgspec.json.Decoder[Invoice]:
    # Building it resolves the annotations of `Invoice` and of every struct it holds (about a
    # millisecond): on the first `from_json`, so that `import invoicekit` does not pay for it.
    return msgspec.json.Decoder(Invoice)


def to_json(invoice: Invoice) -> bytes:
    """Encode ``invoice`` as JSON.

    Every field is present; amounts are strings that keep their scale (``"120.00"``), dates and
    instants are RFC 3339 strings, and ``raw`` is embedded as the vendor's JSON, byte for byte.
    `from_json` turns the result back into an equal `Invoice`.
    """
    return _encoder.encode(invoice)


def from_json(data: bytes | str) -> Invoice:
    """Decode JSON written by `to_json` back into an `Invoice`.

    This is ``msgspec.json.decode(data, type=Invoice)``: fields added by a newer invoicekit are
    ignored, and data that is not an invoice raises ``msgspec.ValidationError`` (or
    ``msgspec.DecodeError`` for malformed JSON), both `ValueError`s naming the JSON path.
    """
    return _decoder().decode(data)
