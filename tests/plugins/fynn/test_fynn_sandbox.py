"""The Fynn sandbox (issue 5): called directly, and through a real `SandboxServer`.

Direct calls build a `SandboxRequest` and render `SandboxError`s with the sandbox's own
`error`, as the sandbox framework does. Filters are checked against a brute-force filter over
every document's JSON, so they cannot share a bug with the sandbox's arithmetic on runs.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import prepare
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import invoicekit
from invoicekit import (
    AuthenticationError,
    InvoiceKind,
    InvoiceStatus,
    NotFound,
    VendorError,
)
from invoicekit.sandbox import (
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    SandboxServer,
    VendorSandbox,
)
from invoicekit.testing import assert_conformant
from invoicekit_fynn import FynnVendor
from invoicekit_fynn._sandbox import API_KEY, CUSTOMERS, FynnSandbox

BASE = "http://sandbox.test/fynn"
AUTH = {"authorization": f"Bearer {API_KEY}"}
SIZE = 300
NOW = 1_750_000_000.0
NOT_FOUND = {
    "type": "https://tools.ietf.org/html/rfc2616#section-10",
    "title": "An error occurred",
    "status": 404,
    "detail": "Not Found",
}
Query = Sequence[tuple[str, str]]


class Clock:
    """A settable clock for download-link expiry."""

    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def call(
    sandbox: FynnSandbox,
    method: str,
    path: str,
    query: Query = (),
    headers: Mapping[str, str] = AUTH,
) -> SandboxResponse:
    """One request, answered as the sandbox framework would (errors rendered by the sandbox)."""
    request = SandboxRequest(method, path, tuple(query), dict(headers), base_url=BASE)
    try:
        return sandbox.handle(request)
    except SandboxError as exc:
        response = sandbox.error(exc.status, exc.message)
        return SandboxResponse(response.status, response.body, {**response.headers, **exc.headers})


def body(response: SandboxResponse) -> Any:
    return msgspec.json.decode(response.body)


def list_page(sandbox: FynnSandbox, query: Query = ()) -> dict[str, Any]:
    response = call(sandbox, "GET", "/invoices", query)
    assert response.status == 200, response.body
    page: dict[str, Any] = body(response)
    return page


def list_all(sandbox: FynnSandbox, query: Query = (), limit: int = 17) -> list[dict[str, Any]]:
    """Every page of a listing, checking the `_pagination` block on the way."""
    found: list[dict[str, Any]] = []
    page = 0
    while True:
        page += 1
        current = list_page(sandbox, [*query, ("page", str(page)), ("limit", str(limit))])
        pagination = current["_pagination"]
        assert pagination["currentPage"] == page
        assert pagination["itemsPerPage"] == limit
        assert pagination["pageTotalItems"] == len(current["data"])
        found += current["data"]
        if page >= pagination["lastPage"]:
            assert pagination["totalItems"] == len(found)
            assert pagination["lastPage"] == max(1, -(-len(found) // limit))
            return found


@pytest.fixture(scope="module")
def sandbox() -> FynnSandbox:
    return FynnSandbox(size=SIZE, seed=7, clock=Clock())


@pytest.fixture(scope="module")
def documents(sandbox: FynnSandbox) -> list[dict[str, Any]]:
    """Every document of the sandbox, fetched one by one."""
    return [body(call(sandbox, "GET", f"/invoices/{i}")) for i in sandbox.invoice_ids()]


# --------------------------------------------------------------------------- protocol


def test_the_vendor_provides_the_sandbox_class() -> None:
    assert FynnVendor().sandbox() is FynnSandbox
    assert invoicekit.get_vendor("fynn").capabilities().has_sandbox


def test_it_is_a_vendor_sandbox_with_public_demo_credentials(sandbox: FynnSandbox) -> None:
    assert isinstance(sandbox, VendorSandbox)
    assert sandbox.vendor == "fynn"
    assert dict(sandbox.credentials) == {"api_key": "sandbox-fynn-key"}
    assert len(sandbox.invoice_ids()) == SIZE


def test_same_seed_same_bytes_other_seed_other_bytes() -> None:
    def snapshot(seed: int) -> list[bytes]:
        box = FynnSandbox(size=120, seed=seed, clock=Clock())
        first = box.invoice_ids()[5]
        link = body(call(box, "PUT", f"/invoices/{first}/download-link"))
        return [
            call(box, "GET", "/invoices", [("limit", "100"), ("page", "1")]).body,
            call(box, "GET", "/invoices", [("type", "TYPE_CREDIT")]).body,
            call(box, "GET", f"/invoices/{box.invoice_ids()[77]}").body,
            call(box, "GET", link["url"].removeprefix(BASE), headers={}).body,
        ]

    assert snapshot(1) == snapshot(1)
    assert all(a != b for a, b in zip(snapshot(1), snapshot(2), strict=True))


# --------------------------------------------------------------------------- laziness


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The indexes of the documents built, in order (counts FynnSandbox._document calls)."""
    calls: list[int] = []
    original = FynnSandbox._document

    def counting(self: FynnSandbox, index: int) -> dict[str, Any]:
        calls.append(index)
        return original(self, index)

    monkeypatch.setattr(FynnSandbox, "_document", counting)
    return calls


