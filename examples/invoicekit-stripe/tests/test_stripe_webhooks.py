"""Stripe webhooks (issue 12): `Stripe-Signature` verification and Event parsing."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from pathlib import Path

import invoicekit
import pytest
from invoicekit import NormalizationError, WebhookSignatureError, webhooks
from invoicekit.webhooks import EventKind

BODY = b'{"event":{"type":"invoice.paid","id":"webhk_1"},"data":{"id":"x"}}'
SECRET = "whsec_fynn_secret_value"
NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


def _hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _stripe_header(secret: str, body: bytes, at: dt.datetime, extra: str = "") -> str:
    stamp = str(int(at.timestamp()))
    return f"t={stamp},v1={_hex(secret, stamp.encode() + b'.' + body)}{extra}"


def _assert_no_leak(error: BaseException, *values: str) -> None:
    for text in (str(error), repr(error), repr(error.__dict__)):
        for value in values:
            assert value not in text


def test_stripe_several_v1_values_one_valid_is_enough() -> None:
    stamp = str(int(NOW.timestamp()))
    good = _hex(SECRET, stamp.encode() + b"." + BODY)
    header = f"t={stamp},v1={'0' * 64},v1={good},v0=ignored"
    webhooks.verify("stripe", BODY, {"Stripe-Signature": header}, SECRET, now=NOW)


def test_stripe_signs_the_timestamp_too() -> None:
    header = _stripe_header(SECRET, BODY, NOW)
    forged = header.replace(f"t={int(NOW.timestamp())}", f"t={int(NOW.timestamp()) + 1}")
    with pytest.raises(WebhookSignatureError, match="matches none"):
        webhooks.verify("stripe", BODY, {"stripe-signature": forged}, SECRET, now=NOW)


@pytest.mark.parametrize("offset", [dt.timedelta(minutes=-6), dt.timedelta(minutes=6)])
def test_stripe_timestamp_outside_the_default_five_minutes_is_rejected(
    offset: dt.timedelta,
) -> None:
    header = _stripe_header(SECRET, BODY, NOW + offset)
    with pytest.raises(WebhookSignatureError, match="300 s") as caught:
        webhooks.verify("stripe", BODY, {"stripe-signature": header}, SECRET, now=NOW)
    _assert_no_leak(caught.value, SECRET, header.split("v1=")[1])


def test_stripe_tolerance_is_configurable() -> None:
    header = {"stripe-signature": _stripe_header(SECRET, BODY, NOW - dt.timedelta(minutes=4))}
    webhooks.verify("stripe", BODY, header, SECRET, now=NOW)
    with pytest.raises(WebhookSignatureError, match="expired"):
        webhooks.verify("stripe", BODY, header, SECRET, now=NOW, tolerance=60)
    webhooks.verify("stripe", BODY, header, SECRET, now=NOW, tolerance=dt.timedelta(hours=1))


@pytest.mark.parametrize(
    "header",
    ["v1=abc", "t=abc,v1=abc", "t=1,t=2,v1=abc", f"t={int(NOW.timestamp())}", "garbage"],
)
def test_stripe_malformed_headers_are_rejected(header: str) -> None:
    with pytest.raises(WebhookSignatureError, match="stripe-signature"):
        webhooks.verify("stripe", BODY, {"stripe-signature": header}, SECRET, now=NOW)


def test_another_vendors_delivery_does_not_verify() -> None:
    stripe_headers = {"stripe-signature": _stripe_header(SECRET, BODY, NOW)}
    with pytest.raises(WebhookSignatureError, match="x-webhook-signature header is missing"):
        webhooks.verify("fynn", BODY, stripe_headers, SECRET)


def test_scheme_repr_and_signing_round_trip() -> None:
    for vendor in ("fynn", "stripe"):
        scheme = webhooks.support(vendor).scheme
        headers = scheme.sign(BODY, SECRET.encode(), now=NOW)
        webhooks.verify(vendor, BODY, headers, SECRET, now=NOW)
        assert SECRET not in repr(scheme)


# --------------------------------------------------------------------------- parse
_INVOICE = json.loads((Path(__file__).parent / "payloads" / "invoice_open_eur.json").read_bytes())


def _event(event_type: str, obj: object, **fields: object) -> bytes:
    event = {"id": "evt_1", "object": "event", "type": event_type, "created": 1_700_000_000}
    return json.dumps(event | fields | {"data": {"object": obj}}).encode()


@pytest.mark.parametrize(
    ("event_type", "kind"),
    [
        ("invoice.created", EventKind.CREATED),
        ("invoice.paid", EventKind.PAID),
        ("invoice.voided", EventKind.UPDATED),
        ("invoice.deleted", EventKind.DELETED),
        ("invoice.brand_new_event", EventKind.OTHER),
    ],
)
def test_invoice_events_embed_the_invoice(event_type: str, kind: EventKind) -> None:
    body = _event(event_type, _INVOICE, account="acct_1")
    event = webhooks.parse("stripe", body)
    assert (event.id, event.type, event.kind) == ("evt_1", event_type, kind)
    assert event.invoice_id == _INVOICE["id"]
    assert event.account == "acct_1"
    assert event.occurred_at == dt.datetime.fromtimestamp(1_700_000_000, dt.UTC)
    assert event.invoice == invoicekit.normalize("stripe", json.dumps(_INVOICE).encode())
    assert event.partial is False  # all its lines are embedded
    assert event.raw == body


def test_an_invoice_with_more_lines_than_embedded_is_partial() -> None:
    truncated = _INVOICE | {"lines": _INVOICE["lines"] | {"has_more": True}}
    event = webhooks.parse("stripe", _event("invoice.paid", truncated))
    assert event.invoice is not None
    assert event.invoice.extra["lines_truncated"] is True
    assert event.partial is True


def test_non_invoice_events_parse_as_other_without_an_invoice() -> None:
    event = webhooks.parse(
        "stripe", _event("customer.created", {"id": "cus_1", "object": "customer"})
    )
    assert event.kind is EventKind.OTHER
    assert event.invoice is None
    assert event.invoice_id is None


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (b"{", "$"),
        (b'{"type": "invoice.paid"}', "$"),
        (b'{"type": "invoice.paid", "object": "charge", "data": {"object": {}}}', "$.object"),
        (
            b'{"type": "invoice.paid", "created": -5, "data": {"object": {"id": "in_1"}}}',
            "$.created",
        ),
    ],
)
def test_malformed_events_name_the_path(body: bytes, path: str) -> None:
    with pytest.raises(NormalizationError) as caught:
        webhooks.parse("stripe", body)
    assert caught.value.path == path


def test_a_bad_embedded_invoice_names_the_path_inside_data_object() -> None:
    with pytest.raises(NormalizationError) as caught:
        webhooks.parse("stripe", _event("invoice.paid", _INVOICE | {"currency": 5}))
    assert caught.value.path == "$.data.object.currency"
