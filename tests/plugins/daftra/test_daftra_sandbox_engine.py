"""What the Daftra sandbox takes from its spec through `SpecSandbox`, and the quirks it keeps."""

from __future__ import annotations

import json
from typing import Any

import pytest

from invoicekit.sandbox import ApiSpec, SandboxError, SandboxRequest, locate_spec
from invoicekit_daftra._sandbox import API_KEY, DaftraSandbox

AUTH = {"apikey": API_KEY}


def answer(sandbox: DaftraSandbox, path: str, *query: tuple[str, str], **headers: str) -> Any:
    request = SandboxRequest("GET", path, query, headers or AUTH, base_url="http://h/daftra")
    try:
        response = sandbox.handle(request)
    except SandboxError as exc:
        response = sandbox.error(exc.status, exc.message)
    return response.status, json.loads(response.body)


@pytest.fixture(scope="module")
def sandbox() -> DaftraSandbox:
    return DaftraSandbox(size=30, seed=2)


def test_every_operation_of_the_spec_is_served(sandbox: DaftraSandbox) -> None:
    spec = ApiSpec.load(locate_spec("invoicekit_daftra", "daftra"))
    assert set(sandbox.handlers()) == set(spec.operations)


def test_all_refused_parameters_are_answered_together(sandbox: DaftraSandbox) -> None:
    status, body = answer(
        sandbox, "/api2/invoices.json", ("page", "0"), ("date_from", "x"), ("nope", "")
    )
    assert status == 400
    assert body["validation_errors"] == {
        "page": "must be 1 or more",
        "date_from": "Invalid date",
        "nope": "Unknown parameter",
    }


@pytest.mark.parametrize("value", ["+2", "1" * 19, "2.0"])
def test_integers_are_read_as_php_holds_them(sandbox: DaftraSandbox, value: str) -> None:
    status, body = answer(sandbox, "/api2/invoices.json", ("client_id", value))
    assert (status, body["validation_errors"]) == (400, {"client_id": "must be an integer"})


def test_the_document_lists_page_as_the_invoice_list_does(sandbox: DaftraSandbox) -> None:
    status, body = answer(sandbox, "/api2/credit_notes.json", ("limit", "2"), ("page", "2"))
    assert status == 200
    assert body["pagination"] == {
        "prev": "/api2/credit_notes/?page=1",
        "next": None,
        "page": 2,
        "page_count": 2,
        "total_results": 3,
    }
    assert [item["CreditNote"]["no"] for item in body["data"]] == ["CN-000003"]
    assert answer(sandbox, "/api2/refund_receipts.json", ("limit", "1001"))[0] == 400


def test_the_token_endpoint_is_open_and_the_api_is_not(sandbox: DaftraSandbox) -> None:
    request = SandboxRequest("POST", "/v2/oauth/token", body=b"grant_type=password")
    refused = sandbox.handle(request)
    assert refused.status == 401  # the client is unknown; no API credential was asked for
    assert json.loads(refused.body)["error"] == "invalid_client"
    assert answer(sandbox, "/api2/credit_notes.json", authorization="Bearer x")[0] == 401
