"""Daftra credit notes and refund receipts: their envelopes, lookup by id, and their lists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import invoicekit
from invoicekit import InvoiceKind
from invoicekit.sandbox import SandboxServer

PAYLOADS = Path(__file__).parents[2] / "payloads" / "daftra"
SPEC = Path(__file__).parents[3] / "specs" / "daftra" / "openapi.yaml"


def _spec_example(name: str) -> bytes:
    examples = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["examples"]
    return json.dumps(examples[name]["value"]).encode()


@pytest.mark.parametrize(
    ("payload", "example", "key", "kind", "raw"),
    [
        ("credit_note.json", "credit_note", "CreditNote", InvoiceKind.CREDIT_NOTE, "5"),
        ("refund_receipt.json", "refund_receipt", "RefundReceipt", InvoiceKind.REFUND, "6"),
    ],
)
def test_normalize_reads_the_credit_note_and_refund_receipt_envelopes(
    payload: str, example: str, key: str, kind: InvoiceKind, raw: str
) -> None:
    body = (PAYLOADS / payload).read_bytes()
    assert body.strip() == json.dumps(json.loads(_spec_example(example)), indent=2).encode()
    invoice = invoicekit.normalize("daftra", body)
    header = json.loads(body)["data"][key]
    assert invoice.id == str(header["id"])
    assert (invoice.kind, invoice.kind_raw) == (kind, raw)
    assert invoice.preceding_invoice is not None
    assert invoice.preceding_invoice.id == "2621"
    assert invoice.totals.gross == Decimal("115")
    assert [line.tax_amount for line in invoice.lines] == [Decimal("15")]
    assert invoice.raw is not None


def test_an_untyped_header_takes_its_envelopes_kind() -> None:
    body = json.loads((PAYLOADS / "refund_receipt.json").read_bytes())
    del body["data"]["RefundReceipt"]["type"]
    invoice = invoicekit.normalize("daftra", json.dumps(body).encode())
    assert (invoice.kind, invoice.kind_raw) == (InvoiceKind.REFUND, None)


def test_a_bad_credit_note_names_its_path() -> None:
    body = json.loads((PAYLOADS / "credit_note.json").read_bytes())
    body["data"]["CreditNote"]["id"] = -4
    with pytest.raises(invoicekit.NormalizationError) as caught:
        invoicekit.normalize("daftra", json.dumps(body).encode())
    assert "$.data.CreditNote.id" in str(caught.value)


def test_an_invoice_body_still_normalizes_as_before() -> None:
    invoice = invoicekit.normalize("daftra", (PAYLOADS / "official_invoice.json").read_bytes())
    assert invoice.kind is InvoiceKind.INVOICE


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["daftra"], size=40, seed=5) as running:
        yield running


@pytest.mark.parametrize(
    ("kind", "count", "parent_offset"),
    [(InvoiceKind.CREDIT_NOTE, 4, 0), (InvoiceKind.REFUND, 4, 5)],
)
def test_kind_lists_the_documents_and_get_invoice_finds_each(
    server: SandboxServer, kind: InvoiceKind, count: int, parent_offset: int
) -> None:
    invoice_ids = list(server.app.sandbox("daftra").invoice_ids())
    with server.connect("daftra") as client:
        documents = list(client.list_invoices(page_size=3, native={"kind": kind.value}))
        assert len(documents) == count
        assert all(document.kind is kind for document in documents)
        assert len({document.id for document in documents}) == count
        assert not {document.id for document in documents} & set(invoice_ids)
        parents = [
            document.preceding_invoice.id for document in documents if document.preceding_invoice
        ]
        assert parents == [invoice_ids[n * 10 + parent_offset] for n in range(count)]
        found = client.get_invoice(documents[1].id)
    assert found.kind is kind
    assert found.id == documents[1].id
    assert found.totals == documents[1].totals


def test_the_default_list_is_still_the_invoice_list(server: SandboxServer) -> None:
    with server.connect("daftra") as client:
        listed = list(client.list_invoices(page_size=25))
        same = list(client.list_invoices(page_size=25, native={"kind": "invoice"}))
    assert [invoice.id for invoice in listed] == [invoice.id for invoice in same]
    assert len(listed) == 40


def test_document_lists_refuse_filters_they_do_not_document(server: SandboxServer) -> None:
    with server.connect("daftra") as client:
        with pytest.raises(invoicekit.Unsupported):
            next(iter(client.list_invoices(status="paid", native={"kind": "credit_note"})))
        with pytest.raises(invoicekit.ConfigurationError):
            next(iter(client.list_invoices(native={"kind": "estimate"})))