def test_100_000_invoices_are_never_materialized(built: list[int]) -> None:
    box = FynnSandbox(size=100_000, seed=0)
    ids = box.invoice_ids()
    assert len(ids) == 100_000
    assert ids.index(ids[99_999]) == 99_999
    assert built == []

    first = list_page(box, [("limit", "25")])
    assert built == list(range(25))
    assert first["_pagination"]["totalItems"] == 100_000
    assert first["_pagination"]["lastPage"] == 4000

    built.clear()
    far = list_page(box, [("limit", "25"), ("page", "3001")])
    assert built == list(range(75_000, 75_025))
    assert [item["id"] for item in far["data"]] == ids[75_000:75_025]

    built.clear()
    newest = list_page(box, [("limit", "10"), ("order[creationDate]", "desc")])
    assert built == list(range(99_999, 99_989, -1))
    assert newest["data"][0]["id"] == ids[99_999]

    built.clear()
    assert call(box, "GET", f"/invoices/{ids[50_000]}").status == 200
    assert built == [50_000]


@pytest.mark.parametrize(
    "query",
    [
        [("type", "TYPE_CREDIT")],
        [("status", "STATUS_REMINDED"), ("page", "7")],
        [("status", "STATUS_DRAFT"), ("order[creationDate]", "desc")],
        [("search", "gmbh"), ("page", "40")],
        [("type", "TYPE_INVOICE"), ("status", "STATUS_PAID"), ("page", "900")],
    ],
)
def test_filtered_pages_of_100_000_build_only_their_own_invoices(
    built: list[int], query: Query
) -> None:
    box = FynnSandbox(size=100_000, seed=0)
    page = list_page(box, [*query, ("limit", "20")])
    assert 0 < len(page["data"]) <= 20
    assert sorted(built) == sorted(box.invoice_ids().index(item["id"]) for item in page["data"])


def test_a_customer_filter_on_100_000_builds_only_its_page(built: list[int]) -> None:
    box = FynnSandbox(size=100_000, seed=0)
    customer = list_page(box, [("limit", "1")])["data"][0]["customer"]["id"]
    built.clear()
    page = list_page(box, [("customer", customer), ("limit", "50"), ("page", "10")])
    assert len(built) == len(page["data"]) == 50
    assert {item["customer"]["id"] for item in page["data"]} == {customer}
    # One document per billing run of CUSTOMERS documents.
    assert page["_pagination"]["totalItems"] == pytest.approx(100_000 / CUSTOMERS, abs=1)


# --------------------------------------------------------------------------- listing


def test_paging_returns_every_id_once_oldest_first(sandbox: FynnSandbox) -> None:
    listed = list_all(sandbox, limit=37)
    assert [item["id"] for item in listed] == list(sandbox.invoice_ids())
    created = [item["creationDate"] for item in listed]
    assert created == sorted(created)
    assert len(set(created)) == len(created)


