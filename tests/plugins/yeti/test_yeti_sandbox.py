"""The Yeti-switch sandbox (issue 5): called directly, and served through `SandboxServer`.

Direct calls check the emulated API itself: JWT login and checks, jsonapi-resources paging,
sorting, filters and error bodies, the PDF download, the consistency of the generated data,
laziness at 100,000 invoices, and that every body matches the spec's response schemas. The
server tests run the plugin against it with `invoicekit.connect`.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import prepare
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import invoicekit
from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse, SandboxServer
from invoicekit_yeti import YetiVendor
from invoicekit_yeti._sandbox import API, FILTERS, LOGIN, PASSWORD, YetiSandbox

BASE = "http://sandbox.test/yeti"
SPEC = prepare.load("yeti")
AUTH_FAILED = {
    "errors": [
        {
            "title": "Authorization failed",
            "detail": "Authorization token expired or incorrect.",
            "code": "401",
            "status": "401",
        }
    ]
}


class Clock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def call(
    sandbox: YetiSandbox,
    path: str,
    query: dict[str, str] | list[tuple[str, str]] | None = None,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    token: str | None = None,
) -> SandboxResponse:
    """One request straight into the sandbox, signed with a fresh token unless told otherwise."""
    pairs = list(query.items()) if isinstance(query, dict) else list(query or [])
    sent = {"authorization": token or sandbox.issue_token()}
    sent.update({name.lower(): value for name, value in (headers or {}).items()})
    request = SandboxRequest(method, path, tuple(pairs), sent, body, base_url=BASE)
    try:
        return sandbox.handle(request)
    except SandboxError as exc:  # what the framework does with router errors
        return sandbox.error(exc.status, exc.message)


def document(response: SandboxResponse) -> Any:
    return json.loads(response.body)


def list_page(sandbox: YetiSandbox, **params: str) -> Any:
    response = call(
        sandbox,
        f"{API}/invoices",
        {f"page[{k}]" if k in {"number", "size"} else k: v for k, v in params.items()},
    )
    assert response.status == 200, response.body
    return document(response)


def every_invoice(sandbox: YetiSandbox) -> list[dict[str, Any]]:
    return list_page(sandbox, size="1000", sort="start_date,id")["data"]


def instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.fixture(scope="module")
def sandbox() -> YetiSandbox:
    return YetiSandbox(size=200, seed=0)


@pytest.fixture(scope="module")
def invoices(sandbox: YetiSandbox) -> list[dict[str, Any]]:
    return every_invoice(sandbox)


# -- the spec's response schemas --------------------------------------------------------------


def _operation(method: str, template: str) -> dict[str, Any]:
    operation: dict[str, Any] = SPEC["paths"][template][method.lower()]
    return operation


def assert_matches_spec(method: str, template: str, response: SandboxResponse) -> None:
    """The response's status, media type and body are those the spec declares."""
    responses = _operation(method, template)["responses"]
    assert str(response.status) in responses, f"{response.status} undeclared for {template}"
    declared = responses[str(response.status)].get("content")
    content_type = response.headers.get("content-type")
    if not declared:
        assert response.body == b""
        return
    assert content_type in declared, f"{content_type} not declared for {response.status}"
    schema = declared[content_type]["schema"]
    if schema.get("format") == "binary":
        assert response.body.startswith(b"%PDF-")
        return
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(SPEC, default_specification=DRAFT202012)
    )
    reference = schema["$ref"].rsplit("/", 1)[1]
    validator = Draft202012Validator(
        {"$ref": f"urn:spec#/components/schemas/{reference}"},
        registry=registry,
        format_checker=FormatChecker(),
    )
    problems = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(document(response))]
    assert not problems, problems


def test_every_response_kind_matches_the_spec(sandbox: YetiSandbox) -> None:
    first, no_pdf = sandbox.invoice_ids()[0], None
    for invoice in every_invoice(sandbox):
        if not invoice["attributes"]["has-pdf"]:
            no_pdf = invoice["id"]
            break
    assert no_pdf is not None
    login = {"content-type": "application/json"}
    good = json.dumps({"auth": {"login": LOGIN, "password": PASSWORD}}).encode()
    bad = json.dumps({"auth": {"login": LOGIN, "password": "wrong"}}).encode()
    one = f"{API}/invoices/{{id}}"
    checks: list[tuple[str, str, SandboxResponse]] = [
        (
            "POST",
            f"{API}/auth",
            call(sandbox, f"{API}/auth", method="POST", headers=login, body=good),
        ),
        (
            "POST",
            f"{API}/auth",
            call(sandbox, f"{API}/auth", method="POST", headers=login, body=bad),
        ),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices")),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"include": "account"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"page[number]": "99"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"page[size]": "1001"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"filter[x_eq]": "1"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"sort": "nope"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", {"include": "x"})),
        ("GET", f"{API}/invoices", call(sandbox, f"{API}/invoices", token="not-a-token")),
        ("GET", one, call(sandbox, f"{API}/invoices/{first}")),
        ("GET", one, call(sandbox, f"{API}/invoices/{first}", {"include": "account"})),
        ("GET", one, call(sandbox, f"{API}/invoices/abc")),
        ("GET", one, call(sandbox, f"{API}/invoices/{first.replace(first[:8], '00000000')}")),
        ("GET", one, call(sandbox, f"{API}/invoices/{first}", token="x.y.z")),
        ("GET", f"{one}/download", call(sandbox, f"{API}/invoices/{first}/download")),
        ("GET", f"{one}/download", call(sandbox, f"{API}/invoices/{no_pdf}/download")),
        ("GET", f"{one}/download", call(sandbox, f"{API}/invoices/abc/download")),
        ("GET", f"{one}/account", call(sandbox, f"{API}/invoices/{first}/account")),
        ("GET", f"{one}/account", call(sandbox, f"{API}/invoices/abc/account")),
        ("GET", f"{one}/account", call(sandbox, f"{API}/invoices/{no_pdf[:-1]}0/account")),
    ]
    for method, template, response in checks:
        assert_matches_spec(method, template, response)


