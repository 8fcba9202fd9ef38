"""The receiver fetches invoices that events only name, from a real sandbox, on real uvicorn."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.receiver import running_receiver, stored

from invoicekit import InvoiceStatus, connect_async
from invoicekit.sandbox import SandboxServer
from invoicekit.webhooks import BodyHmac

SECRET = "whsec_fetch"
SIGN = BodyHmac("X-Webhook-Signature")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn"], size=60, seed=11, reserve=5) as server:
        yield server


def _post(url: str, event_type: str, data: dict[str, Any], created: str, event_id: str) -> Any:
    meta = {"type": event_type, "id": event_id, "version": "1.0.0", "created": created}
    body = json.dumps({"event": meta, "tenantId": "t1", "data": data}).encode()
    headers = SIGN.sign(body, SECRET.encode(), now=dt.datetime.now(dt.UTC))
    return httpx.post(f"{url}/fynn/acme", content=body, headers=headers)


@pytest.fixture
def receiver(tmp_path: Path, sandbox: SandboxServer) -> Iterator[tuple[str, Path]]:
    path = tmp_path / "invoices.sqlite"
    calls: list[tuple[str, str]] = []

    def clients(vendor: str, account: str) -> Any:
        calls.append((vendor, account))
        return sandbox.connect_async(vendor)

    with running_receiver(path, secrets={"fynn": {"acme": SECRET}}, clients=clients) as url:
        yield url, path
    assert set(calls) <= {("fynn", "acme")}


def _open_invoice(sandbox: SandboxServer) -> str:
    with sandbox.connect("fynn") as client:
        return next(i.id for i in client.list_invoices() if i.status is InvoiceStatus.OPEN)


def test_a_named_invoice_is_fetched_and_stored_before_200(
    receiver: tuple[str, Path], sandbox: SandboxServer
) -> None:
    url, path = receiver
    invoice_id = _open_invoice(sandbox)
    sandbox.mutate("fynn", "update", invoice_id, paid=True)
    answer = _post(url, "invoice.paid", {"id": invoice_id}, "2026-12-06T12:00:00+00:00", "w1")
    assert answer.status_code == 200, answer.text
    assert answer.json()["outcome"] == "added"
    [row] = stored(path)
    assert row.invoice.id == invoice_id
    assert row.invoice.status is InvoiceStatus.PAID
    again = _post(url, "invoice.paid", {"id": invoice_id}, "2026-12-06T12:00:00+00:00", "w1")
    assert again.json()["outcome"] == "unchanged"


def test_a_dunning_event_fetches_the_invoice_it_names(
    receiver: tuple[str, Path], sandbox: SandboxServer
) -> None:
    url, path = receiver
    invoice_id = _open_invoice(sandbox)
    data = {"id": "dunning-1", "invoiceId": invoice_id}
    answer = _post(url, "dunning_document.created", data, "2026-12-06T12:00:00+00:00", "w2")
    assert answer.status_code == 200, answer.text
    assert [row.invoice.id for row in stored(path)] == [invoice_id]


def test_an_older_fetch_event_never_overwrites_newer_data(
    receiver: tuple[str, Path], sandbox: SandboxServer
) -> None:
    url, path = receiver
    invoice_id = _open_invoice(sandbox)
    newer = _post(url, "invoice.updated", {"id": invoice_id}, "2026-12-06T12:05:00+00:00", "w3")
    assert newer.json()["outcome"] == "added"
    sandbox.mutate("fynn", "update", invoice_id, status="STATUS_CANCELLED")
    older = _post(url, "invoice.updated", {"id": invoice_id}, "2026-12-06T12:00:00+00:00", "w4")
    assert older.status_code == 200
    assert older.json()["outcome"] == "stale"
    [row] = stored(path)
    assert row.invoice.status is InvoiceStatus.OPEN


def test_an_invoice_deleted_before_the_fetch_is_tombstoned(
    receiver: tuple[str, Path], sandbox: SandboxServer
) -> None:
    url, path = receiver
    invoice_id = _open_invoice(sandbox)
    first = _post(url, "invoice.updated", {"id": invoice_id}, "2026-12-06T12:00:00+00:00", "w5")
    assert first.json()["outcome"] == "added"
    sandbox.mutate("fynn", "delete", invoice_id)
    gone = _post(url, "invoice.updated", {"id": invoice_id}, "2026-12-06T12:01:00+00:00", "w6")
    assert gone.status_code == 200, gone.text
    assert gone.json()["outcome"] == "deleted"
    [row] = stored(path)
    assert row.deleted_at is not None


def test_a_failing_fetch_answers_503_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "invoices.sqlite"

    def unreachable(vendor: str, account: str) -> Any:
        # A closed loopback port: the connection is refused at once.
        return connect_async(vendor, base_url="http://127.0.0.1:9", api_key="k", retries=0)

    options = {"secrets": {"fynn": {"acme": SECRET}}, "clients": unreachable}
    with running_receiver(path, **options) as url:
        answer = _post(url, "invoice.paid", {"id": "x-1"}, "2026-12-06T12:00:00+00:00", "w7")
    assert answer.status_code == 503, answer.text
    assert "k" not in answer.json()["error"].split()
    assert stored(path) == []


def test_without_a_client_factory_a_named_invoice_is_202_and_not_recorded(tmp_path: Path) -> None:
    path = tmp_path / "invoices.sqlite"
    with running_receiver(path, secrets={"fynn": {"acme": SECRET}}) as url:
        answer = _post(url, "invoice.paid", {"id": "x-1"}, "2026-12-06T12:00:00+00:00", "w8")
    assert answer.status_code == 202
    assert "no client" in answer.json()["outcome"]
    assert stored(path) == []


def _paid_invoice_body(sandbox: SandboxServer) -> tuple[str, dict[str, Any]]:
    """A sandbox invoice whose payments only its transactions give, and its own JSON body."""
    with sandbox.connect("fynn") as client:
        invoice = next(i for i in client.list_invoices() if i.payments)
    return invoice.id, json.loads(bytes(invoice.raw))


def test_an_embedded_invoice_without_its_payments_is_fetched_whole(
    receiver: tuple[str, Path], sandbox: SandboxServer
) -> None:
    url, path = receiver
    invoice_id, body = _paid_invoice_body(sandbox)
    answer = _post(url, "invoice.paid", body, "2026-12-06T12:00:00+00:00", "w9")
    assert answer.status_code == 200, answer.text
    [row] = stored(path)
    with sandbox.connect("fynn") as client:
        assert row.invoice == client.get_invoice(invoice_id)
    assert row.invoice.payments


def test_without_a_client_a_partial_embedded_invoice_is_stored_as_sent(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    path = tmp_path / "invoices.sqlite"
    invoice_id, body = _paid_invoice_body(sandbox)
    with running_receiver(path, secrets={"fynn": {"acme": SECRET}}) as url:
        answer = _post(url, "invoice.paid", body, "2026-12-06T12:00:00+00:00", "w10")
    assert answer.status_code == 200, answer.text
    [row] = stored(path)
    assert row.invoice.id == invoice_id
    assert not row.invoice.payments  # as `normalize` reads the body alone