def test_list_items_are_the_documents_get_returns(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    assert list_all(sandbox, limit=100) == documents
    page = call(sandbox, "GET", "/invoices", [("limit", "3")]).body
    single = call(sandbox, "GET", f"/invoices/{sandbox.invoice_ids()[0]}").body
    assert single in page


def test_defaults_are_page_1_of_30_oldest_first(sandbox: FynnSandbox) -> None:
    page = list_page(sandbox)
    assert page["_pagination"] == {
        "itemsPerPage": 30,
        "currentPage": 1,
        "pageTotalItems": 30,
        "totalItems": SIZE,
        "lastPage": 10,
    }
    assert [item["id"] for item in page["data"]] == sandbox.invoice_ids()[:30]


def test_descending_order_is_newest_first(sandbox: FynnSandbox) -> None:
    ids = sandbox.invoice_ids()
    newest = list_all(sandbox, [("order[creationDate]", "desc")], limit=40)
    assert [item["id"] for item in newest] == list(reversed(ids))


def test_a_page_past_the_end_is_empty(sandbox: FynnSandbox) -> None:
    page = list_page(sandbox, [("page", "99"), ("limit", "10")])
    assert page["data"] == []
    assert page["_pagination"]["totalItems"] == SIZE
    assert page["_pagination"]["lastPage"] == 30


def test_an_empty_sandbox_lists_nothing() -> None:
    page = list_page(FynnSandbox(size=0, seed=0))
    assert page == {
        "data": [],
        "_pagination": {
            "itemsPerPage": 30,
            "currentPage": 1,
            "pageTotalItems": 0,
            "totalItems": 0,
            "lastPage": 1,
        },
    }


def test_unknown_query_parameters_are_ignored_like_api_platform(sandbox: FynnSandbox) -> None:
    plain = call(sandbox, "GET", "/invoices", [("limit", "5")]).body
    noisy = [("limit", "5"), ("foo", "bar"), ("order[number]", "desc"), ("itemsPerPage", "1")]
    assert call(sandbox, "GET", "/invoices", noisy).body == plain


def test_a_repeated_parameter_counts_with_its_last_value_like_php(sandbox: FynnSandbox) -> None:
    page = list_page(sandbox, [("limit", "500"), ("limit", "4")])
    assert page["_pagination"]["itemsPerPage"] == 4


# --------------------------------------------------------------------------- filters


def brute_force(documents: list[dict[str, Any]], query: Query) -> list[str]:
    """The ids a filtered listing must return, computed from the documents' JSON alone."""
    selected = documents
    for name, value in query:
        if name == "type":
            selected = [d for d in selected if d["type"] == value]
        elif name == "status":
            selected = [d for d in selected if d["status"] == value]
        elif name == "customer":
            wanted = value.removeprefix("/customers/")
            selected = [d for d in selected if d["customer"]["id"] == wanted]
        elif name == "number":
            selected = [d for d in selected if d["number"] == value]
        elif name == "search":
            selected = [d for d in selected if searched(d, value)]
        elif name == "order[creationDate]" and value == "desc":
            selected = list(reversed(selected))
    return [d["id"] for d in selected]


def searched(document: dict[str, Any], text: str) -> bool:
    needle = text.casefold()
    customer = document["customer"]
    person = f"{customer['firstName'] or ''} {customer['lastName'] or ''}".strip()
    fields = [customer["companyName"] or "", person, customer["customerNumber"]]
    number = document["number"]
    return any(needle in field.casefold() for field in fields if field) or (
        number is not None and number.casefold() == needle
    )


def filter_queries(documents: list[dict[str, Any]]) -> Iterator[list[tuple[str, str]]]:
    customers = list(dict.fromkeys(d["customer"]["id"] for d in documents))
    credit = next(d for d in documents if d["type"] == "TYPE_CREDIT")
    reminder = next(d for d in documents if d["type"] == "TYPE_REMINDER")
    person = next(d["customer"] for d in documents if d["customer"]["companyName"] is None)
    company = next(d["customer"] for d in documents if d["customer"]["companyName"])
    for kind in ("TYPE_INVOICE", "TYPE_CREDIT", "TYPE_REMINDER", "TYPE_REFUND"):
        yield [("type", kind)]
    for status in ("STATUS_DRAFT", "STATUS_UNPAID", "STATUS_PAID", "STATUS_REMINDED"):
        yield [("status", status)]
    yield [("status", "STATUS_CANCELLED")]
    for customer in customers[:4]:
        yield [("customer", customer)]
    yield [("customer", f"/customers/{customers[5]}")]
    yield [("customer", "8d2b6c1e-4f3a-4b7d-9e2c-5a1f0b3d7c64")]
    yield [("customer", "")]
    yield [("number", credit["number"])]
    yield [("number", reminder["number"])]
    yield [("number", "RE-0000000001")]
    yield [("number", f"RE-{SIZE:010d}")]  # the newest document: a draft, no number yet
    yield [("number", "RE-1")]
    yield [("search", company["companyName"].split()[0].upper())]
    yield [("search", "GmbH")]
    yield [("search", person["lastName"])]
    yield [("search", company["customerNumber"])]
    yield [("search", credit["number"].lower())]
    yield [("search", "no such customer")]
    yield [("search", "")]
    yield [("type", "TYPE_INVOICE"), ("status", "STATUS_UNPAID")]
    yield [("type", "TYPE_CREDIT"), ("customer", credit["customer"]["id"])]
    yield [("status", "STATUS_PAID"), ("search", "GmbH"), ("order[creationDate]", "desc")]
    yield [("customer", credit["customer"]["id"]), ("number", credit["number"])]
    yield [("customer", customers[0]), ("number", credit["number"])]
    yield [("customer", customers[1]), ("search", credit["number"])]
    yield [("type", "TYPE_REMINDER"), ("order[creationDate]", "desc")]


def test_every_filter_returns_exactly_the_matching_invoices(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    for query in filter_queries(documents):
        listed = [item["id"] for item in list_all(sandbox, query, limit=11)]
        assert listed == brute_force(documents, query), query


def test_filters_select_something_and_not_everything(documents: list[dict[str, Any]]) -> None:
    for query in (
        [("type", "TYPE_CREDIT")],
        [("status", "STATUS_DRAFT")],
        [("status", "STATUS_REMINDED")],
        [("search", "GmbH")],
    ):
        assert 0 < len(brute_force(documents, query)) < SIZE, query


# --------------------------------------------------------------------------- errors


def assert_problem(response: SandboxResponse, status: int) -> dict[str, Any]:
    assert response.status == status
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = body(response)
    assert problem["status"] == status
    assert problem["title"] == "An error occurred"
    assert problem["detail"]
    return problem


@pytest.mark.parametrize(
    ("path", "method"),
    [("/invoices", "GET"), ("/invoices/x", "GET"), ("/invoices/x/download-link", "PUT")],
)
@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "JWT Token not found"),
        ({"authorization": "Bearer wrong-key"}, "Invalid JWT Token"),
        ({"authorization": f"Basic {API_KEY}"}, "Invalid JWT Token"),
        ({"authorization": "Bearer"}, "Invalid JWT Token"),
    ],
)
def test_the_api_needs_the_bearer_key(
    sandbox: FynnSandbox, path: str, method: str, headers: dict[str, str], detail: str
) -> None:
    response = call(sandbox, method, path, headers=headers)
    assert assert_problem(response, 401)["detail"] == detail
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_bearer_scheme_is_case_insensitive(sandbox: FynnSandbox) -> None:
    response = call(sandbox, "GET", "/invoices", headers={"authorization": f"bearer {API_KEY}"})
    assert response.status == 200


