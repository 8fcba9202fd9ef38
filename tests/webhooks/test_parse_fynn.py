"""`invoicekit.webhooks.parse` of Fynn deliveries (issue 12): envelope, kinds, embedded invoice."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import invoicekit
from invoicekit import NormalizationError, webhooks
from invoicekit.webhooks import EventKind

PAYLOADS = Path(__file__).resolve().parents[1] / "payloads" / "fynn"
INVOICE = json.loads((PAYLOADS / "seed_invoice.json").read_bytes())
TENANT = "ad8d8d8d-8d8d-8d8d-8d8d-8d8d8d8d8d8d"


def _body(event_type: str, data: Any, **event: Any) -> bytes:
    meta = {"type": event_type, "id": "webhk_1", "version": "1.0.0"} | event
    return json.dumps({"event": meta, "tenantId": TENANT, "data": data}).encode()


def test_an_invoice_event_embeds_the_invoice_as_normalize_maps_it() -> None:
    body = _body("invoice.paid", INVOICE, created="2021-05-12T14:00:00.000+02:00")
    event = webhooks.parse("fynn", body)
    assert event.vendor == "fynn"
    assert event.id == "webhk_1"
    assert event.type == "invoice.paid"
    assert event.kind is EventKind.PAID
    assert event.invoice_id == INVOICE["id"]
    assert event.account == TENANT
    assert event.occurred_at == dt.datetime(2021, 5, 12, 12, 0, tzinfo=dt.UTC)
    assert event.raw == body
    expected = invoicekit.normalize("fynn", json.dumps(INVOICE).encode())
    assert event.invoice is not None
    assert event.invoice.totals == expected.totals
    assert event.invoice.id == expected.id
    assert event.partial is True  # an invoice body never carries its payments
    assert "invoice.paid" in repr(event)
    assert "STATUS" not in repr(event)  # the body stays out of log lines


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("invoice.created", EventKind.CREATED),
        ("invoice.finalized", EventKind.UPDATED),
        ("invoice.remindered", EventKind.UPDATED),
        ("invoice.canceled", EventKind.UPDATED),
        ("invoice.pdf.generation_requested", EventKind.OTHER),
        ("invoice.something_new", EventKind.OTHER),
        ("customer.created", EventKind.OTHER),
    ],
)
def test_event_kinds_and_unknown_types(event_type: str, kind: EventKind) -> None:
    event = webhooks.parse("fynn", _body(event_type, {"id": INVOICE["id"]}))
    assert event.kind is kind
    assert event.type == event_type
    assert event.invoice is None  # only an id: the receiver fetches the invoice


DOCUMENTED = (
    "invoice.created",
    "invoice.finalized",
    "invoice.credited",
    "invoice.updated",
    "invoice.refunded",
    "invoice.canceled",
    "invoice.paid",
    "invoice.closed",
    "invoice.unpaid",
    "invoice.remindered",
    "invoice.requires_approval",
    "invoice.payment_method.updated",
    "invoice.pdf.generation_requested",
    "dunning_document.created",
    "dunning_document.paid",
    "dunning_document.canceled",
)


def test_every_documented_invoice_event_is_declared() -> None:
    assert set(webhooks.support("fynn").events) == set(DOCUMENTED)


def test_a_dunning_event_names_its_invoice() -> None:
    event = webhooks.parse("fynn", _body("dunning_document.paid", {"id": "d1", "invoiceId": "i1"}))
    assert event.invoice_id == "i1"
    assert event.invoice is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b"not json", "$"),
        (b"[]", "$"),
        (b'{"data": {}}', "$"),
        (b'{"event": {"type": 5}, "data": {}}', "$.event.type"),
        (
            b'{"event": {"type": "invoice.paid", "created": "yesterday"}, "data": {}}',
            "$.event.created",
        ),
        (b'{"event": {"type": "invoice.paid"}, "data": {"id": 7}}', "$.data.id"),
    ],
)
def test_malformed_bodies_are_normalization_errors_with_the_path(body: bytes, path: str) -> None:
    with pytest.raises(NormalizationError) as caught:
        webhooks.parse("fynn", body)
    assert caught.value.vendor == "fynn"
    assert caught.value.path == path


def test_a_bad_embedded_invoice_names_the_path_inside_data() -> None:
    broken = INVOICE | {"currencyCode": "EURO"}
    with pytest.raises(NormalizationError) as caught:
        webhooks.parse("fynn", _body("invoice.updated", broken))
    assert caught.value.path == "$.data.currencyCode"
