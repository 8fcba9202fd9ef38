"""`invoicekit.webhooks.verify` (issue 12): signatures, rotated secrets, no leaks."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

import pytest

import invoicekit
from invoicekit import Unsupported, WebhookSignatureError, webhooks

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


def test_fynn_signature_of_the_body_is_accepted_in_any_header_case() -> None:
    webhooks.verify("fynn", BODY, {"X-WEBHOOK-SIGNATURE": _hex(SECRET, BODY)}, SECRET)
    webhooks.verify("fynn", BODY, [(b"x-webhook-signature", _hex(SECRET, BODY).encode())], SECRET)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, "missing"),
        ({"x-webhook-signature": "  "}, "missing"),
        ({"x-webhook-signature": "0" * 64}, "matches none"),
        ({"x-webhook-signature": _hex(SECRET, BODY).upper()}, "matches none"),
        ({"x-webhook-signature": "é" * 64}, "malformed"),
        ({"x-webhook-signature": "a" * 5000}, "malformed"),
    ],
)
def test_fynn_bad_signatures_are_rejected_without_leaking(
    headers: dict[str, str], reason: str
) -> None:
    with pytest.raises(WebhookSignatureError, match=reason) as caught:
        webhooks.verify("fynn", BODY, headers, SECRET)
    assert caught.value.vendor == "fynn"
    _assert_no_leak(caught.value, SECRET, _hex(SECRET, BODY))


def test_a_changed_body_fails() -> None:
    with pytest.raises(WebhookSignatureError):
        webhooks.verify("fynn", BODY + b" ", {"x-webhook-signature": _hex(SECRET, BODY)}, SECRET)


def test_rotated_secrets_any_of_them_verifies() -> None:
    headers = {"x-webhook-signature": _hex("old_secret", BODY)}
    webhooks.verify("fynn", BODY, headers, ["new_secret", "old_secret"])
    with pytest.raises(WebhookSignatureError):
        webhooks.verify("fynn", BODY, headers, ["new_secret"])


@pytest.mark.parametrize("secret", ["", [], [""], ["ok", ""]])
def test_an_empty_secret_never_verifies(secret: str | list[str]) -> None:
    with pytest.raises(WebhookSignatureError, match="no webhook secret"):
        webhooks.verify("fynn", BODY, {"x-webhook-signature": _hex("", BODY)}, secret)


@pytest.mark.parametrize("vendor", ["daftra", "yeti"])
def test_vendors_without_webhooks_raise_unsupported_with_the_reason(vendor: str) -> None:
    with pytest.raises(Unsupported, match=r"webhooks: .*poll"):
        webhooks.verify(vendor, BODY, {}, SECRET)
    with pytest.raises(Unsupported):
        webhooks.parse(vendor, BODY)


def test_body_must_be_bytes() -> None:
    with pytest.raises(TypeError):
        webhooks.verify("fynn", BODY.decode(), {}, SECRET)  # type: ignore[arg-type]


def test_the_error_is_public_and_an_invoicekit_error() -> None:
    assert issubclass(invoicekit.WebhookSignatureError, invoicekit.InvoiceKitError)
    assert "WebhookSignatureError" in invoicekit.__all__