@pytest.mark.parametrize(
    ("query", "path", "code"),
    [
        ([("limit", "0")], "limit", "04b91c99-a946-4221-afc5-e65ebac401eb"),
        ([("limit", "101")], "limit", "04b91c99-a946-4221-afc5-e65ebac401eb"),
        ([("limit", "ten")], "limit", "ba785a8c-82cb-4283-967c-3cf342181b40"),
        ([("limit", "")], "limit", "ba785a8c-82cb-4283-967c-3cf342181b40"),
        ([("limit", "2.5")], "limit", "ba785a8c-82cb-4283-967c-3cf342181b40"),
        ([("limit", "1" * 5000)], "limit", "ba785a8c-82cb-4283-967c-3cf342181b40"),
        ([("page", "0")], "page", "ea4e51d1-3342-48bd-87f1-9e672cd90cad"),
        ([("page", "-3")], "page", "ea4e51d1-3342-48bd-87f1-9e672cd90cad"),
        ([("order[creationDate]", "up")], "order[creationDate]", None),
        ([("type", "TYPE_BOGUS")], "type", None),
        ([("status", "paid")], "status", None),
    ],
)
def test_invalid_list_parameters_are_a_400_with_violations(
    sandbox: FynnSandbox, query: Query, path: str, code: str | None
) -> None:
    problem = assert_problem(call(sandbox, "GET", "/invoices", query), 400)
    (violation,) = problem["violations"]
    assert violation["propertyPath"] == path
    assert violation["code"] == (code or "8e179f1b-97aa-4560-a02f-2a8b42e49df7")
    assert problem["detail"] == f"{path}: {violation['message']}"
    assert problem["type"] == "https://symfony.com/errors/validation"


def test_every_invalid_parameter_is_named(sandbox: FynnSandbox) -> None:
    query = [("page", "x"), ("limit", "1000"), ("type", "nope")]
    problem = assert_problem(call(sandbox, "GET", "/invoices", query), 400)
    assert [v["propertyPath"] for v in problem["violations"]] == ["page", "limit", "type"]
    assert problem["detail"].splitlines()[1] == "limit: This value should be between 1 and 100."


@pytest.mark.parametrize(
    "invoice_id",
    [
        "3f1c2a9e-6b7d-4e2f-9a41-0c5d8e7b1a23",  # a UUID this sandbox does not have
        "not-a-uuid",
        FynnSandbox(size=SIZE, seed=8).invoice_ids()[3],  # another seed's
        FynnSandbox(size=SIZE + 5, seed=7).invoice_ids()[SIZE + 2],  # past this size
    ],
)
def test_an_unknown_invoice_is_a_404_problem(sandbox: FynnSandbox, invoice_id: str) -> None:
    for method, path in (
        ("GET", f"/invoices/{invoice_id}"),
        ("PUT", f"/invoices/{invoice_id}/download-link"),
    ):
        assert body(call(sandbox, method, path)) == NOT_FOUND
        assert_problem(call(sandbox, method, path), 404)


def test_an_upper_case_id_finds_its_invoice(sandbox: FynnSandbox) -> None:
    invoice_id = sandbox.invoice_ids()[9]
    assert body(call(sandbox, "GET", f"/invoices/{invoice_id.upper()}"))["id"] == invoice_id


def test_unknown_paths_and_methods_are_problems_too(sandbox: FynnSandbox) -> None:
    assert_problem(call(sandbox, "GET", "/customers"), 404)
    assert_problem(call(sandbox, "GET", "/files/nothing"), 404)
    response = call(sandbox, "POST", "/invoices")
    assert_problem(response, 405)
    assert response.headers["allow"] == "GET"


def test_injected_faults_render_as_problems(sandbox: FynnSandbox) -> None:
    for status in (429, 500, 503):
        assert_problem(sandbox.error(status, "injected"), status)


# --------------------------------------------------------------------------- PDF


def first_of(documents: list[dict[str, Any]], **wanted: Any) -> dict[str, Any]:
    return next(d for d in documents if all(d[k] == v for k, v in wanted.items()))


