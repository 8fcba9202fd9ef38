"""Exact decoding of recorded payloads through the generated clients."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest
from invoicekit_daftra_client.api.invoices import get_invoice as daftra_get_invoice
from invoicekit_daftra_client.models import RecursiveLevel
from invoicekit_fynn_client.api.invoices import get_invoice as fynn_get_invoice
from invoicekit_fynn_client.models import InvoiceStatus, InvoiceType
from invoicekit_yeti_client.api.invoices import get_invoice as yeti_get_invoice

PAYLOADS = Path(__file__).parents[1] / "payloads"


def _served(module: Any, body: bytes, status: int = 200, **arguments: Any) -> Any:
    """(response, parsed) of one request built by `module`, answered with `body`."""
    transport = httpx.MockTransport(lambda request: httpx.Response(status, content=body))
    with httpx.Client(base_url="https://vendor.example", transport=transport) as client:
        response = client.request(**module.build_request(**arguments))
    return response, module.parse_response(response)


def _serving(module: Any, body: bytes, **arguments: Any) -> Any:
    """The parsed answer of a 200 with `body` to a request built by `module`."""
    return _served(module, body, **arguments)[1]


def test_yeti_seed_decodes_exactly() -> None:
    body = (PAYLOADS / "yeti" / "seed_invoice.json").read_bytes()
    document = _serving(yeti_get_invoice, body, id="x")
    attributes = document.data.attributes
    assert document.data.id == "fd2e32c4-6674-11f1-867c-da575d109341"
    assert attributes.reference == "23"
    assert attributes.amount_spent == Decimal("0.0")
    assert str(attributes.amount_spent) == "0.0"  # scale kept, not Decimal("0")
    assert attributes.services_amount_spent == Decimal("0.0")
    assert attributes.originated_first_call_at is None
    assert attributes.start_date.isoformat() == "2026-06-05T15:40:07.506000+00:00"
    assert attributes.has_pdf is False


def test_yeti_without_the_2024_services_attributes_decodes() -> None:
    payload = json.loads((PAYLOADS / "yeti" / "seed_invoice.json").read_bytes())
    del payload["data"]["attributes"]["services-amount-spent"]
    del payload["data"]["attributes"]["service-transactions-count"]
    document = _serving(yeti_get_invoice, json.dumps(payload).encode(), id="x")
    assert document.data.attributes.services_amount_spent is msgspec.UNSET


def test_daftra_seed_decodes_exactly() -> None:
    body = (PAYLOADS / "daftra" / "seed_invoice.json").read_bytes()
    assert b'"total": 120.00' in body
    response = _serving(daftra_get_invoice, body, id="123")
    assert response.data.invoice.total == Decimal("120.00")
    assert str(response.data.invoice.total) == "120.00"
    assert response.data.invoice_payment[0].amount == Decimal("50.00")
    assert response.data.client.email == "billing@acmecorp.com"
    assert response.data.invoice.draft is False


def test_daftra_numbers_and_flags_sent_as_strings_are_accepted() -> None:
    body = json.dumps(
        {
            "code": "200",
            "result": "successful",
            "data": {
                "Invoice": {
                    "id": "2621",
                    "draft": "1",
                    "summary_total": "115.50",
                    "InvoiceItem": [{"id": "456", "quantity": "2.5", "unit_price": "10"}],
                }
            },
        }
    ).encode()
    invoice = _serving(daftra_get_invoice, body, id="2621").data.invoice
    assert invoice.id == 2621
    assert invoice.draft is True
    assert invoice.summary_total == Decimal("115.50")
    assert invoice.invoice_item[0].quantity == Decimal("2.5")


def _fynn_invoice(**changes: Any) -> bytes:
    payload: dict[str, Any] = {
        "id": "00000000-0000-0000-0000-000000000001",
        "type": "TYPE_INVOICE",
        "status": "STATUS_UNPAID",
        "currencyCode": "EUR",
        "grossAmount": {"amount": 5831, "precision": 2, "currencyCode": "EUR"},
    }
    payload.update(changes)
    return json.dumps(payload).encode()


def test_fynn_unknown_enum_values_decode_and_keep_their_value() -> None:
    body = _fynn_invoice(status="STATUS_ON_HOLD", type="TYPE_PROFORMA", dunningStatus="escalated")
    invoice = _serving(fynn_get_invoice, body, id="x")
    assert invoice.status == "STATUS_ON_HOLD"
    assert invoice.status.value == "STATUS_ON_HOLD"
    assert isinstance(invoice.status, InvoiceStatus)
    assert not invoice.status.is_known
    assert invoice.type_ == "TYPE_PROFORMA"
    assert isinstance(invoice.type_, InvoiceType)
    assert InvoiceStatus("STATUS_CLOSED").is_known


def test_fynn_money_is_exact_minor_units() -> None:
    invoice = _serving(fynn_get_invoice, _fynn_invoice(), id="x")
    assert invoice.gross_amount.amount == Decimal(5831)
    assert invoice.gross_amount.precision == 2


def test_fynn_null_in_an_optional_field_and_unknown_fields_decode() -> None:
    body = _fynn_invoice(dunningLevel=None, somethingNew={"a": 1}, netAmount=None)
    invoice = _serving(fynn_get_invoice, body, id="x")
    assert invoice.dunning_level is None
    assert invoice.net_amount is None


@pytest.mark.parametrize(
    ("module", "body", "path"),
    [
        (fynn_get_invoice, _fynn_invoice(dunningLevel="abc"), "$.dunningLevel"),
        (
            fynn_get_invoice,
            _fynn_invoice(grossAmount={"amount": "12,50", "precision": 2}),
            "$.grossAmount.amount",
        ),
        (
            daftra_get_invoice,
            json.dumps({"result": "ok", "code": 200, "data": {"Invoice": {"id": [1]}}}).encode(),
            "$.data.Invoice.id",
        ),
        (
            yeti_get_invoice,
            (PAYLOADS / "yeti" / "seed_invoice.json")
            .read_bytes()
            .replace(b'"amount-spent": "0.0"', b'"amount-spent": "zero"'),
            "$.data.attributes.amount-spent",
        ),
    ],
    ids=["fynn-int", "fynn-money", "daftra-id", "yeti-decimal"],
)
def test_a_wrong_type_raises_a_validation_error_naming_the_json_path(
    module: Any, body: bytes, path: str
) -> None:
    with pytest.raises(msgspec.ValidationError) as caught:
        _serving(module, body, id="x")
    assert str(caught.value).endswith(f"at `{path}`")


def test_an_error_body_that_is_not_json_does_not_hide_the_status() -> None:
    response, parsed = _served(fynn_get_invoice, b"<html>bad gateway</html>", 404, id="x")
    assert response.status_code == 404
    assert parsed is None


def test_open_enum_members_print_and_read_as_their_values_known_or_not() -> None:
    assert [str(RecursiveLevel(value)) for value in (-1, 0, 7)] == ["-1", "0", "7"]
    assert type(str(RecursiveLevel(7))) is str
    assert f"{RecursiveLevel(7)}" == "7"
    assert [str(InvoiceStatus(value)) for value in ("STATUS_CLOSED", "STATUS_X")] == [
        "STATUS_CLOSED",
        "STATUS_X",
    ]
    assert type(str(InvoiceStatus("STATUS_X"))) is str
    assert [RecursiveLevel(value).value for value in (-1, 7)] == [-1, 7]
    assert RecursiveLevel.VALUE_NEGATIVE_1.value == -1
    assert InvoiceStatus.STATUS_CLOSED.value == "STATUS_CLOSED"
