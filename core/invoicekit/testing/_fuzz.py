"""The fuzz property every vendor plugin must hold, and the payload mutations that probe it.

`check_normalize_property` states the property: `invoicekit.normalize` either returns an
`Invoice` that round-trips through `invoicekit.to_json`/`invoicekit.from_json` and holds no
float and no non-finite or out-of-bounds `Decimal` (`invoicekit.bounds`), or raises
`NormalizationError`. Nothing else: no `KeyError`, no `RecursionError`, no `InvalidOperation`.

`mutated_payloads` is a Hypothesis strategy of bytes derived from real example payloads by
dropping, duplicating and reordering keys, swapping types, nulls, extreme numbers, unicode,
deep nesting, unknown enum values, truncation and a byte-order mark. Hypothesis is imported
lazily: the module loads in every pytest run (invoicekit's pytest plugin), hypothesis may not.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import msgspec

import invoicekit
from invoicekit.bounds import decimal_problem

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["EXTREME_VALUES", "check_normalize_property", "mutate", "mutated_payloads"]

Outcome = Literal["invoice", "error"]

#: Values a mutation puts in place of any value: nulls, wrong types, unusable numbers, unicode.
EXTREME_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    msgspec.Raw(b"9223372036854775808"),
    msgspec.Raw(b"-18446744073709551617"),
    "",
    " ",
    "NaN",
    "-Infinity",
    "Infinity",
    "1E+999999999",
    "1E-400",
    "-0",
    "9" * 5000,
    "\u202e\u0000\ud7ff\U0001f4b8",
    "INVOICEKIT_UNKNOWN_VALUE",
    "9999-12-31T23:59:59-05:00",
    "0001-01-01T00:00:00Z",
    "0000-00-00",
    [],
    {},
    msgspec.Raw(b"1E+999999999"),
    msgspec.Raw(b"-1E-400"),
    msgspec.Raw(b"4.9999E+4999"),
    msgspec.Raw(b"1" * 5000),
    msgspec.Raw(b"0.1"),
)
_DECODER = msgspec.json.Decoder(float_hook=lambda text: msgspec.Raw(text.encode()))


def check_normalize_property(vendor: str, body: bytes) -> Outcome:
    """Normalize ``body`` and assert the fuzz property; ``"invoice"`` or ``"error"``.

    Raises `AssertionError` (with the reason) when the property fails; any exception other
    than `invoicekit.NormalizationError` propagates, and fails the caller's test as well.
    """
    try:
        invoice = invoicekit.normalize(vendor, body)
    except invoicekit.NormalizationError as exc:
        error: invoicekit.NormalizationError | None = exc
    else:
        error = None
    if error is not None:
        assert error.vendor == vendor, f"the error names {error.vendor!r}, not {vendor!r}"
        assert error.path.startswith("$"), f"the error's path {error.path!r} is no JSON path"
        return "error"
    _assert_no_bad_numbers(invoice)
    again = invoicekit.from_json(invoicekit.to_json(invoice))
    assert again == invoice, "the Invoice does not survive to_json/from_json unchanged"
    return "invoice"


def _assert_no_bad_numbers(tree: Any) -> None:
    pending = [(tree, "$")]
    while pending:
        item, where = pending.pop()
        assert not isinstance(item, float), f"a float at {where}"
        if isinstance(item, Decimal):
            problem = decimal_problem(item)
            assert problem is None, f"{where}: {problem}"
        elif isinstance(item, msgspec.Struct):
            # raw is the vendor's own JSON (the round trip checks it); the rest is invoicekit's.
            fields = [name for name in item.__struct_fields__ if name != "raw"]
            pending += [(getattr(item, name), f"{where}.{name}") for name in fields]
        elif isinstance(item, dict):
            pending += [(value, f"{where}.{key}") for key, value in item.items()]
        elif isinstance(item, list | tuple):
            pending += [(value, f"{where}[{index}]") for index, value in enumerate(item)]


def _containers(tree: Any) -> list[Any]:
    found, pending = [], [tree]
    while pending:
        item = pending.pop()
        if isinstance(item, dict | list):
            found.append(item)
            pending += list(item.values() if isinstance(item, dict) else item)
    return found


def _mutate_tree(tree: Any, rng: random.Random) -> Any:
    containers = [c for c in _containers(tree) if c]
    if not containers:
        return rng.choice(EXTREME_VALUES)
    target = rng.choice(containers)
    key: Any = rng.choice(list(target)) if isinstance(target, dict) else rng.randrange(len(target))
    operation = rng.randrange(7)
    if operation == 0:  # drop
        del target[key]
    elif operation == 1:  # swap in an extreme value or another type
        target[key] = rng.choice(EXTREME_VALUES)
    elif operation == 2:  # nest deeply (as text: the encoder itself stops at ~1,000 levels)
        depth = rng.choice((50, 2_000, 20_000))
        opening, closing = (b"[", b"]") if rng.random() < 0.5 else (b'{"x":', b"}")
        inner = msgspec.json.encode(target[key])
        target[key] = msgspec.Raw(opening * depth + inner + closing * depth)
    elif operation == 3 and isinstance(target, dict):  # reorder keys
        items = list(target.items())
        rng.shuffle(items)
        target.clear()
        target.update(items)
    elif operation == 4 and isinstance(target, list):  # duplicate an item
        target.insert(key, target[key])
    elif operation == 5 and isinstance(target[key], str):  # unicode and length
        target[key] = target[key] + rng.choice(("\u00e9", "\U0001f600", "\x00", "x" * 10_000))
    else:  # a number as a string, or a string as a number
        old = target[key]
        target[key] = bytes(old).decode() if isinstance(old, msgspec.Raw) else msgspec.Raw(b"12.5")
    return tree


def _mutate_bytes(body: bytes, rng: random.Random) -> bytes:
    operation = rng.randrange(4)
    if operation == 0 and body:  # truncated
        return body[: rng.randrange(len(body))]
    if operation == 1:  # a byte-order mark
        return b"\xef\xbb\xbf" + body
    if operation == 2 and body.startswith(b"{"):  # a duplicated key (last one wins in JSON)
        first = body[1 : body.find(b",") if b"," in body else len(body)]
        return b"{" + first + b"," + body[1:]
    return body


def mutate(example: bytes, seed: int, *, mutations: int = 3) -> bytes:
    """``example`` with up to ``mutations`` random structural mutations, reproducible by seed."""
    rng = random.Random(seed)
    tree = _DECODER.decode(example)
    for _ in range(rng.randint(1, mutations)):
        tree = _mutate_tree(tree, rng)
    body = msgspec.json.encode(tree)
    return _mutate_bytes(body, rng) if rng.random() < 0.2 else body


def mutated_payloads(examples: Sequence[bytes]) -> SearchStrategy[bytes]:
    """A Hypothesis strategy of mutations (see `mutate`) of the given example bodies."""
    from hypothesis import strategies as st  # noqa: PLC0415 (see the module docstring)

    return st.builds(mutate, st.sampled_from(list(examples)), st.integers(0, 2**32 - 1))
