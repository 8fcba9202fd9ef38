"""The spec engine's cursor paging, JSON:API page links, credentials and nested error bodies."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping

import pytest

from invoicekit.sandbox import (
    ApiSpec,
    Handler,
    LazySequence,
    Operation,
    Page,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    cursor_page,
    error_body,
    integer_bounds,
    jwt_decode,
    jwt_encode,
    page_links,
    page_numbers,
)

# -- cursor paging ------------------------------------------------------------------------


def test_cursor_pages_walk_forwards_and_backwards_with_has_more() -> None:
    items = range(10)
    assert cursor_page(items, limit=3) == cursor_page(items, limit=3, after=None)
    first = cursor_page(items, limit=3)
    assert (first.indexes, first.has_more) == ([0, 1, 2], True)
    after = cursor_page(items, limit=3, after=7)
    assert (after.indexes, after.has_more) == ([8, 9], False)
    before = cursor_page(items, limit=3, before=5)
    assert (before.indexes, before.has_more) == ([2, 3, 4], True)
    head = cursor_page(items, limit=3, before=3)
    assert (head.indexes, head.has_more) == ([0, 1, 2], False)
    assert cursor_page(items, limit=3, before=0) == cursor_page(range(0), limit=3)


def test_cursors_need_not_be_candidates_and_keep_filters() -> None:
    window = range(20, 40)
    page = cursor_page(window, limit=2, after=5, keep=lambda i: i % 5 == 0)
    assert (page.indexes, page.has_more) == ([20, 25], True)
    page = cursor_page(window, limit=2, before=99, keep=lambda i: i % 5 == 0)
    assert (page.indexes, page.has_more) == ([30, 35], True)
    page = cursor_page(window, limit=5, before=31, keep=lambda i: i % 5 == 0)
    assert (page.indexes, page.has_more) == ([20, 25, 30], False)


def test_a_cursor_page_reads_only_what_it_shows() -> None:
    read: list[int] = []
    lazy = LazySequence(100_000, lambda i: read.append(i) or i)
    page = cursor_page(lazy, limit=10, after=50_000)
    assert page.indexes == list(range(50_001, 50_011))
    assert page.has_more
    assert len(read) < 100  # the bisection and the page, never the list


def test_cursor_paging_refuses_two_cursors_and_empty_pages() -> None:
    with pytest.raises(ValueError, match="only one"):
        cursor_page(range(5), limit=2, after=1, before=3)
    with pytest.raises(ValueError, match="limit"):
        cursor_page(range(5), limit=0)


# -- page links ---------------------------------------------------------------------------


def test_page_links_name_first_prev_next_and_last() -> None:
    def link(number: int) -> str:
        return f"/invoices?page={number}"

    middle = page_numbers(range(25), page=2, size=10)
    assert page_links(middle, 2, link) == {
        "first": "/invoices?page=1",
        "prev": "/invoices?page=1",
        "next": "/invoices?page=3",
        "last": "/invoices?page=3",
    }
    assert list(page_links(page_numbers(range(25), page=3, size=10), 3, link)) == [
        "first",
        "prev",
        "last",
    ]
    empty = page_links(Page([], 0, 1), 1, link)
    assert empty == {"first": "/invoices?page=1", "last": "/invoices?page=1"}


# -- credentials --------------------------------------------------------------------------

_SPEC = ApiSpec(
    {
        "paths": {
            "/a": {
                "get": {
                    "operationId": "a",
                    "security": [{"key": []}, {"session": []}, {"token": []}],
                    "responses": {},
                },
                "post": {"operationId": "login", "security": [], "responses": {}},
            },
            "/b": {"get": {"operationId": "b", "responses": {}}},
        },
        "security": [{"bearer": []}, {"basic": []}],
        "components": {
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "basic": {"type": "http", "scheme": "basic"},
                "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "session": {"type": "apiKey", "in": "cookie", "name": "sid"},
                "token": {"type": "apiKey", "in": "query", "name": "token"},
            }
        },
    }
)


class _Guarded(SpecSandbox):
    """Marks the handlers `guard` wraps, to see which operations the spec secures."""

    vendor = "test"

    @property
    def spec(self) -> ApiSpec:
        return _SPEC

    def handlers(self) -> Mapping[str, Handler]:
        def answer(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            return SandboxResponse(200, b"open")

        return {"a": answer, "login": answer, "b": answer}

    def guard(self, operation: Operation, handler: Handler) -> Handler:
        def guarded(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
            return SandboxResponse(200, f"guarded {operation.operation_id}".encode())

        return guarded


def _request(
    method: str, path: str, headers: dict[str, str], *query: tuple[str, str]
) -> SandboxRequest:
    return SandboxRequest(method, path, query=query, headers=headers)


def test_guard_wraps_every_operation_the_spec_secures_and_no_other() -> None:
    sandbox = _Guarded()
    answers = {
        (method, path): sandbox.router.dispatch(_request(method, path, {})).body
        for method, path in (("GET", "/a"), ("POST", "/a"), ("GET", "/b"))
    }
    assert answers == {
        ("GET", "/a"): b"guarded a",
        ("POST", "/a"): b"open",  # security: []
        ("GET", "/b"): b"guarded b",  # the document's default security
    }


def test_presented_names_each_scheme_the_operation_accepts() -> None:
    sandbox = _Guarded()
    basic = base64.b64encode(b"user:pw").decode()
    assert sandbox.presented(_request("GET", "/b", {"authorization": "Bearer tok"}), "b") == {
        "bearer": "tok"
    }
    assert sandbox.presented(_request("GET", "/b", {"authorization": f"Basic {basic}"}), "b") == {
        "basic": "user:pw"
    }
    headers = {"x-key": "k", "cookie": "other=1; sid=s1"}
    assert sandbox.presented(_request("GET", "/a", headers, ("token", "q")), "a") == {
        "key": "k",
        "session": "s1",
        "token": "q",
    }
    assert sandbox.presented(_request("GET", "/a", {}), "a") == {}


# -- error bodies -------------------------------------------------------------------------


def test_a_required_object_is_filled_as_an_error_body_of_its_own() -> None:
    spec = ApiSpec(
        {
            "components": {
                "schemas": {
                    "Envelope": {
                        "type": "object",
                        "required": ["error"],
                        "properties": {
                            "error": {"$ref": "#/components/schemas/Error"},
                            "extra": {"type": "object"},
                        },
                    },
                    "Error": {
                        "type": "object",
                        "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
                    },
                }
            }
        }
    )
    body = error_body(
        spec, {"$ref": "#/components/schemas/Envelope"}, 429, "slow down", {"type": "rate"}
    )
    assert body == {"error": {"type": "rate", "message": "slow down"}}


# -- range parameters ---------------------------------------------------------------------


def test_integer_bounds_turn_bracketed_ranges_into_inclusive_ones() -> None:
    assert integer_bounds({}, "created") == (None, None)
    values = {"created[gt]": 10, "created[gte]": 5, "created[lt]": 20, "due[lte]": 3}
    assert integer_bounds(values, "created") == (11, 19)
    assert integer_bounds(values, "due") == (None, 3)
    assert integer_bounds(values, "created", exact=15) == (15, 15)
    assert integer_bounds(values, "created", exact=30) == (30, 19)  # crossed: nothing
    assert integer_bounds({"created[gte]": None}, "created") == (None, None)


# -- JWT ----------------------------------------------------------------------------------


def test_jwts_round_trip_and_refuse_forgeries() -> None:
    secret = b"s" * 32
    token = jwt_encode({"sub": 31, "aud": ["x"]}, secret)
    assert jwt_decode(token, secret) == {"sub": 31, "aud": ["x"]}
    head, _, signature = token.split(".")
    assert base64.urlsafe_b64decode(head + "==") == b'{"alg":"HS256","typ":"JWT"}'
    ruby = jwt_encode({"sub": 1}, secret, header={"alg": "HS256"})
    assert base64.urlsafe_b64decode(ruby.split(".")[0] + "==") == b'{"alg":"HS256"}'
    assert jwt_decode(token, b"other") is None
    unsigned = jwt_encode({"sub": 31}, secret, header={"alg": "none"})
    assert jwt_decode(unsigned, secret) is None
    forged = base64.urlsafe_b64encode(b"[1]").rstrip(b"=").decode()
    assert jwt_decode(f"{head}.{forged}.{signature}", secret) is None  # signature
    mac = hmac.new(secret, f"{head}.{forged}".encode(), hashlib.sha256).digest()
    array = f"{head}.{forged}.{base64.urlsafe_b64encode(mac).rstrip(b'=').decode()}"
    assert jwt_decode(array, secret) is None  # well signed, but the claims are no object
    assert jwt_decode(f"{head}.%%%.{signature}", secret) is None
    assert jwt_decode("a.b", secret) is None
