"""What is timed against `normalize`: each a function of one response body, per vendor.

The decode-only contenders stop where `normalize` only begins (they give a vendor model, not an
`Invoice`); every contender that does give an `Invoice` (the limit, json.loads + dicts) is
checked equal to `normalize`'s.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
from dicts import DICTS
from limits import LIMITS

import invoicekit

#: vendor → (generated msgspec client package, name of its single-invoice response model).
MODELS = {
    "yeti": ("invoicekit_yeti_client", "InvoiceDocument"),
    "daftra": ("invoicekit_daftra_client", "InvoiceResponse"),
    "fynn": ("invoicekit_fynn_client", "Invoice"),
    "stripe": ("invoicekit_stripe_client", "Invoice"),
}
#: vendor → the JSON keys from the response body to the invoice id (for the agreement check).
ID_PATH = {"yeti": ("data", "id"), "daftra": ("data", "Invoice", "id"), "fynn": ("id",),
           "stripe": ("id",)}  # fmt: skip

NORMALIZE = "normalize"
LIMIT = "limit"
DICTS_LABEL = "json.loads + dicts"
MSGSPEC = "msgspec models, decode only"
PYDANTIC = "pydantic v2, decode only"
STOCK = "stock generator, decode only"
JSON = "json.loads only"
#: Column order of the tables.
ORDER = (NORMALIZE, LIMIT, DICTS_LABEL, MSGSPEC, PYDANTIC, JSON, STOCK)
#: The contenders that build an `Invoice`: each must equal normalize's, field by field.
INVOICES = (LIMIT, DICTS_LABEL)

Contender = Callable[[bytes], Any]


def _dig(value: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = value[key]
    return value


def for_vendor(vendor: str, models: Path | None) -> dict[str, Contender]:
    """The contenders of ``vendor``; pydantic and stock ones only when ``models`` holds them."""
    package, name = MODELS[vendor]
    generated = getattr(importlib.import_module(f"{package}.models"), name)
    decoder = msgspec.json.Decoder(generated, strict=False)
    found: dict[str, Contender] = {
        NORMALIZE: lambda body: invoicekit.normalize(vendor, body),
        MSGSPEC: decoder.decode,
        JSON: json.loads,
    }
    if vendor in LIMITS:
        found[LIMIT] = LIMITS[vendor]
    if vendor in DICTS:
        found[DICTS_LABEL] = DICTS[vendor]
    if models is not None:
        if str(models) not in sys.path:
            sys.path.insert(0, str(models))
        pydantic_model = getattr(importlib.import_module(f"pydantic_{vendor}"), name)
        found[PYDANTIC] = pydantic_model.model_validate_json
        stock = getattr(importlib.import_module(f"stock_{vendor}_client.models"), name)
        found[STOCK] = lambda body: stock.from_dict(json.loads(body))
    return found


def disagreement(vendor: str, body: bytes, contenders: dict[str, Contender]) -> list[str]:
    """Why the contenders do not agree on ``body``; empty when they do.

    The limit and the dict code must give an `Invoice` equal to `normalize`'s; every
    decode-only contender must find the same invoice id in its model.
    """
    expected = invoicekit.normalize(vendor, body)
    problems: list[str] = []
    for label, contender in contenders.items():
        result = contender(body)
        if label in INVOICES:
            if result != expected:
                fields = [
                    f for f in expected.__struct_fields__
                    if getattr(expected, f) != getattr(result, f)
                ]  # fmt: skip
                problems.append(f"{vendor}: {label} differs from normalize in {fields}")
            continue
        if label == NORMALIZE:
            continue
        if label == PYDANTIC:
            result = result.model_dump(mode="json", by_alias=True)
        elif label == STOCK:
            result = result.to_dict()
        elif label == MSGSPEC:
            result = msgspec.to_builtins(result)
        found = _dig(result, ID_PATH[vendor])
        if str(found) != expected.id:  # Daftra's ids are JSON numbers in some models
            problems.append(f"{vendor}: {label} decodes invoice id {found!r}, not {expected.id!r}")
    return problems