def test_injected_faults_use_the_json_api_error_body(sandbox: YetiSandbox) -> None:
    for status in (429, 500, 503):
        response = sandbox.error(status, "injected")
        assert response.headers["content-type"] == "application/vnd.api+json"
        (error,) = document(response)["errors"]
        assert error["status"] == error["code"] == str(status)
    assert document(sandbox.error(401, "x")) == AUTH_FAILED


def test_filter_table_is_the_specs() -> None:
    operation = _operation("GET", f"{API}/invoices")
    keys = {
        p["name"][len("filter[") : -1]
        for p in operation["parameters"]
        if p["name"].startswith("filter[")
    }
    assert keys == set(FILTERS)
    assert len(keys) == 165  # the ransack table's 164 and filter[id]


# -- determinism and laziness -----------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_data() -> None:
    def snapshot(seed: int) -> tuple[bytes, bytes, bytes]:
        sandbox = YetiSandbox(size=50, seed=seed)
        first = sandbox.invoice_ids()[7]
        return (
            call(sandbox, f"{API}/invoices", {"include": "account", "page[size]": "20"}).body,
            call(sandbox, f"{API}/invoices/{first}", {"include": "account"}).body,
            call(sandbox, f"{API}/invoices/{first}/download").body,
        )

    assert snapshot(5) == snapshot(5)
    other = snapshot(6)
    for mine, theirs in zip(snapshot(5), other, strict=True):
        assert mine != theirs
    assert set(YetiSandbox(size=50, seed=5).invoice_ids()).isdisjoint(
        YetiSandbox(size=50, seed=6).invoice_ids()
    )


