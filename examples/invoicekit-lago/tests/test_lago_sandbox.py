"""What the Lago sandbox takes from its spec, and the quirks that stay Lago's own."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse

from invoicekit_lago._sandbox import API_KEY, LagoSandbox

KEY = {"authorization": f"Bearer {API_KEY}"}


def answer(box: LagoSandbox, request: SandboxRequest) -> SandboxResponse:
    try:
        return box.handle(request)
    except SandboxError as refused:
        return box.error(refused.status, refused.message)


def body(response: SandboxResponse) -> Any:
    return msgspec.json.decode(response.body)


def listing(box: LagoSandbox, *query: tuple[str, str]) -> SandboxResponse:
    return answer(box, SandboxRequest("GET", "/api/v1/invoices", query, KEY))


@pytest.fixture
def box() -> LagoSandbox:
    return LagoSandbox(size=45, seed=7)


@pytest.mark.parametrize(
    "query",
    [
        (("per_page", "101"),),
        (("per_page", "0"),),
        (("page", "0"),),
        (("page", "two"),),
        (("issuing_date_from", "2024-13-01"),),
        (("issuing_date_to", "01/02/2024"),),
        (("status", "paid"),),
    ],
)
def test_values_the_spec_refuses_are_a_400(box: LagoSandbox, query: tuple[Any, ...]) -> None:
    refused = listing(box, *query)
    assert (refused.status, body(refused)) == (400, {"status": 400, "error": "Bad Request"})


def test_pages_run_newest_first_and_blank_values_count_as_absent(box: LagoSandbox) -> None:
    first = body(listing(box, ("page", ""), ("per_page", "100"), ("issuing_date_from", " ")))
    ids = [invoice["lago_id"] for invoice in first["invoices"]]
    assert ids == list(box.invoice_ids())
    assert first["meta"] == {
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "total_pages": 1,
        "total_count": 45,
    }
    second = body(listing(box, ("page", "2"), ("per_page", "20")))
    assert [i["lago_id"] for i in second["invoices"]] == ids[20:40]
    assert second["meta"]["next_page"] == 3
    assert second["meta"]["prev_page"] == 1


def test_the_issue_date_window_is_inclusive(box: LagoSandbox) -> None:
    every = body(listing(box, ("per_page", "100")))["invoices"]
    day = every[10]["issuing_date"]
    window = body(
        listing(box, ("per_page", "100"), ("issuing_date_from", day), ("issuing_date_to", day))
    )
    assert window["invoices"] == [i for i in every if i["issuing_date"] == day]


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {API_KEY}"}],
)
def test_the_api_wants_the_bearer_key_and_the_file_links_do_not(
    box: LagoSandbox, headers: dict[str, str]
) -> None:
    refused = answer(box, SandboxRequest("GET", "/api/v1/invoices", (), headers))
    assert (refused.status, body(refused)) == (401, {"status": 401, "error": "Unauthorized"})
    invoice_id = box.invoice_ids()[0]
    pdf = answer(box, SandboxRequest("GET", f"/files/{invoice_id}.pdf", (), headers))
    assert (pdf.status, pdf.headers["content-type"]) == (200, "application/pdf")
    assert pdf.body.startswith(b"%PDF")


def test_a_missing_invoice_is_lagos_invoice_not_found(box: LagoSandbox) -> None:
    for method, path in (
        ("GET", "/api/v1/invoices/nope"),
        ("POST", "/api/v1/invoices/nope/download"),
    ):
        missing = answer(box, SandboxRequest(method, path, (), KEY))
        assert (missing.status, body(missing)) == (
            404,
            {"status": 404, "error": "Not Found", "code": "invoice_not_found"},
        )


def test_a_download_links_the_pdf_of_a_finalized_invoice_only(box: LagoSandbox) -> None:
    states = set()
    for invoice_id in box.invoice_ids():
        request = SandboxRequest(
            "POST", f"/api/v1/invoices/{invoice_id}/download", (), KEY, base_url="http://h/lago"
        )
        invoice = body(answer(box, request))["invoice"]
        expected = None if invoice["status"] == "draft" else f"http://h/lago/files/{invoice_id}.pdf"
        assert invoice["file_url"] == expected
        states.add(invoice["status"])
    assert {"draft", "finalized"} <= states
