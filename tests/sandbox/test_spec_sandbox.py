"""The spec-driven sandbox engine: spec loading, query checks, paging and error bodies."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import msgspec
import pytest

from invoicekit.sandbox import (
    ApiSpec,
    Handler,
    LazySequence,
    SandboxRequest,
    SandboxResponse,
    SpecSandbox,
    error_body,
    locate_spec,
    page_numbers,
    read_query,
)


def spec(vendor: str) -> ApiSpec:
    return ApiSpec.load(locate_spec(f"invoicekit_{vendor}", vendor))


def test_the_spec_is_found_from_the_package_and_parsed_once() -> None:
    path = locate_spec("invoicekit_fynn", "fynn")
    assert path.parts[-3:] == ("specs", "fynn", "openapi.yaml")
    assert ApiSpec.load(path) is ApiSpec.load(path)


def test_an_unknown_package_or_vendor_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="no_such_package"):
        locate_spec("no_such_package", "nobody")
    with pytest.raises(FileNotFoundError, match="specs/nobody"):
        locate_spec("invoicekit_fynn", "nobody")


def test_operations_carry_their_resolved_parameters_and_security() -> None:
    operations = spec("yeti").operations
    listing = operations["list_invoices"]
    assert (listing.method, listing.path) == ("GET", "/api/rest/customer/v1/invoices")
    size = next(p for p in listing.query() if p.name == "page[size]")
    assert size.schema == {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}
    assert operations["login"].security == ()
    assert listing.security == ({"customerJwt": []}, {"customerSessionCookie": []})
    get = spec("fynn").operations["get_invoice"]
    assert [(p.name, p.location) for p in get.parameters] == [("id", "path")]


def request(*query: tuple[str, str]) -> SandboxRequest:
    return SandboxRequest("GET", "/invoices", query=query)


def test_read_query_types_values_and_names_what_the_schema_refuses() -> None:
    fynn = spec("fynn")
    operation = fynn.operations["list_invoices"]
    values, violations = read_query(
        operation,
        request(("page", "2"), ("limit", "7"), ("limit", "9"), ("status", "STATUS_PAID")),
        resolve=fynn.resolve,
    )
    assert (values["page"], values["limit"], values["status"]) == (2, 9, "STATUS_PAID")
    assert values["customer"] is None
    assert violations == []

    values, violations = read_query(
        operation,
        request(("page", "0"), ("limit", "101"), ("type", "nope"), ("unknown", "x")),
        resolve=fynn.resolve,
        defaults={"limit": 30},
    )
    assert [(v.name, v.problem) for v in violations] == [
        ("page", "minimum"),
        ("limit", "range"),
        ("type", "enum"),
    ]
    assert (values["page"], values["limit"], values["type"]) == (1, 30, None)
    _, violations = read_query(operation, request(("limit", "2.5")), repeated="first")
    assert [v.problem for v in violations] == ["type"]


def test_a_pattern_and_a_bare_maximum_are_checked() -> None:
    yeti = spec("yeti")
    _, violations = read_query(
        yeti.operations["list_invoices"], request(("filter[id]", "nope")), resolve=yeti.resolve
    )
    assert [(v.name, v.problem, v.raw) for v in violations] == [("filter[id]", "pattern", "nope")]


def test_page_numbers_read_only_their_page_of_a_lazy_sequence() -> None:
    read: list[int] = []

    def item(index: int) -> int:
        read.append(index)
        return index

    matches = LazySequence(100_000, item)
    page = page_numbers(matches, page=3001, size=25)
    assert page.indexes == list(range(75_000, 75_025)) == read
    assert (page.total, page.last_page) == (100_000, 4000)
    assert page_numbers(matches, page=1, size=3, descending=True).indexes == [
        99_999,
        99_998,
        99_997,
    ]
    assert page_numbers([], page=5, size=10) == type(page)([], 0, 1)


def test_error_bodies_follow_each_vendors_error_schema() -> None:
    fynn, yeti, daftra = spec("fynn"), spec("yeti"), spec("daftra")
    media, schema = fynn.error_response(404)
    assert media == "application/problem+json"
    assert error_body(fynn, schema, 404, "Not Found", {"type": "urn:t"}) == {
        "type": "urn:t",
        "title": "Not Found",
        "status": 404,
        "detail": "Not Found",
    }
    assert yeti.error_response(429)[0] == "application/json"  # login's, the first operation
    media, schema = yeti.error_response(429, yeti.operations["list_invoices"])
    assert media == "application/vnd.api+json"
    assert error_body(yeti, schema, 429, "slow down") == {
        "errors": [
            {"title": "Too Many Requests", "detail": "slow down", "code": "429", "status": "429"}
        ]
    }
    _, schema = daftra.error_response(500)
    body = error_body(daftra, schema, 500, "boom", {"result": "failed"})
    assert body == {"result": "failed", "code": 500, "message": "boom"}


class TinyYeti(SpecSandbox):
    """Two operations of Yeti's spec, to show what a vendor writes on top of the engine."""

    vendor = "yeti"
    spec_package = "invoicekit_yeti"
    error_operation = "list_invoices"

    def handlers(self) -> Mapping[str, Handler]:
        return {"list_invoices": lambda request, params: SandboxResponse.json(200, {"data": []})}


def test_a_spec_sandbox_routes_the_operations_it_answers_and_renders_the_rest_as_errors() -> None:
    box = TinyYeti()
    listing = box.router.dispatch(SandboxRequest("GET", "/api/rest/customer/v1/invoices"))
    assert msgspec.json.decode(listing.body) == {"data": []}
    with pytest.raises(Exception, match="404"):
        box.router.dispatch(SandboxRequest("GET", "/api/rest/customer/v1/invoices/x"))
    error = box.error(503, "down")
    assert error.headers["content-type"] == "application/vnd.api+json"
    assert msgspec.json.decode(error.body)["errors"][0]["status"] == "503"


def test_decimals_can_go_out_as_json_numbers_with_their_scale() -> None:
    obj = {"total": Decimal("10.50")}
    assert SandboxResponse.json(200, obj).body == b'{"total":"10.50"}'
    assert SandboxResponse.json(200, obj, decimals="number").body == b'{"total":10.50}'
