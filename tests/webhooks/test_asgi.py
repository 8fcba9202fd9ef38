"""`invoicekit.webhooks.asgi_app` (issue 12) behind a real uvicorn server on loopback."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.receiver import running_receiver, stored

from invoicekit import _plugins
from invoicekit.sync import SQLiteStore

ROOT = Path(__file__).resolve().parents[2]
FYNN_INVOICE = json.loads((ROOT / "tests" / "payloads" / "fynn" / "seed_invoice.json").read_bytes())
STRIPE_INVOICE = json.loads(
    (
        ROOT / "examples" / "invoicekit-stripe" / "tests" / "payloads" / "invoice_paid_jpy.json"
    ).read_bytes()
)
FYNN_SECRET = "whsec_fynn_receiver"
STRIPE_SECRET = "whsec_stripe_receiver"
SECRETS = {
    "fynn": {"acme": FYNN_SECRET},
    "yeti": {"acme": "whsec_yeti"},
    "stripe": {"acme": [STRIPE_SECRET, "whsec_old"]},
}
CAP = 64 * 1024


def _hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _fynn(event_type: str, data: Any, created: str, event_id: str = "webhk_1") -> bytes:
    meta = {"type": event_type, "id": event_id, "version": "1.0.0", "created": created}
    return json.dumps({"event": meta, "tenantId": "t1", "data": data}).encode()


def _fynn_headers(body: bytes, secret: str = FYNN_SECRET) -> dict[str, str]:
    return {"X-Webhook-Signature": _hex(secret, body), "content-type": "application/json"}


def _stripe(event_type: str, invoice: Any, created: int, event_id: str = "evt_1") -> bytes:
    event = {
        "id": event_id,
        "object": "event",
        "type": event_type,
        "created": created,
        "data": {"object": invoice},
    }
    return json.dumps(event).encode()


def _stripe_headers(
    body: bytes, secret: str = STRIPE_SECRET, at: float | None = None
) -> dict[str, str]:
    stamp = str(int(time.time() if at is None else at))
    return {"Stripe-Signature": f"t={stamp},v1={_hex(secret, stamp.encode() + b'.' + body)}"}


@pytest.fixture(scope="module", autouse=True)
def stripe_plugin() -> Iterator[None]:
    """The registry with the built-ins and the example ``stripe`` entry point."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
        _plugins._reset()
        yield
    _plugins._reset()


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A uvicorn server on a free loopback port running the app over a SQLite file."""
    path = tmp_path / "invoices.sqlite"
    with running_receiver(path, secrets=SECRETS, max_body=CAP) as url:
        yield url, path


def _rows(path: Path) -> list[Any]:
    return stored(path)


def _changes(path: Path) -> int:
    store = SQLiteStore(path)
    try:
        return len(list(store.changes()))
    finally:
        store.close()


def test_fynn_event_is_committed_before_200_and_duplicates_are_idempotent(
    receiver: tuple[str, Path],
) -> None:
    url, path = receiver
    body = _fynn("invoice.paid", FYNN_INVOICE, "2026-12-06T12:00:00.000+00:00")
    first = httpx.post(f"{url}/fynn/acme", content=body, headers=_fynn_headers(body))
    assert first.status_code == 200, first.text
    assert first.json()["outcome"] == "added"
    [row] = _rows(path)  # read through another connection: it is committed
    assert (row.account, row.invoice.vendor, row.invoice.id) == ("acme", "fynn", FYNN_INVOICE["id"])
    again = httpx.post(f"{url}/fynn/acme", content=body, headers=_fynn_headers(body))
    assert again.status_code == 200
    assert again.json()["outcome"] == "unchanged"
    assert _changes(path) == 1


def test_an_older_event_arriving_late_does_not_overwrite_newer_data(
    receiver: tuple[str, Path],
) -> None:
    url, path = receiver
    newer = dict(FYNN_INVOICE, number="NEWER-1")
    older = dict(FYNN_INVOICE, number="OLDER-1")
    new_body = _fynn("invoice.updated", newer, "2026-12-06T12:05:00+00:00", "w2")
    old_body = _fynn("invoice.updated", older, "2026-12-06T12:00:00+00:00", "w1")
    for body in (new_body, old_body):
        assert httpx.post(f"{url}/fynn/acme", content=body, headers=_fynn_headers(body)).is_success
    [row] = _rows(path)
    assert row.invoice.number == "NEWER-1"


def test_stripe_paid_then_deleted_and_a_late_paid_stays_deleted(
    receiver: tuple[str, Path],
) -> None:
    url, path = receiver
    paid = _stripe("invoice.paid", STRIPE_INVOICE, 1_780_000_000, "evt_1")
    deleted = _stripe("invoice.deleted", STRIPE_INVOICE, 1_780_000_100, "evt_2")
    for body in (paid, deleted):
        answer = httpx.post(f"{url}/stripe/acme", content=body, headers=_stripe_headers(body))
        assert answer.status_code == 200, answer.text
    late = _stripe("invoice.paid", STRIPE_INVOICE, 1_780_000_050, "evt_3")
    # Signed with the rotated-out secret: still accepted.
    answer = httpx.post(
        f"{url}/stripe/acme", content=late, headers=_stripe_headers(late, "whsec_old")
    )
    assert answer.json()["outcome"] == "stale"
    [row] = _rows(path)
    assert row.invoice.id == STRIPE_INVOICE["id"]
    assert row.deleted_at is not None


def test_an_event_without_the_invoice_is_accepted_and_not_recorded(
    receiver: tuple[str, Path],
) -> None:
    url, path = receiver
    body = _fynn("invoice.paid", {"id": FYNN_INVOICE["id"]}, "2026-12-06T12:00:00+00:00")
    answer = httpx.post(f"{url}/fynn/acme", content=body, headers=_fynn_headers(body))
    assert answer.status_code == 202
    assert _rows(path) == []


def _good_fynn() -> bytes:
    return _fynn("invoice.paid", FYNN_INVOICE, "2026-12-06T12:00:00+00:00")


@pytest.mark.parametrize(
    ("target", "body", "headers", "status", "message"),
    [
        ("/fynn/acme", _good_fynn(), {}, 401, "missing"),
        ("/fynn/acme", _good_fynn(), _fynn_headers(_good_fynn(), "wrong"), 401, "matches none"),
        (
            "/fynn/acme",
            _good_fynn() + b" ",
            _fynn_headers(_good_fynn()),
            401,
            "matches none",
        ),
        (
            "/stripe/acme",
            _stripe("invoice.paid", STRIPE_INVOICE, 1),
            _stripe_headers(_stripe("invoice.paid", STRIPE_INVOICE, 1), at=time.time() - 3600),
            401,
            "expired",
        ),
        # Another vendor's payload, signed with that vendor's scheme, at the Stripe URL.
        ("/stripe/acme", _good_fynn(), _fynn_headers(_good_fynn()), 401, "stripe"),
        ("/fynn/other-account", _good_fynn(), _fynn_headers(_good_fynn()), 404, "configured"),
        ("/daftra/acme", _good_fynn(), _fynn_headers(_good_fynn()), 404, "configured"),
        # Configured by mistake for a vendor that sends no webhooks.
        ("/yeti/acme", _good_fynn(), _fynn_headers(_good_fynn()), 404, "webhooks"),
        ("/nowhere", _good_fynn(), _fynn_headers(_good_fynn()), 404, "configured"),
        ("/fynn/acme", b"x" * (CAP + 1), _fynn_headers(b"x" * (CAP + 1)), 413, "larger"),
    ],
)
def test_bad_deliveries_are_refused_and_nothing_is_written(
    receiver: tuple[str, Path],
    target: str,
    body: bytes,
    headers: dict[str, str],
    status: int,
    message: str,
) -> None:
    url, path = receiver
    answer = httpx.post(url + target, content=body, headers=headers)
    assert answer.status_code == status, answer.text
    assert message in answer.json()["error"]
    for secret in (FYNN_SECRET, STRIPE_SECRET):
        assert secret not in answer.text
    assert _rows(path) == []
    assert _changes(path) == 0


def test_a_signed_but_malformed_body_is_400_with_the_json_path(receiver: tuple[str, Path]) -> None:
    url, path = receiver
    body = json.dumps({"event": {"type": 5}, "data": {}}).encode()
    answer = httpx.post(f"{url}/fynn/acme", content=body, headers=_fynn_headers(body))
    assert answer.status_code == 400
    assert "$." in answer.json()["error"]
    assert _rows(path) == []


def test_a_body_failing_verification_is_never_parsed(receiver: tuple[str, Path]) -> None:
    # Parsed, this body is a 400 naming a JSON path; unverified, it must only ever be a 401.
    url, path = receiver
    malformed = json.dumps({"event": {"type": 5}, "data": {}}).encode()
    for headers in ({}, _fynn_headers(malformed, "wrong"), _fynn_headers(b"another body")):
        answer = httpx.post(f"{url}/fynn/acme", content=malformed, headers=headers)
        assert answer.status_code == 401, answer.text
        assert "$." not in answer.json()["error"]
    assert _rows(path) == []
    assert _changes(path) == 0


def test_other_methods_are_405(receiver: tuple[str, Path]) -> None:
    url, _ = receiver
    assert httpx.get(f"{url}/fynn/acme").status_code == 405