@pytest.fixture
def generated(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts invoices and accounts generated by sandboxes built after it."""
    counts: Counter[str] = Counter()
    invoice, account = YetiSandbox._invoice, YetiSandbox._build_account

    def counting_invoice(self: YetiSandbox, index: int) -> Any:
        counts["invoices"] += 1
        return invoice(self, index)

    def counting_account(self: YetiSandbox, index: int) -> Any:
        counts["accounts"] += 1
        return account(self, index)

    monkeypatch.setattr(YetiSandbox, "_invoice", counting_invoice)
    monkeypatch.setattr(YetiSandbox, "_build_account", counting_account)
    return counts


def test_100000_invoices_are_generated_only_when_requested(generated: Counter[str]) -> None:
    sandbox = YetiSandbox(size=100_000, seed=0)
    assert len(sandbox.invoice_ids()) == 100_000
    assert generated.total() == 0

    page = list_page(sandbox, size="50", include="account", sort="start_date,id", number="1000")
    assert page["meta"] == {"total-count": 100_000}
    assert len(page["data"]) == 50
    assert generated["invoices"] == 50
    assert generated["accounts"] == len(page["included"]) <= 50
    assert [item["id"] for item in page["data"]] == sandbox.invoice_ids()[49_950:50_000]

    generated.clear()
    newest = list_page(sandbox, size="10")  # default sort: newest first
    assert [item["id"] for item in newest["data"]] == sandbox.invoice_ids()[-1:-11:-1]
    assert generated["invoices"] == 10

    generated.clear()
    window = list_page(
        sandbox,
        size="25",
        **{"filter[start_date_gteq]": "2025-01-01", "filter[start_date_lt]": "2025-02-01"},
    )
    assert 0 < window["meta"]["total-count"] < 100_000
    assert generated["invoices"] == 25

    generated.clear()
    account = page["included"][0]["id"]
    mine = list_page(sandbox, size="5", **{"filter[account_id_eq]": account})
    assert 5 < mine["meta"]["total-count"] < 1000
    assert generated["invoices"] == 5

    generated.clear()
    one = sandbox.invoice_ids()[99_999]
    assert call(sandbox, f"{API}/invoices/{one}").status == 200
    assert generated["invoices"] == 1


# -- authentication ---------------------------------------------------------------------------


def login(
    sandbox: YetiSandbox, auth: Any, content_type: str = "application/json"
) -> SandboxResponse:
    body = json.dumps(auth).encode() if content_type == "application/json" else auth
    headers = {"content-type": content_type}
    return call(sandbox, f"{API}/auth", method="POST", headers=headers, body=body)


def claims(token: str) -> Any:
    header, payload, _ = token.split(".")
    assert json.loads(base64.urlsafe_b64decode(header + "==")) == {"alg": "HS256"}
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_login_mints_a_signed_expiring_jwt() -> None:
    clock = Clock()
    sandbox = YetiSandbox(size=3, seed=0, clock=clock)
    response = login(sandbox, {"auth": {"login": LOGIN, "password": PASSWORD}})
    assert response.status == 201
    assert response.headers["content-type"] == "application/json"
    token = document(response)["jwt"]
    assert claims(token) == {"aud": ["customer-v1"], "sub": 31, "exp": int(clock.now) + 600}
    assert call(sandbox, f"{API}/invoices", token=token).status == 200
    assert call(sandbox, f"{API}/invoices", token=f"Bearer {token}").status == 200
    clock.now += 599
    assert call(sandbox, f"{API}/invoices", token=token).status == 200
    clock.now += 1
    expired = call(sandbox, f"{API}/invoices", token=token)
    assert expired.status == 401
    assert expired.headers["content-type"] == "application/vnd.api+json"
    assert document(expired) == AUTH_FAILED


def test_login_accepts_a_form_and_can_set_the_session_cookie() -> None:
    sandbox = YetiSandbox(size=3, seed=0, clock=Clock())
    form = urllib.parse.urlencode({"auth[login]": LOGIN, "auth[password]": PASSWORD}).encode()
    assert login(sandbox, form, "application/x-www-form-urlencoded").status == 201
    response = login(sandbox, {"auth": {"login": LOGIN, "password": PASSWORD, "cookie_auth": True}})
    assert response.status == 201
    assert response.body == b""
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("_yeti_customer_v1_session=ey")
    assert cookie.endswith("; httponly")
    token = cookie.split(";")[0].split("=", 1)[1]
    # Without an Authorization header the cookie is used, and refreshed.
    request = SandboxRequest(
        "GET",
        f"{API}/invoices",
        (),
        {"cookie": f"_yeti_customer_v1_session={token}"},
        base_url=BASE,
    )
    answer = sandbox.handle(request)
    assert answer.status == 200
    assert answer.headers["set-cookie"].startswith("_yeti_customer_v1_session=ey")
    # GET /auth answers its 401 as plain JSON, like yeti-web's AuthController.
    shown = sandbox.handle(SandboxRequest("GET", f"{API}/auth", (), {}, base_url=BASE))
    assert shown.status == 401
    assert shown.headers["content-type"] == "application/json"
    assert document(shown) == AUTH_FAILED


@pytest.mark.parametrize(
    ("auth", "status"),
    [
        ({"auth": {"login": LOGIN, "password": "wrong"}}, 401),
        ({"auth": {"login": "someone", "password": PASSWORD}}, 401),
        ({"auth": {"login": LOGIN}}, 401),
        ({"login": LOGIN, "password": PASSWORD}, 400),
        ({"auth": {}}, 400),
    ],
)
def test_bad_logins_answer_as_yeti_does(auth: Any, status: int) -> None:
    response = login(YetiSandbox(size=3, seed=0), auth)
    assert response.status == status
    assert response.headers["content-type"] == "application/json"
    if status == 401:
        assert document(response) == {
            "errors": [
                {
                    "title": "Authentication failed",
                    "detail": "Incorrect login or password.",
                    "code": "401",
                    "status": "401",
                }
            ]
        }
    else:
        assert document(response) == {"status": 400, "error": "Bad Request"}


def _forged(sandbox: YetiSandbox, change: str) -> str:
    token = sandbox.issue_token()
    header, payload, signature = token.split(".")
    if change == "signature":
        return f"{header}.{payload}.{signature[:-2]}AA"
    if change == "payload":
        raw = claims(token) | {"sub": 1}
        forged = base64.urlsafe_b64encode(json.dumps(raw).encode()).rstrip(b"=").decode()
        return f"{header}.{forged}.{signature}"
    if change == "alg-none":
        none = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
        return f"{none}.{payload}."
    if change == "audience":
        return sandbox.issue_token(audience="admin")
    if change == "expired":
        return sandbox.issue_token(lifetime=-1)
    if change == "other-seed":
        return YetiSandbox(size=3, seed=1).issue_token()
    if change == "unknown-user":
        return sandbox.issue_token(sub=32)
    return change


@pytest.mark.parametrize(
    "token",
    [
        "signature",
        "payload",
        "alg-none",
        "audience",
        "expired",
        "other-seed",
        "unknown-user",
        "garbage",
        "a.b.c",
        "Bearer",
    ],
)
def test_tokens_the_server_would_reject(token: str) -> None:
    sandbox = YetiSandbox(size=3, seed=0)
    response = call(sandbox, f"{API}/invoices", token=_forged(sandbox, token))
    assert response.status == 401
    assert document(response) == AUTH_FAILED


def test_a_missing_token_is_401_on_every_route(sandbox: YetiSandbox) -> None:
    first = sandbox.invoice_ids()[0]
    for path in (
        "/invoices",
        f"/invoices/{first}",
        f"/invoices/{first}/download",
        f"/invoices/{first}/account",
    ):
        request = SandboxRequest("GET", API + path, (), {}, base_url=BASE)
        response = sandbox.handle(request)
        assert response.status == 401, path
        assert document(response) == AUTH_FAILED


def test_tokens_without_expiry_are_accepted() -> None:
    clock = Clock()
    sandbox = YetiSandbox(size=3, seed=0, clock=clock, token_lifetime=None)
    token = document(login(sandbox, {"auth": {"login": LOGIN, "password": PASSWORD}}))["jwt"]
    assert "exp" not in claims(token)
    clock.now += 10**6
    assert call(sandbox, f"{API}/invoices", token=token).status == 200


# -- paging, order, links ---------------------------------------------------------------------


def test_pages_cross_the_whole_list_oldest_first(sandbox: YetiSandbox) -> None:
    seen: list[str] = []
    number = 1
    while True:
        page = list_page(sandbox, size="7", number=str(number), sort="start_date,id")
        assert page["meta"] == {"total-count": 200}
        seen += [item["id"] for item in page["data"]]
        if "next" not in page["links"]:
            break
        number += 1
    assert number == 29
    assert seen == list(sandbox.invoice_ids())
    assert len(set(seen)) == 200
    beyond = list_page(sandbox, size="7", number="30")
    assert beyond["data"] == []
    assert "next" not in beyond["links"]


def test_default_order_is_newest_first(
    sandbox: YetiSandbox, invoices: list[dict[str, Any]]
) -> None:
    newest = list_page(sandbox, size="1000")["data"]
    assert newest == invoices[::-1]
    starts = [instant(item["attributes"]["start-date"]) for item in invoices]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


def test_links_are_absolute_and_encoded_like_jsonapi_resources(sandbox: YetiSandbox) -> None:
    page = list_page(
        sandbox,
        size="20",
        number="2",
        sort="start_date,id",
        include="account",
        **{"filter[start_date_gteq]": "2024-02-01T00:00:00Z"},
    )
    url = f"{BASE}{API}/invoices?"
    carried = "filter%5Bstart_date_gteq%5D=2024-02-01T00%3A00%3A00Z&include=account&"

    def link(number: int) -> str:
        return f"{url}{carried}page%5Bnumber%5D={number}&page%5Bsize%5D=20&sort=start_date%2Cid"

    total = page["meta"]["total-count"]
    last = -(-total // 20)
    assert page["links"] == {"first": link(1), "prev": link(1), "next": link(3), "last": link(last)}
    first = list_page(sandbox, size="20")
    assert set(first["links"]) == {"first", "next", "last"}
    assert first["links"]["first"] == f"{url}page%5Bnumber%5D=1&page%5Bsize%5D=20"


def test_default_page_size_is_50_and_empty_results_link_page_1(sandbox: YetiSandbox) -> None:
    page = list_page(sandbox)
    assert len(page["data"]) == 50
    empty = list_page(sandbox, **{"filter[start_date_lt]": "2000-01-01"})
    assert empty["data"] == []
    assert empty["meta"] == {"total-count": 0}
    assert set(empty["links"]) == {"first", "last"}
    assert empty["links"]["last"].endswith("page%5Bnumber%5D=1&page%5Bsize%5D=50")
    assert "included" not in list_page(
        sandbox, include="account", **{"filter[start_date_lt]": "2000-01-01"}
    )


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ({"page[size]": "1001"}, "size exceeds maximum page size of 1000."),
        ({"page[size]": "0"}, "0 is not a valid value for size page parameter."),
        ({"page[size]": "many"}, "0 is not a valid value for size page parameter."),
        ({"page[number]": "0"}, "0 is not a valid value for number page parameter."),
        (
            {"page[number]": "-3", "page[size]": "5"},
            "-3 is not a valid value for number page parameter.",
        ),
    ],
)
def test_page_values_out_of_range_are_code_118(
    sandbox: YetiSandbox, query: dict[str, str], detail: str
) -> None:
    response = call(sandbox, f"{API}/invoices", query)
    assert response.status == 400
    assert document(response) == {
        "errors": [
            {"title": "Invalid page value", "detail": detail, "code": "118", "status": "400"}
        ]
    }


def test_sorting(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    by_amount = list_page(sandbox, size="1000", sort="-amount-spent,start_date")["data"]
    amounts = [Decimal(item["attributes"]["amount-spent"]) for item in by_amount]
    assert amounts == sorted(amounts, reverse=True)
    by_id = list_page(sandbox, size="1000", sort="id")["data"]
    assert [item["id"] for item in by_id] == sorted(item["id"] for item in invoices)
    assert list_page(sandbox, size="1000", sort="start-date")["data"] == invoices
    for bad in ("nope", "has-pdf", "-account", "start_date,foo"):
        response = call(sandbox, f"{API}/invoices", {"sort": bad})
        assert response.status == 400
        (error,) = document(response)["errors"]
        assert (error["code"], error["title"]) == ("114", "Invalid sort criteria")


def test_parameter_errors_pile_up_as_in_jsonapi_resources(sandbox: YetiSandbox) -> None:
    response = call(
        sandbox,
        f"{API}/invoices",
        {"include": "accounts", "filter[due_date_lt]": "x", "page[size]": "5000"},
    )
    assert [e["code"] for e in document(response)["errors"]] == ["112", "102", "118"]
    # A bad sort raises at once, dropping what was collected before it.
    response = call(sandbox, f"{API}/invoices", {"filter[due_date_lt]": "x", "sort": "nope"})
    assert [e["code"] for e in document(response)["errors"]] == ["114"]


def test_sparse_fieldsets(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    page = list_page(
        sandbox,
        size="3",
        sort="start_date",
        include="account",
        **{"fields[invoices]": "reference,amount-spent", "fields[accounts]": "currency"},
    )
    item = page["data"][0]
    assert item["attributes"] == {
        "reference": invoices[0]["attributes"]["reference"],
        "amount-spent": invoices[0]["attributes"]["amount-spent"],
    }
    assert "relationships" not in item
    assert all(set(account["attributes"]) == {"currency"} for account in page["included"])
    bad = call(sandbox, f"{API}/invoices", {"fields[invoices]": "start_date"})
    assert document(bad)["errors"][0]["detail"] == "start_date is not a valid field for invoices."


def test_accept_header_other_than_json_api_is_406(sandbox: YetiSandbox) -> None:
    assert call(sandbox, f"{API}/invoices", headers={"accept": "*/*"}).status == 200
    response = call(sandbox, f"{API}/invoices", headers={"accept": "application/json"})
    assert response.status == 406
    assert document(response)["errors"][0]["code"] == "406"


# -- filters ----------------------------------------------------------------------------------


def ids(sandbox: YetiSandbox, **filters: str) -> list[str]:
    query = {f"filter[{name}]": value for name, value in filters.items()}
    page = list_page(sandbox, size="1000", sort="start_date,id", **query)
    assert page["meta"]["total-count"] == len(page["data"])
    return [item["id"] for item in page["data"]]


def where(invoices: list[dict[str, Any]], test: Any) -> list[str]:
    return [item["id"] for item in invoices if test(item["attributes"], item)]


def test_start_and_end_date_filters(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    since, until = dt.datetime(2024, 4, 1, tzinfo=dt.UTC), dt.datetime(2024, 7, 1, tzinfo=dt.UTC)
    assert ids(
        sandbox, start_date_gteq="2024-04-01T00:00:00Z", start_date_lt="2024-07-01T00:00:00Z"
    ) == where(invoices, lambda a, _: since <= instant(a["start-date"]) < until)
    assert ids(sandbox, **{"start-date_gt": "2024-04-01T00:00:00Z"}) == where(
        invoices, lambda a, _: instant(a["start-date"]) > since
    )
    assert ids(sandbox, end_date_lteq="2024-07-01T00:30:00Z", end_date_gt="2024-04-01") == where(
        invoices, lambda a, _: since < instant(a["end-date"]) <= until + dt.timedelta(minutes=30)
    )
    first = invoices[0]["attributes"]["start-date"]
    assert ids(sandbox, start_date_eq=first) == [invoices[0]["id"]]
    assert len(ids(sandbox, start_date_not_eq=first)) == 199
    assert ids(sandbox, originated_first_call_at_lt="2024-01-03") == where(
        invoices,
        lambda a, _: (
            a["originated-first-call-at"] is not None
            and instant(a["originated-first-call-at"]) < dt.datetime(2024, 1, 3, tzinfo=dt.UTC)
        ),
    )


def test_date_filters_at_the_ends_of_time(sandbox: YetiSandbox) -> None:
    assert len(ids(sandbox, end_date_gteq="0001-01-01T00:00:00Z")) == 200
    assert ids(sandbox, start_date_gt="9999-12-31T23:59:59.999999Z") == []
    assert ids(sandbox, start_date_lt="0001-01-01T00:00:00Z") == []
    too_early = call(
        sandbox, f"{API}/invoices", {"filter[start_date_eq]": "0001-01-01T00:00:00+01:00"}
    )
    assert document(too_early)["errors"][0]["code"] == "107"


def test_account_filters(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    page = list_page(sandbox, size="1000", sort="start_date", include="account")
    account_of = {
        item["id"]: item["relationships"]["account"]["data"]["id"] for item in page["data"]
    }
    accounts = sorted(set(account_of.values()))
    assert len(accounts) >= 3
    one, two = accounts[0], accounts[1]
    assert ids(sandbox, account_id_eq=one) == [i for i in account_of if account_of[i] == one]
    assert ids(sandbox, account_id_in=f"{one},{two.upper()}") == [
        i for i in account_of if account_of[i] in {one, two}
    ]
    assert ids(sandbox, account_id_not_eq=one) == [i for i in account_of if account_of[i] != one]
    both = ids(sandbox, account_id_eq=one, start_date_gteq="2024-06-01")
    assert both == [
        i
        for i in ids(sandbox, account_id_eq=one)
        if i in ids(sandbox, start_date_gteq="2024-06-01")
    ]
    # Like Yeti: an account UUID that resolves to no account leaves the condition out.
    assert len(ids(sandbox, account_id_eq="7a0f3b2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b")) == 200


def test_reference_and_number_filters(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    reference = invoices[42]["attributes"]["reference"]
    assert ids(sandbox, reference_eq=reference) == [invoices[42]["id"]]
    assert ids(sandbox, reference_eq="no-such-reference") == []
    assert ids(sandbox, reference_cont="inv-") == where(
        invoices, lambda a, _: "INV-" in a["reference"]
    )
    assert ids(sandbox, reference_in=f"{reference},x") == [invoices[42]["id"]]
    assert ids(sandbox, amount_spent_gt="500") == where(
        invoices, lambda a, _: Decimal(a["amount-spent"]) > 500
    )
    assert ids(sandbox, service_transactions_count_gteq="2") == where(
        invoices, lambda a, _: a["service-transactions-count"] >= 2
    )
    assert ids(sandbox, terminated_calls_count_in="0") == where(
        invoices, lambda a, _: a["terminated-calls-count"] == 0
    )


@pytest.mark.parametrize(
    ("key", "value", "code", "title", "detail"),
    [
        ("due_date_lt", "2024-01-01", "102", "Filter not allowed", "due_date_lt is not allowed."),
        ("status_eq", "paid", "102", "Filter not allowed", "status_eq is not allowed."),
        ("account_id_gt", "x", "102", "Filter not allowed", "account_id_gt is not allowed."),
        (
            "reference_eq",
            "1,2",
            "107",
            "Invalid filter value",
            "1,2 is not a valid value for reference_eq.",
        ),
        (
            "reference_eq",
            "",
            "107",
            "Invalid filter value",
            " is not a valid value for reference_eq.",
        ),
        (
            "start_date_gteq",
            "yesterday",
            "107",
            "Invalid filter value",
            "yesterday is not a valid value for start_date_gteq.",
        ),
    ],
)
def test_filter_errors(
    sandbox: YetiSandbox, key: str, value: str, code: str, title: str, detail: str
) -> None:
    response = call(sandbox, f"{API}/invoices", {f"filter[{key}]": value})
    assert response.status == 400
    assert response.headers["content-type"] == "application/vnd.api+json"
    assert document(response) == {
        "errors": [{"title": title, "detail": detail, "code": code, "status": "400"}]
    }


# -- single invoices, accounts, PDFs -------------------------------------------------------------


def test_show_include_and_related_account(
    sandbox: YetiSandbox, invoices: list[dict[str, Any]]
) -> None:
    first = invoices[0]["id"]
    plain = document(call(sandbox, f"{API}/invoices/{first}"))
    assert plain == {"data": invoices[0]}
    assert "data" not in plain["data"]["relationships"]["account"]
    full = document(call(sandbox, f"{API}/invoices/{first.upper()}", {"include": "account"}))
    linkage = full["data"]["relationships"]["account"]["data"]
    (account,) = full["included"]
    assert linkage == {"type": "accounts", "id": account["id"]}
    assert account["attributes"]["currency"] in {"USD", "EUR", "GBP"}
    related = document(call(sandbox, f"{API}/invoices/{first}/account"))
    assert related == {"data": account}
    assert document(call(sandbox, f"{API}/accounts/{account['id']}")) == {"data": account}
    assert (
        document(call(sandbox, f"{API}/invoices/{first}/relationships/account"))["data"] == linkage
    )


@pytest.mark.parametrize("suffix", ["", "/account", "/download"])
def test_unknown_and_malformed_ids(sandbox: YetiSandbox, suffix: str) -> None:
    unknown = "7a0f3b2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b"
    response = call(sandbox, f"{API}/invoices/{unknown}{suffix}")
    assert response.status == 404
    assert response.headers["content-type"] == "application/vnd.api+json"
    assert document(response) == {
        "errors": [
            {
                "title": "Record not found",
                "detail": f"The record identified by {unknown} could not be found.",
                "code": "404",
                "status": "404",
            }
        ]
    }
    malformed = call(sandbox, f"{API}/invoices/abc{suffix}")
    assert malformed.status == 400
    assert document(malformed)["errors"][0] == {
        "title": "Invalid field value",
        "detail": "abc is not a valid value for id.",
        "code": "103",
        "status": "400",
    }


def test_download_serves_the_pdf_or_an_empty_404(
    sandbox: YetiSandbox, invoices: list[dict[str, Any]]
) -> None:
    with_pdf = next(item for item in invoices if item["attributes"]["has-pdf"])
    without = next(item for item in invoices if not item["attributes"]["has-pdf"])
    response = call(sandbox, f"{API}/invoices/{with_pdf['id']}/download")
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith('attachment; filename="')
    assert response.body.startswith(b"%PDF-")
    assert with_pdf["attributes"]["reference"].encode() in response.body
    missing = call(sandbox, f"{API}/invoices/{without['id']}/download")
    assert (missing.status, missing.body, dict(missing.headers)) == (404, b"", {})


# -- the data ---------------------------------------------------------------------------------


def test_generated_invoices_are_consistent(
    sandbox: YetiSandbox, invoices: list[dict[str, Any]]
) -> None:
    page = list_page(sandbox, size="1000", sort="start_date", include="account")
    currency = {account["id"]: account["attributes"]["currency"] for account in page["included"]}
    assert set(currency.values()) == {"USD", "EUR", "GBP"}
    periods: dict[str, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for item in page["data"]:
        a = item["attributes"]
        start, end = instant(a["start-date"]), instant(a["end-date"])
        assert start < end
        assert (end - start).days in {7, 28, 29, 30, 31}
        periods[item["relationships"]["account"]["data"]["id"]].append((start, end))
        parts = [
            Decimal(a[f"{kind}-amount-spent"]) for kind in ("originated", "terminated", "services")
        ]
        assert Decimal(a["amount-spent"]) == sum(parts)
        for text in (
            a["amount-spent"],
            *(a[f"{k}-amount-spent"] for k in ("originated", "terminated", "services")),
        ):
            assert "." in text
            assert not (text.endswith("0") and not text.endswith(".0"))
        for kind in ("originated", "terminated"):
            calls, ok = a[f"{kind}-calls-count"], a[f"{kind}-successful-calls-count"]
            assert 0 <= ok <= calls
            assert a[f"{kind}-billing-duration"] >= a[f"{kind}-calls-duration"] >= 0
            first, last = a[f"{kind}-first-call-at"], a[f"{kind}-last-call-at"]
            if calls == 0:
                assert first is last is None
                assert a[f"{kind}-amount-spent"] == "0.0"
            else:
                assert start <= instant(first) <= instant(last) < end
    for spans in periods.values():  # consecutive periods per account
        assert all(previous[1] == following[0] for previous, following in itertools.pairwise(spans))
    kinds = {(p[0][1] - p[0][0]).days == 7 for p in periods.values()}
    assert kinds == {True, False}  # weekly and monthly accounts
    assert {item["attributes"]["has-pdf"] for item in invoices} == {True, False}
    assert any(item["attributes"]["terminated-calls-count"] for item in invoices)
    assert any(item["attributes"]["service-transactions-count"] for item in invoices)
    assert (
        len(
            {
                Decimal(item["attributes"]["originated-amount-spent"]).as_tuple().exponent
                for item in invoices
            }
        )
        > 2
    )


# -- through a real server with invoicekit.connect ----------------------------------------------


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["yeti"], size=60, seed=3) as running:
        yield running


def test_connect_logs_in_and_lists_every_invoice_once(server: SandboxServer) -> None:
    assert server.credentials("yeti") == {"login": "sandbox", "password": "sandbox-yeti-password"}
    expected = list(server.app.sandbox("yeti").invoice_ids())
    with server.connect("yeti") as client:
        listed = list(client.list_invoices(page_size=7))
    assert [invoice.id for invoice in listed] == expected  # oldest first, across 9 pages
    assert {invoice.currency for invoice in listed} == {"USD", "EUR", "GBP"}
    assert all(invoice.totals.gross is not None for invoice in listed)


def test_connect_get_native_filter_and_pdf(server: SandboxServer) -> None:
    sandbox = server.app.sandbox("yeti")
    assert isinstance(sandbox, YetiSandbox)
    with server.connect("yeti") as client:
        listed = list(
            client.list_invoices(native={"filter[start_date_gteq]": "2024-03-01T00:00:00Z"})
        )
        assert listed
        assert all(invoice.period_start >= dt.date(2024, 3, 1) for invoice in listed)
        assert len(listed) < 60
        fetched = client.get_invoice(listed[0].id)
        assert fetched.totals == listed[0].totals
        assert fetched.buyer == listed[0].buyer
        with_pdf = next(invoice for invoice in listed if invoice.extra["has_pdf"])
        pdf = client.download_pdf(with_pdf.id)
        assert pdf == call(sandbox, f"{API}/invoices/{with_pdf.id}/download").body
        assert with_pdf.pdf_url is not None
        assert with_pdf.pdf_url.startswith(server.url)
        without = next(invoice for invoice in listed if not invoice.extra["has_pdf"])
        with pytest.raises(invoicekit.NotFound):
            client.download_pdf(without.id)
        with pytest.raises(invoicekit.NotFound) as caught:
            client.get_invoice("7a0f3b2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b")
        assert caught.value.code == "404"
        with pytest.raises(invoicekit.VendorError) as bad_filter:
            list(client.list_invoices(native={"filter[reference_eq]": "1,2"}))
        assert bad_filter.value.code == "107"


def test_connect_auth_failures(server: SandboxServer) -> None:
    with (
        server.connect("yeti", password="not-the-password") as client,
        pytest.raises(invoicekit.AuthenticationError) as caught,
    ):
        next(iter(client.list_invoices()))
    assert caught.value.code == "401"
    assert "Incorrect login or password" in str(caught.value)
    with (
        invoicekit.connect(
            "yeti", base_url=server.base_url("yeti"), token="forged.token.here"
        ) as client,
        pytest.raises(invoicekit.AuthenticationError) as rejected,
    ):
        client.get_invoice(server.app.sandbox("yeti").invoice_ids()[0])
    assert "Authorization failed" in str(rejected.value)
    sandbox = server.app.sandbox("yeti")
    assert isinstance(sandbox, YetiSandbox)
    with invoicekit.connect(
        "yeti", base_url=server.base_url("yeti"), token=sandbox.issue_token()
    ) as client:
        assert client.get_invoice(sandbox.invoice_ids()[0]).vendor == "yeti"


def test_raw_http_errors_and_page_limit(server: SandboxServer) -> None:
    base = server.base_url("yeti") + API
    with httpx.Client() as http:
        unauthorized = http.get(f"{base}/invoices")
        assert unauthorized.status_code == 401
        assert unauthorized.headers["content-type"] == "application/vnd.api+json"
        assert unauthorized.json() == AUTH_FAILED
        token = http.post(
            f"{base}/auth", json={"auth": {"login": LOGIN, "password": PASSWORD}}
        ).json()["jwt"]
        too_big = http.get(
            f"{base}/invoices", params={"page[size]": "5000"}, headers={"Authorization": token}
        )
        assert too_big.status_code == 400
        assert too_big.json()["errors"][0]["code"] == "118"
        page = http.get(
            f"{base}/invoices",
            params={"page[size]": "2"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert page.status_code == 200
        assert page.json()["links"]["next"].startswith(f"{base}/invoices?page%5Bnumber%5D=2")
        assert YetiVendor().parse_error(too_big).code == "118"


# -- the small routes and filter[id], through the generated client -------------------------------


def test_the_primary_key_filter(sandbox: YetiSandbox, invoices: list[dict[str, Any]]) -> None:
    first, second, third = (item["id"] for item in invoices[:3])
    assert ids(sandbox, id=first) == [first]
    assert ids(sandbox, id=f"{third},{first.upper()}") == [first, third]  # in the sort's order
    reference = invoices[1]["attributes"]["reference"]
    assert ids(sandbox, id=f"{first},{second}", reference_eq=reference) == [second]
    assert ids(
        sandbox, id=f"{first},{second}", start_date_gt=invoices[0]["attributes"]["start-date"]
    ) == [second]
    assert ids(sandbox, id="7a0f3b2e-1c4d-4e5f-8a9b-0c1d2e3f4a5b") == []  # no such invoice
    bad = call(sandbox, f"{API}/invoices", {"filter[id]": f"{first},nope"})
    assert bad.status == 400
    (error,) = document(bad)["errors"]
    assert (error["code"], error["detail"]) == ("103", "nope is not a valid value for id.")


def _send(client: httpx.Client, endpoint: Any, **arguments: Any) -> tuple[httpx.Response, Any]:
    """One request built by a generated endpoint module, and its parsed answer."""
    response = client.request(**endpoint.build_request(**arguments))
    return response, endpoint.parse_response(response)


def _generated_client(server: SandboxServer) -> httpx.Client:
    from invoicekit_yeti_client.api.auth import login
    from invoicekit_yeti_client.models import AuthCredentials, AuthRequest, AuthResponse

    base = server.base_url("yeti")
    credentials = AuthCredentials(login=LOGIN, password=PASSWORD)
    with httpx.Client(base_url=base) as anonymous:
        _, answer = _send(anonymous, login, body=AuthRequest(auth=credentials))
    assert isinstance(answer, AuthResponse)
    return httpx.Client(base_url=base, headers={"Authorization": answer.jwt})


def test_auth_show_and_logout_through_the_generated_client(server: SandboxServer) -> None:
    from invoicekit_yeti_client.api.auth import logout, show_auth
    from invoicekit_yeti_client.models import AuthShowResponse, ErrorDocument

    with _generated_client(server) as client:
        _, shown = _send(client, show_auth)
    assert isinstance(shown, AuthShowResponse)
    assert shown.allow_rec is False
    base = server.base_url("yeti")
    with httpx.Client(base_url=base, headers={"Authorization": "x.y.z"}) as forged:
        refused, parsed = _send(forged, show_auth)
    assert refused.status_code == 401
    assert isinstance(parsed, ErrorDocument)
    with httpx.Client(base_url=base) as anonymous:
        out, _ = _send(anonymous, logout)
    assert out.status_code == 204
    assert "logout" in out.headers["set-cookie"]
    assert "1970" in out.headers["set-cookie"]


def test_the_account_relationship_through_the_generated_client(server: SandboxServer) -> None:
    import uuid

    from invoicekit_yeti_client.api.invoices import get_invoice, get_invoice_account_relationship
    from invoicekit_yeti_client.models import (
        AccountRelationshipDocument,
        ErrorDocument,
        InvoiceDocument,
        InvoiceInclude,
    )

    invoice_id = server.app.sandbox("yeti").invoice_ids()[5]
    with _generated_client(server) as client:
        _, linkage = _send(client, get_invoice_account_relationship, id=uuid.UUID(invoice_id))
        _, shown = _send(
            client, get_invoice, id=uuid.UUID(invoice_id), include=InvoiceInclude.ACCOUNT
        )
        missing, missing_parsed = _send(client, get_invoice_account_relationship, id=uuid.uuid4())
    assert isinstance(linkage, AccountRelationshipDocument)
    assert linkage.data is not None
    assert linkage.links.self_.endswith(f"/invoices/{invoice_id}/relationships/account")
    assert linkage.links.related.endswith(f"/invoices/{invoice_id}/account")
    assert isinstance(shown, InvoiceDocument)
    related = shown.data.relationships.account.data  # type: ignore[union-attr]
    assert (linkage.data.type_, linkage.data.id) == (related.type_, related.id)
    assert missing.status_code == 404
    assert isinstance(missing_parsed, ErrorDocument)