def test_a_download_link_is_signed_and_needs_no_key(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    invoice = first_of(documents, type="TYPE_INVOICE", status="STATUS_PAID")
    response = call(
        sandbox, "PUT", f"/invoices/{invoice['id']}/download-link", [("secondsValid", "120")]
    )
    assert response.status == 200
    assert response.headers["content-type"] == "application/json"
    link = body(response)
    assert link["url"].startswith(f"{BASE}/files/")
    assert link["url"].endswith(".pdf")
    assert set(link) == {"url"}  # the documented body
    assert _expires(link) == NOW + 120
    pdf = call(sandbox, "GET", link["url"].removeprefix(BASE), headers={})
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert invoice["number"] in pdf.headers["content-disposition"]
    assert pdf.body.startswith(b"%PDF-")
    assert invoice["number"].encode() in pdf.body
    # The API key is not asked for, and does not hurt.
    assert call(sandbox, "GET", link["url"].removeprefix(BASE)).body == pdf.body


def test_the_default_link_lives_24_hours_and_then_expires() -> None:
    clock = Clock()
    box = FynnSandbox(size=50, seed=1, clock=clock)
    invoice_id = box.invoice_ids()[0]
    link = body(call(box, "PUT", f"/invoices/{invoice_id}/download-link"))
    path = link["url"].removeprefix(BASE)
    clock.now = NOW + 86400
    assert call(box, "GET", path, headers={}).status == 200
    clock.now = NOW + 86401
    assert assert_problem(call(box, "GET", path, headers={}), 404)["detail"] == (
        "The download link has expired."
    )


def test_a_tampered_or_foreign_link_is_a_404(sandbox: FynnSandbox) -> None:
    ids = sandbox.invoice_ids()
    link = body(call(sandbox, "PUT", f"/invoices/{ids[0]}/download-link"))
    path = link["url"].removeprefix(BASE)
    invoice_id, expires, signature = path.removeprefix("/files/").removesuffix(".pdf").split(".")
    other_seed = FynnSandbox(size=SIZE, seed=8, clock=Clock())
    for forged in (
        f"/files/{ids[1]}.{expires}.{signature}.pdf",  # another invoice
        f"/files/{invoice_id}.{int(expires) + 999}.{signature}.pdf",  # a longer life
        f"/files/{invoice_id}.{expires}.{'0' * 32}.pdf",
        f"/files/{invoice_id}.{expires}.pdf",
        f"/files/{invoice_id}.pdf",
        f"/files/{invoice_id}.{expires}.{signature[:-1]}é.pdf",
        f"/files/{invoice_id}.{'9' * 5000}.{signature}.pdf",
    ):
        assert body(call(sandbox, "GET", forged, headers={})) == NOT_FOUND, forged
    assert call(other_seed, "GET", path, headers={}).status == 404


@pytest.mark.parametrize("seconds", ["4", "0", "-1", "soon", ""])
def test_seconds_valid_is_at_least_5(sandbox: FynnSandbox, seconds: str) -> None:
    path = f"/invoices/{sandbox.invoice_ids()[0]}/download-link"
    problem = assert_problem(call(sandbox, "PUT", path, [("secondsValid", seconds)]), 400)
    assert problem["violations"][0]["propertyPath"] == "secondsValid"


def test_a_huge_seconds_valid_is_capped_at_the_year_9999(sandbox: FynnSandbox) -> None:
    path = f"/invoices/{sandbox.invoice_ids()[0]}/download-link"
    link = body(call(sandbox, "PUT", path, [("secondsValid", "9" * 30)]))
    assert _expires(link) == int(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp())


def _expires(link: dict[str, Any]) -> int:
    token = link["url"].removeprefix(f"{BASE}/files/").removesuffix(".pdf")
    return int(token.split(".")[1])


def test_a_draft_has_no_document_to_download(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    draft = first_of(documents, status="STATUS_DRAFT")
    response = call(sandbox, "PUT", f"/invoices/{draft['id']}/download-link")
    assert "draft" in assert_problem(response, 422)["detail"]


# --------------------------------------------------------------------------- data


def minor(money: dict[str, Any] | None) -> int:
    return 0 if money is None else int(money["amount"])


def test_every_document_is_consistent_in_fynns_own_terms(
    documents: list[dict[str, Any]],
) -> None:
    for document in documents:
        currency = document["currencyCode"]
        precision = 0 if currency == "JPY" else 2
        moneys = [document[k] for k in ("netAmount", "grossAmount", "taxAmount", "unpaidAmount")]
        for position in document["positions"]:
            moneys += [position[k] for k in ("unitPrice", "netAmount", "grossAmount", "taxAmount")]
            net = minor(position["netAmount"])
            discount = minor(position["discountAmount"])
            assert net == position["quantity"] * minor(position["unitPrice"])
            assert minor(position["grossAmount"]) == net - discount + minor(position["taxAmount"])
            rate = position["tax"]["rate"]
            expected_tax = Decimal((net - discount) * rate) / 100
            assert abs(minor(position["taxAmount"]) - expected_tax) <= Decimal("0.5")
            if position["discountPercentage"] is not None:
                assert discount > 0
        assert all(m["currencyCode"] == currency and m["precision"] == precision for m in moneys)
        positions = document["positions"]
        net = sum(minor(p["netAmount"]) - minor(p["discountAmount"]) for p in positions)
        assert minor(document["netAmount"]) == net > 0
        assert minor(document["taxAmount"]) == sum(minor(p["taxAmount"]) for p in positions)
        assert minor(document["discountAmount"]) == sum(
            minor(p["discountAmount"]) for p in positions
        )
        gross = minor(document["grossAmount"])
        assert gross == minor(document["netAmount"]) + minor(document["taxAmount"])
        assert 0 <= minor(document["unpaidAmount"]) <= gross


def test_statuses_and_dates_fit_together(documents: list[dict[str, Any]]) -> None:
    for document in documents:
        status, kind = document["status"], document["type"]
        if status == "STATUS_DRAFT":
            assert document["number"] is None
            assert document["finalizationDate"] is None
            assert document["dueDate"] is None
            assert document["file"] is None
        else:
            prefix = {"TYPE_INVOICE": "RE-", "TYPE_CREDIT": "GS-", "TYPE_REMINDER": "MA-"}[kind]
            assert document["number"].startswith(prefix)
            assert document["finalizationDate"] > document["creationDate"]
            assert document["file"]["fileName"] == f"{document['number']}.pdf"
        if status == "STATUS_PAID":
            assert minor(document["unpaidAmount"]) == 0
            assert document["payDate"] is not None
        if status == "STATUS_REMINDED":
            assert document["dunningLevel"] >= 1
            assert document["lastReminderDate"] > document["dueDate"]
        if document["dueDate"] is not None:
            assert document["dueDate"] > document["finalizationDate"]
        if document["serviceDateFrom"] is not None:
            assert document["serviceDateFrom"] <= document["serviceDateTo"]


def test_credit_notes_and_reminders_refer_to_an_earlier_invoice_of_their_customer(
    documents: list[dict[str, Any]],
) -> None:
    by_id = {document["id"]: (index, document) for index, document in enumerate(documents)}
    referring = [d for d in documents if d["type"] != "TYPE_INVOICE"]
    assert referring
    for index, document in enumerate(documents):
        reference = document["referencedInvoice"]
        if document["type"] == "TYPE_INVOICE":
            assert reference is None
            continue
        position, original = by_id[reference["id"]]
        assert position < index
        assert original["type"] == "TYPE_INVOICE"
        assert original["status"] != "STATUS_DRAFT"
        assert original["finalizationDate"] < document["creationDate"]
        assert original["customer"] == document["customer"]
        assert original["currencyCode"] == document["currencyCode"]
        assert reference == {
            key: original[key]
            for key in (
                "id",
                "number",
                "type",
                "status",
                "currencyCode",
                "creationDate",
                "finalizationDate",
                "dueDate",
            )
        }
        if document["type"] == "TYPE_CREDIT":
            # Positive amounts, crediting positions of the original.
            assert minor(document["grossAmount"]) > 0
            credited = [(p["name"], p["netAmount"]) for p in document["positions"]]
            originals = [(p["name"], p["netAmount"]) for p in original["positions"]]
            assert credited == originals[: len(credited)]
        else:
            (fee,) = document["positions"]
            assert fee["type"] == "dunning_fee"
            assert minor(fee["taxAmount"]) == 0
            assert original["status"] == "STATUS_REMINDED"
            assert document["creationDate"] > original["dueDate"]
            if document["status"] != "STATUS_DRAFT":
                assert original["lastReminderDate"] == document["finalizationDate"]


def test_every_document_normalizes_and_conforms(documents: list[dict[str, Any]]) -> None:
    invoices = [invoicekit.normalize("fynn", msgspec.json.encode(d)) for d in documents]
    for invoice in invoices:
        assert_conformant(invoice)
    kinds = {invoice.kind for invoice in invoices}
    assert kinds == {InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE, InvoiceKind.REMINDER}
    statuses = {invoice.status for invoice in invoices}
    assert statuses >= {
        InvoiceStatus.DRAFT,
        InvoiceStatus.OPEN,
        InvoiceStatus.PARTIALLY_PAID,
        InvoiceStatus.PAID,
    }
    assert {invoice.currency for invoice in invoices} == {"EUR", "CHF", "USD", "JPY"}
    currencies = [invoice.currency for invoice in invoices]
    assert currencies.count("EUR") > len(invoices) / 2
    rates = {line.tax_rate for invoice in invoices for line in invoice.lines}
    assert rates == {Decimal(19), Decimal(7), Decimal(0)}
    assert any(line.discount_amount for invoice in invoices for line in invoice.lines)
    assert any(len(invoice.tax_breakdown) == 2 for invoice in invoices)
    assert any(invoice.buyer_reference for invoice in invoices)  # a Leitweg-ID
    assert all(invoice.preceding_invoice for invoice in invoices if invoice.kind != "invoice")
    assert any(invoice.period_start for invoice in invoices)


# --------------------------------------------------------------------------- spec


@functools.cache
def fynn_spec() -> dict[str, Any]:
    spec: dict[str, Any] = prepare.load("fynn")
    return spec


@functools.cache
def spec_validator(ref: str) -> Draft202012Validator:
    """A validator of the spec's schema at ``ref`` (``#/components/...``)."""
    resource = Resource.from_contents(fynn_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator(
        {"$ref": "urn:spec" + ref},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,  # date-times are checked
    )


def assert_matches_spec(method: str, template: str, response: SandboxResponse) -> None:
    """The status, media type and body are those the spec documents for the operation."""
    document = fynn_spec()
    operation = document["paths"][template][method.lower()]
    documented = operation["responses"].get(str(response.status))
    assert documented is not None, f"{method} {template} does not document {response.status}"
    content = prepare.resolve(document, documented)["content"]
    media = response.headers["content-type"].split(";")[0]
    assert media in content, f"{method} {template} {response.status} is not documented as {media}"
    errors = list(spec_validator(content[media]["schema"]["$ref"]).iter_errors(body(response)))
    assert not errors, [f"{e.json_path}: {e.message}" for e in errors]


def test_every_response_matches_the_spec(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    ids = sandbox.invoice_ids()
    draft = first_of(documents, status="STATUS_DRAFT")["id"]
    credit = first_of(documents, type="TYPE_CREDIT")["id"]
    cases: list[tuple[str, str, str, Query, Mapping[str, str]]] = [
        ("GET", "/invoices", "/invoices", [("limit", "100"), ("page", "2")], AUTH),
        ("GET", "/invoices", "/invoices", [("type", "TYPE_CREDIT")], AUTH),
        ("GET", "/invoices", "/invoices", [("page", "1000")], AUTH),
        ("GET", "/invoices", "/invoices", [("limit", "0")], AUTH),
        ("GET", "/invoices", "/invoices", [], {}),
        ("GET", "/invoices/{id}", f"/invoices/{ids[0]}", [], AUTH),
        ("GET", "/invoices/{id}", f"/invoices/{credit}", [], AUTH),
        ("GET", "/invoices/{id}", "/invoices/nope", [], AUTH),
        ("GET", "/invoices/{id}", f"/invoices/{ids[1]}", [], {"authorization": "Bearer x"}),
        ("PUT", "/invoices/{id}/download-link", f"/invoices/{ids[0]}/download-link", [], AUTH),
        ("PUT", "/invoices/{id}/download-link", f"/invoices/{draft}/download-link", [], AUTH),
        (
            "PUT",
            "/invoices/{id}/download-link",
            f"/invoices/{ids[0]}/download-link",
            [("secondsValid", "1")],
            AUTH,
        ),
        ("PUT", "/invoices/{id}/download-link", "/invoices/nope/download-link", [], AUTH),
    ]
    for method, template, path, query, headers in cases:
        assert_matches_spec(method, template, call(sandbox, method, path, query, headers))
    invoice = spec_validator("#/components/schemas/Invoice")
    for document in documents:
        errors = [f"{e.json_path}: {e.message}" for e in invoice.iter_errors(document)]
        assert not errors, (document["id"], errors)


# --------------------------------------------------------------------------- over HTTP


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn"], size=150, seed=3) as running:
        yield running


def test_the_client_lists_every_invoice_oldest_first(server: SandboxServer) -> None:
    expected = list(server.app.sandbox("fynn").invoice_ids())
    with server.connect("fynn") as client:
        invoices = list(client.list_invoices(page_size=13))
        fetched = client.get_invoice(invoices[100].id)
    assert [invoice.id for invoice in invoices] == expected
    for invoice in invoices:
        assert_conformant(invoice)
    assert fetched == invoices[100]
    assert bytes(fetched.raw) == bytes(invoices[100].raw)


def test_the_client_passes_native_filters(server: SandboxServer) -> None:
    with server.connect("fynn") as client:
        credits = list(client.list_invoices(native={"type": "TYPE_CREDIT"}, page_size=5))
        customer = credits[0].buyer
        assert customer is not None
        assert customer.id is not None
        theirs = list(client.list_invoices(native={"customer": customer.id}))
        numbered = list(client.list_invoices(native={"number": credits[0].number or "-"}))
    assert credits
    assert {invoice.kind for invoice in credits} == {InvoiceKind.CREDIT_NOTE}
    assert theirs
    assert all(invoice.buyer == customer for invoice in theirs)
    assert [invoice.id for invoice in numbered] == [credits[0].id]


@pytest.mark.anyio
async def test_the_async_client_reads_the_sandbox(server: SandboxServer) -> None:
    async with server.connect_async("fynn") as client:
        invoices = [invoice async for invoice in client.list_invoices(page_size=50)]
    assert len(invoices) == 150


def test_a_wrong_key_is_an_authentication_error(server: SandboxServer) -> None:
    invoice_id = server.app.sandbox("fynn").invoice_ids()[0]
    with (
        server.connect("fynn", api_key="not-the-key") as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        client.get_invoice(invoice_id)
    assert caught.value.status_code == 401
    assert caught.value.vendor_message == "Invalid JWT Token"


def test_an_unknown_id_is_not_found(server: SandboxServer) -> None:
    with server.connect("fynn") as client, pytest.raises(NotFound) as caught:
        client.get_invoice("3f1c2a9e-6b7d-4e2f-9a41-0c5d8e7b1a23")
    assert caught.value.vendor_message == "Not Found"
    assert caught.value.code == "https://tools.ietf.org/html/rfc2616#section-10"


def test_the_pdf_downloads_end_to_end(server: SandboxServer) -> None:
    assert isinstance(server.app.sandbox("fynn"), FynnSandbox)
    with server.connect("fynn") as client:
        invoice = next(i for i in client.list_invoices() if i.status == InvoiceStatus.PAID)
        document = client.download_pdf(invoice.id)
        draft = next(i for i in client.list_invoices() if i.status == InvoiceStatus.DRAFT)
        with pytest.raises(VendorError) as caught:
            client.download_pdf(draft.id)
    assert document.startswith(b"%PDF-")
    assert (invoice.number or "-").encode() in document
    assert caught.value.status_code == 422
    # The link works without the API key (plain HTTP, no Authorization header).
    base = server.base_url("fynn")
    link = httpx.put(
        f"{base}/invoices/{invoice.id}/download-link", headers=AUTH, params={"secondsValid": 30}
    ).json()
    assert link["url"].startswith(f"{base}/files/")
    assert httpx.get(link["url"]).content == document


def test_the_page_size_limit_over_http(server: SandboxServer) -> None:
    response = httpx.get(f"{server.base_url('fynn')}/invoices", headers=AUTH, params={"limit": 101})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["violations"][0]["propertyPath"] == "limit"
    unauthorized = httpx.get(f"{server.base_url('fynn')}/invoices")
    assert unauthorized.status_code == 401
    assert unauthorized.headers["www-authenticate"] == "Bearer"


# --------------------------------------------------------------------------- payment transactions


def transactions_of(sandbox: FynnSandbox, query: Query = ()) -> dict[str, Any]:
    response = call(sandbox, "GET", "/payment/transactions", query)
    assert response.status == 200, response.body
    page: dict[str, Any] = body(response)
    return page


def all_transactions(sandbox: FynnSandbox, query: Query = ()) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for number in itertools.count(1):
        page = transactions_of(sandbox, [*query, ("page", str(number)), ("limit", "100")])
        found += page["data"]
        if number >= page["_pagination"]["lastPage"]:
            return found
    raise AssertionError("unreachable")


def test_every_paid_invoice_has_one_settled_payment(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    every = all_transactions(sandbox)
    paid = [d for d in documents if d["type"] == "TYPE_INVOICE" and d["status"] == "STATUS_PAID"]
    assert paid
    assert [t["invoice"]["id"] for t in every] == [d["id"] for d in paid]
    for item, invoice in zip(every, paid, strict=True):
        assert item["amount"] == item["chargedAmount"] == invoice["grossAmount"]["amount"]
        assert (item["type"], item["status"], item["paidAt"]) == (
            "payment",
            "succeeded",
            invoice["payDate"],
        )
        assert item["currencyCode"] == invoice["currencyCode"]
        assert body(call(sandbox, "GET", f"/payment/transactions/{item['id']}")) == item


def test_transactions_page_and_filter_by_invoice_and_customer(
    sandbox: FynnSandbox, documents: list[dict[str, Any]]
) -> None:
    every = all_transactions(sandbox)
    pages = [transactions_of(sandbox, [("page", str(n)), ("limit", "3")]) for n in (1, 2)]
    assert [t["id"] for page in pages for t in page["data"]] == [t["id"] for t in every[:6]]
    assert pages[0]["_pagination"]["totalItems"] == len(every)
    first = every[0]["invoice"]["id"]
    (only,) = transactions_of(sandbox, [("invoice", first)])["data"]
    assert only == every[0]
    unpaid = next(d for d in documents if d["status"] == "STATUS_UNPAID")
    assert transactions_of(sandbox, [("invoice", unpaid["id"])])["data"] == []
    customer = every[0]["customer"]["id"]
    mine = all_transactions(sandbox, [("customer", customer)])
    assert mine == [t for t in every if t["customer"]["id"] == customer]
    assert call(sandbox, "GET", "/payment/transactions", [("limit", "0")]).status == 400
    missing = call(sandbox, "GET", f"/payment/transactions/{unpaid['id']}")
    assert missing.status == 404
    assert call(sandbox, "GET", "/payment/transactions", headers={}).status == 401


def test_the_client_fills_payments_from_the_sandbox(server: SandboxServer) -> None:
    with server.connect("fynn") as client:
        listed = list(client.list_invoices())
        paid = [i for i in listed if i.status_raw == "STATUS_PAID" and i.kind_raw == "TYPE_INVOICE"]
        assert paid
        for invoice in paid:
            (payment,) = invoice.payments
            assert payment.amount == invoice.totals.gross
            assert invoice.totals.paid == invoice.totals.gross
        again = client.get_invoice(paid[0].id)
    assert again.payments == paid[0].payments
    part_paid = [
        i
        for i in listed
        if i.totals.due is not None and i.totals.gross and 0 < i.totals.due < i.totals.gross
    ]
    # Paid in part by bank transfer: no transactions, so paid stays gross - due, and says so.
    assert part_paid
    assert all(i.payments == () and i.extra["transactionsPaid"] == "0.00" for i in part_paid)
