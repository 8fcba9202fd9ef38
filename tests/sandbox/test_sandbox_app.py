"""`SandboxApp` driven directly over ASGI: routing, errors, lifespan, determinism, laziness."""

import logging

import msgspec
import pytest
from helpers.asgi import call, lifespan
from helpers.fake_sandbox import ACME_KEY, AcmeSandbox

from invoicekit import ConfigurationError, UnknownVendor
from invoicekit.sandbox import (
    MAX_REQUEST_BODY,
    SandboxApp,
    SandboxError,
    SandboxRequest,
    SandboxResponse,
    VendorSandbox,
)

AUTH = [("X-API-Key", ACME_KEY)]


def test_index_lists_the_vendors_with_sandboxes() -> None:
    reply = call(SandboxApp(size=7, seed=3), "GET", "/")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    document = reply.json()
    assert document["size"] == 7
    assert document["seed"] == 3
    assert document["faults"] is None
    acme = next(entry for entry in document["vendors"] if entry["name"] == "acme")
    assert acme == {
        "name": "acme",
        "title": "Acme Billing",
        "base_url": "http://sandbox.test/acme",
        "credentials": {"api_key": ACME_KEY},
        "invoices": 7,
    }
    assert "plain" not in {entry["name"] for entry in document["vendors"]}


def test_index_without_host_header_uses_the_server_address() -> None:
    reply = call(SandboxApp(["acme"]), "GET", "/", host=None)
    assert reply.json()["vendors"][0]["base_url"] == "http://127.0.0.1:8765/acme"


def test_index_refuses_other_methods() -> None:
    reply = call(SandboxApp(["acme"]), "POST", "/")
    assert reply.status == 405
    assert reply.headers["allow"] == "GET, HEAD"


def test_routes_below_the_vendor_prefix() -> None:
    app = SandboxApp(["acme"], size=30)
    page = call(app, "GET", "/acme/invoices", query="per_page=10&page=2", headers=AUTH)
    assert page.status == 200
    document = page.json()
    assert document["meta"] == {"page": 2, "per_page": 10, "total": 30}
    assert [item["number"] for item in document["data"]][:2] == ["ACME-000011", "ACME-000012"]
    one = call(app, "GET", f"/acme/invoices/{document['data'][0]['id']}", headers=AUTH)
    assert one.status == 200
    assert one.json()["data"] == document["data"][0]
    assert app.requests["acme"] == 2


def test_head_sends_headers_without_a_body() -> None:
    app = SandboxApp(["acme"], size=3)
    get = call(app, "GET", "/acme/invoices", headers=AUTH)
    head = call(app, "HEAD", "/acme/invoices", headers=AUTH)
    assert head.status == 200
    assert head.body == b""
    assert head.headers["content-length"] == str(len(get.body))


def test_vendor_errors_use_the_vendors_format() -> None:
    app = SandboxApp(["acme"])
    unauthorized = call(app, "GET", "/acme/invoices")
    assert unauthorized.status == 401
    assert unauthorized.headers["www-authenticate"] == "ApiKey"
    assert unauthorized.json() == {"error": {"status": 401, "message": "invalid api key"}}
    missing = call(app, "GET", "/acme/invoices/nope", headers=AUTH)
    assert missing.status == 404
    assert missing.json()["error"]["message"] == "no invoice nope"
    no_route = call(app, "GET", "/acme/customers", headers=AUTH)
    assert no_route.status == 404
    wrong_method = call(app, "DELETE", "/acme/invoices", headers=AUTH)
    assert wrong_method.status == 405
    assert wrong_method.headers["allow"] == "GET"


@pytest.mark.parametrize("path", ["/nobody", "/nobody/invoices", "/plain/invoices"])
def test_unknown_vendors_and_vendors_without_sandbox_get_a_json_404(path: str) -> None:
    reply = call(SandboxApp(), "GET", path)
    assert reply.status == 404
    assert "error" in reply.json()


def test_a_vendor_outside_the_served_list_is_404() -> None:
    reply = call(SandboxApp(["acme"]), "GET", "/plain/x")
    assert reply.status == 404


def test_vendors_checks_the_named_vendors() -> None:
    assert SandboxApp(["acme"]).vendors() == ["acme"]
    with pytest.raises(UnknownVendor):
        SandboxApp(["nobody"]).vendors()
    with pytest.raises(ConfigurationError, match="no sandbox"):
        SandboxApp(["plain"]).vendors()


def test_a_handler_exception_answers_500_json_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="invoicekit.sandbox"):
        reply = call(SandboxApp(["acme"]), "POST", "/acme/boom", headers=AUTH)
    assert reply.status == 500
    assert reply.json() == {"error": "acme sandbox failed: RuntimeError: the handler is broken"}
    assert "acme sandbox failed on POST /boom" in caplog.text


def test_a_request_body_over_the_cap_is_refused_in_the_vendors_format() -> None:
    body = b"x" * (MAX_REQUEST_BODY + 1)
    reply = call(SandboxApp(["acme"]), "POST", "/acme/boom", headers=AUTH, body=body)
    assert reply.status == 413
    assert reply.json()["error"]["message"] == "request body too large"


def test_request_fields_reach_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[SandboxRequest] = []

    def handle(self: AcmeSandbox, request: SandboxRequest) -> SandboxResponse:
        seen.append(request)
        return SandboxResponse(204)

    monkeypatch.setattr(AcmeSandbox, "handle", handle)
    reply = call(
        SandboxApp(["acme"]),
        "PUT",
        "/acme/a/b",
        query="filter%5Bx%5D=1&filter%5Bx%5D=2&empty=",
        headers=[("X-Thing", "1"), ("x-thing", "2")],
        body=b'{"a": 1}',
        chunk=3,
    )
    assert reply.status == 204
    request = seen[0]
    assert request.method == "PUT"
    assert request.path == "/a/b"
    assert request.query == (("filter[x]", "1"), ("filter[x]", "2"), ("empty", ""))
    assert request.params("filter[x]") == ["1", "2"]
    assert request.param("empty") == ""
    assert request.param("missing", "d") == "d"
    assert request.header("X-THING") == "1, 2"
    assert request.json() == {"a": 1}
    assert request.base_url == "http://sandbox.test/acme"
    assert request.url("/invoices", {"page": "2"}) == "http://sandbox.test/acme/invoices?page=2"


def test_the_prefix_alone_is_the_root_path() -> None:
    reply = call(SandboxApp(["acme"]), "GET", "/acme", headers=AUTH)
    assert reply.status == 404
    assert reply.json()["error"]["message"] == "no such resource: /"


def test_lifespan_startup_and_shutdown_complete() -> None:
    assert lifespan(SandboxApp()) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_same_seed_same_bytes_other_seed_other_data() -> None:
    def fetch(seed: int) -> tuple[bytes, bytes]:
        app = SandboxApp(["acme"], seed=seed, size=50)
        page = call(app, "GET", "/acme/invoices", headers=AUTH)
        first = msgspec.json.decode(page.body)["data"][0]["id"]
        return page.body, call(app, "GET", f"/acme/invoices/{first}", headers=AUTH).body

    assert fetch(1) == fetch(1)
    page_one, _ = fetch(1)
    page_two, _ = fetch(2)
    ids_one = [item["id"] for item in msgspec.json.decode(page_one)["data"]]
    ids_two = [item["id"] for item in msgspec.json.decode(page_two)["data"]]
    assert set(ids_one).isdisjoint(ids_two)
    assert page_one != page_two


def test_100000_invoices_generate_only_what_is_served() -> None:
    app = SandboxApp(["acme"], size=100_000)
    sandbox = app.sandbox("acme")
    assert isinstance(sandbox, AcmeSandbox)
    assert sandbox.generated == 0
    assert len(sandbox.invoice_ids()) == 100_000
    page = call(app, "GET", "/acme/invoices", query="per_page=20", headers=AUTH)
    assert page.status == 200
    assert page.json()["meta"]["total"] == 100_000
    assert sandbox.generated == 20
    last_id = sandbox.invoice_ids()[-1]
    assert call(app, "GET", f"/acme/invoices/{last_id}", headers=AUTH).status == 200
    window = call(
        app,
        "GET",
        "/acme/invoices",
        query="issued_since=2025-06-01&issued_until=2025-06-30&per_page=5",
        headers=AUTH,
    )
    assert window.json()["meta"]["total"] > 0
    assert sandbox.generated == 26


def test_sandboxes_are_built_once_and_checked() -> None:
    app = SandboxApp(["acme"])
    assert app.sandbox("acme") is app.sandbox("acme")
    assert isinstance(app.sandbox("acme"), VendorSandbox)


def test_a_factory_that_builds_something_else_is_refused(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from helpers.fake_sandbox import Acme

    monkeypatch.setattr(Acme, "sandbox", lambda self: lambda **_: object())
    with pytest.raises(ConfigurationError, match="not a VendorSandbox"):
        SandboxApp(["acme"]).sandbox("acme")
    with caplog.at_level(logging.ERROR, logger="invoicekit.sandbox"):
        reply = call(SandboxApp(["acme"]), "GET", "/acme/invoices")
    assert reply.status == 500
    assert "building the acme sandbox failed" in caplog.text


def test_sandbox_error_keeps_its_parts() -> None:
    error = SandboxError(418, "teapot", headers={"x": "y"})
    assert (error.status, error.message, error.headers) == (418, "teapot", {"x": "y"})
    assert str(error) == "418: teapot"


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="size"):
        SandboxApp(size=-1)
    with pytest.raises(ValueError, match="seed"):
        SandboxApp(seed="1")  # type: ignore[arg-type]


def test_response_helpers() -> None:
    response = SandboxResponse.json(201, {"a": 1}, content_type="application/vnd.api+json")
    assert response.headers == {"content-type": "application/vnd.api+json"}
    assert response.body == b'{"a":1}'
    pdf = SandboxResponse.pdf(b"%PDF-1.4", filename="x.pdf")
    assert pdf.headers["content-disposition"] == 'attachment; filename="x.pdf"'
