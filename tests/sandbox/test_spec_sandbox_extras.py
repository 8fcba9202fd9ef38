"""The engine's stricter query reading, spec security checks, OAuth token endpoint and links."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import msgspec
import pytest

from invoicekit.sandbox import (
    ApiSpec,
    Handler,
    OAuthTokens,
    SandboxError,
    SandboxRequest,
    SpecSandbox,
    TokenEndpoint,
    authorized,
    credentials_carried,
    error_body,
    page_link,
    read_form,
    read_typed_query,
    requirements_for,
    secret_check,
)

_ERROR = {
    "type": "object",
    "properties": {"result": {"type": "string"}, "code": {"type": "integer"}, "message": {}},
}
_TOKEN_ERROR = {
    "type": "object",
    "properties": {"error": {}, "error_description": {}, "message": {}},
}


def _json(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "security": [{"key": []}, {"token": []}],
    "paths": {
        "/things.json": {
            "get": {
                "operationId": "list_things",
                "parameters": [
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "since",
                        "in": "query",
                        "schema": {"type": "string", "format": "date"},
                    },
                    {
                        "name": "above",
                        "in": "query",
                        "schema": {"type": "string", "format": "decimal"},
                    },
                    {
                        "name": "kind",
                        "in": "query",
                        "schema": {"type": "string", "format": "date", "default": "any"},
                    },
                ],
                "responses": {"200": _json({}), "400": _json(_ERROR)},
            }
        },
        "/open": {"get": {"operationId": "open", "security": [], "responses": {}}},
        "/optional": {"get": {"operationId": "optional", "security": [{}], "responses": {}}},
        "/both": {
            "get": {"operationId": "both", "security": [{"key": [], "basic": []}], "responses": {}}
        },
        "/oauth/token": {
            "post": {
                "operationId": "token",
                "security": [],
                "responses": {"400": _json(_TOKEN_ERROR), "401": _json(_TOKEN_ERROR)},
            }
        },
    },
    "components": {
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "token": {"type": "http", "scheme": "bearer"},
            "basic": {"type": "http", "scheme": "basic"},
            "query": {"type": "apiKey", "in": "query", "name": "key"},
            "cookie": {"type": "apiKey", "in": "cookie", "name": "sid"},
        }
    },
}
SPEC = ApiSpec(DOCUMENT)
CHECKS = {
    "key": secret_check("k1"),
    "token": secret_check("t1", "t2"),
    "basic": secret_check("user:pw"),
    "query": secret_check("q1"),
    "cookie": secret_check("c1"),
}


def get(path: str, *query: tuple[str, str], **headers: str) -> SandboxRequest:
    return SandboxRequest("GET", path, query=query, headers=headers)


# --- read_typed_query ----------------------------------------------------------------------


def test_typed_query_parses_dates_and_decimals_and_refuses_bad_ones() -> None:
    operation = SPEC.operations["list_things"]
    values, violations = read_typed_query(
        operation, get("/things.json", ("since", "2024-02-29"), ("above", "10.50"))
    )
    assert (values["since"], values["above"]) == (date(2024, 2, 29), Decimal("10.50"))
    assert str(values["above"]) == "10.50"  # the scale is kept
    assert values["kind"] == "any"  # a default is not parsed
    assert violations == []

    values, violations = read_typed_query(
        operation,
        get("/things.json", ("above", "NaN"), ("since", "2024-13-01"), ("page", "0")),
        defaults={"since": date(2000, 1, 1)},
    )
    assert [(v.name, v.problem) for v in violations] == [
        ("page", "minimum"),
        ("since", "format"),
        ("above", "format"),
    ]
    assert values["since"] == date(2000, 1, 1)
    for bad in ("01/02/2024", "2024-1-01", " 2024-01-01x"):
        _, violations = read_typed_query(operation, get("/things.json", ("since", bad)))
        assert [v.problem for v in violations] == ["format"], bad


def test_typed_query_names_unknown_parameters_once_each_after_the_declared() -> None:
    operation = SPEC.operations["list_things"]
    request = get("/things.json", ("zeta", "1"), ("page", "x"), ("zeta", "2"), ("alpha", ""))
    _, violations = read_typed_query(operation, request)
    assert [(v.name, v.problem, v.raw) for v in violations] == [
        ("page", "type", "x"),
        ("zeta", "unknown", "1"),
        ("alpha", "unknown", ""),
    ]
    _, violations = read_typed_query(operation, request, unknown=False)
    assert [v.name for v in violations] == ["page"]


# --- security --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "ok"),
    [
        (get("/things.json", **{"x-key": "k1"}), True),
        (get("/things.json", authorization="Bearer t2"), True),
        (get("/things.json", authorization="bearer  t1 "), True),
        (get("/things.json"), False),
        (get("/things.json", **{"x-key": "k2"}), False),
        (get("/things.json", authorization="Basic t1"), False),
        (get("/things.json", authorization="t1"), False),
        (get("/elsewhere", **{"x-key": "k1"}), True),  # the document's default security
        (get("/elsewhere"), False),
        (get("/open"), True),
        (get("/optional"), True),
        (SandboxRequest("POST", "/oauth/token"), True),
        (SandboxRequest("POST", "/things.json"), False),  # no such operation: the default
    ],
)
def test_requests_meet_their_operations_security(request_: SandboxRequest, ok: bool) -> None:
    assert authorized(SPEC, requirements_for(SPEC, request_), request_, CHECKS) is ok


def test_a_requirement_needs_every_scheme_and_each_location_is_read() -> None:
    basic = "Basic " + base64.b64encode(b"user:pw").decode()
    both = requirements_for(SPEC, get("/both"))
    assert authorized(SPEC, both, get("/both", authorization=basic, **{"x-key": "k1"}), CHECKS)
    assert not authorized(SPEC, both, get("/both", authorization=basic), CHECKS)
    assert not authorized(
        SPEC, both, get("/both", authorization="Basic !!", **{"x-key": "k1"}), CHECKS
    )
    assert authorized(SPEC, [{"query": []}], get("/x", ("key", "q1")), CHECKS)
    assert authorized(SPEC, [{"cookie": []}], get("/x", cookie="a=b; sid=c1"), CHECKS)
    assert not authorized(SPEC, [{"cookie": []}], get("/x", cookie="sid=c2"), CHECKS)
    assert not authorized(SPEC, [{"key": []}], get("/x", **{"x-key": "k1"}), {})  # no check


# --- OAuth -----------------------------------------------------------------------------------


class Clock:
    now = 1_000.0

    def __call__(self) -> float:
        return self.now


def tokens(clock: Clock, seed: int = 1) -> OAuthTokens:
    return OAuthTokens(
        vendor="acme", seed=seed, clients={"c": "s"}, users={"u": "p"}, clock=clock, lifetime=60
    )


def test_the_password_grant_issues_tokens_that_expire_and_refresh_once() -> None:
    clock = Clock()
    issuer = tokens(clock)
    first = issuer.grant(
        {
            "grant_type": "password",
            "client_id": "c",
            "client_secret": "s",
            "username": "u",
            "password": "p",
        }
    )
    assert (first["token_type"], first["expires_in"]) == ("Bearer", 60)
    assert issuer.valid(first["access_token"])
    assert not tokens(Clock(), seed=2).valid(first["access_token"])
    clock.now += 60
    assert not issuer.valid(first["access_token"])
    refresh = {"grant_type": "refresh_token", "client_id": "c", "client_secret": "s"}
    second = issuer.grant({**refresh, "refresh_token": first["refresh_token"]})
    assert issuer.valid(second["access_token"])
    assert second["access_token"] != first["access_token"]
    with pytest.raises(Exception, match="refresh token is invalid"):
        issuer.grant({**refresh, "refresh_token": first["refresh_token"]})  # used once


class TinyVendor(SpecSandbox):
    """The test document as a sandbox: a list, the token endpoint, aliases and a charset."""

    vendor = "acme"
    spec_package = "invoicekit"
    error_constants: Mapping[str, Any] = {"result": "failed"}
    error_operation = "list_things"
    media_parameters = "; charset=UTF-8"
    route_aliases: Mapping[str, tuple[str, ...]] = {"list_things": ("/things",)}

    def __init__(self) -> None:
        self.oauth = TokenEndpoint(
            self, "token", vendor="acme", seed=1, clients={"c": "s"}, users={"u": "p"}
        )

    @property
    def spec(self) -> ApiSpec:
        return SPEC

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "list_things": lambda request, params: self.respond("list_things", {"data": []}),
            "token": self.oauth.token,
        }


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        (b"grant_type=password&client_id=c&client_secret=x", 401, "invalid_client"),
        (b"grant_type=password&client_id=c&client_secret=s&username=u", 400, "invalid_grant"),
        (b"grant_type=implicit&client_id=c&client_secret=s", 400, "unsupported_grant_type"),
    ],
)
def test_the_token_endpoint_refuses_in_the_operations_error_schema(
    body: bytes, status: int, error: str
) -> None:
    request = SandboxRequest(
        "POST",
        "/oauth/token",
        headers={"content-type": "application/x-www-form-urlencoded"},
        body=body,
    )
    answer = TinyVendor().router.dispatch(request)
    assert answer.status == status
    document = msgspec.json.decode(answer.body)
    assert document["error"] == error
    assert document["error_description"] == document["message"]
    assert answer.headers["content-type"] == "application/json"


def test_forms_are_read_from_multipart_and_url_encoded_bodies() -> None:
    boundary = "xyz"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="b"\r\n\r\nzw\u00e9i\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\n2\r\n'
        f"--{boundary}--\r\n"
    ).encode()
    multipart = SandboxRequest(
        "POST",
        "/",
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
        body=body,
    )
    assert read_form(multipart) == {"a": "1", "b": "zw\u00e9i"}
    encoded = SandboxRequest("POST", "/", body=b"a=1&b=x+y&a=2")
    assert read_form(encoded) == {"a": "1", "b": "x y"}


# --- answers ---------------------------------------------------------------------------------


def test_aliases_route_after_the_spec_and_answers_carry_the_media_parameters() -> None:
    box = TinyVendor()
    for path in ("/things.json", "/things"):
        answer = box.router.dispatch(get(path))
        assert answer.headers["content-type"] == "application/json; charset=UTF-8"
    error = box.error(400, "Bad Request", extra={"validation_errors": {"page": "bad"}})
    assert error.headers["content-type"] == "application/json; charset=UTF-8"
    assert msgspec.json.decode(error.body) == {
        "result": "failed",
        "code": 400,
        "message": "Bad Request",
        "validation_errors": {"page": "bad"},
    }


def test_authenticate_raises_a_401_with_the_vendors_message() -> None:
    box = TinyVendor()
    box.authenticate(get("/things.json", **{"x-key": "k1"}), CHECKS)
    with pytest.raises(SandboxError) as caught:
        box.authenticate(get("/things.json"), CHECKS, message="Nope")
    assert (caught.value.status, caught.value.message) == (401, "Nope")


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (get("/things.json"), "No credentials"),
        (get("/things.json", authorization="Bearer wrong"), "Bad credentials"),
        (get("/things.json", authorization="Basic t1"), "Bad credentials"),  # another scheme
        (get("/things.json", authorization="Bearer"), "Bad credentials"),
        (get("/things.json", **{"x-key": ""}), "Bad credentials"),
        (get("/things.json", cookie="sid=c1"), "No credentials"),  # not a scheme it takes
    ],
)
def test_authenticate_tells_a_missing_credential_from_a_bad_one(
    request_: SandboxRequest, message: str
) -> None:
    challenge = {"www-authenticate": "Bearer"}
    with pytest.raises(SandboxError) as caught:
        TinyVendor().authenticate(
            request_, CHECKS, message="Bad credentials", missing="No credentials", headers=challenge
        )
    assert (caught.value.status, caught.value.message) == (401, message)
    assert caught.value.headers == challenge


def test_credentials_are_carried_in_each_schemes_place() -> None:
    assert credentials_carried(SPEC, [{"query": []}], get("/x", ("key", "")))
    assert not credentials_carried(SPEC, [{"query": []}], get("/x", ("other", "q1")))
    assert credentials_carried(SPEC, [{"cookie": []}], get("/x", cookie="a=b; sid=zz"))
    assert not credentials_carried(SPEC, [{"cookie": []}], get("/x", cookie="a=b"))
    assert not credentials_carried(SPEC, [], get("/x", authorization="Bearer t1"))


def test_error_roles_override_what_a_property_name_suggests() -> None:
    schema = {"properties": {"status": {"type": "integer"}, "error": {}, "code": {}}}
    assert error_body(SPEC, schema, 404, "Not Found") == {"status": 404, "code": "404"}
    roles = {"error": "message", "code": None}
    assert error_body(SPEC, schema, 404, "Not Found", roles=roles) == {
        "status": 404,
        "error": "Not Found",
    }

    class Renamed(TinyVendor):
        error_roles: ClassVar[Mapping[str, str | None]] = {"code": None, "message": "title"}

    assert msgspec.json.decode(Renamed().error(400, "boom").body) == {
        "result": "failed",
        "message": "Bad Request",
    }


def test_page_links_keep_or_drop_the_other_parameters() -> None:
    request = SandboxRequest(
        "GET", "/list", query=(("page", "2"), ("q", "a b"), ("n", "1")), base_url="http://h/v"
    )
    assert page_link(request, 3) == "/list?q=a+b&n=1&page=3"
    assert page_link(request, 1, path="/list/", keep_query=False) == "/list/?page=1"
    assert page_link(request, 4, param="p", absolute=True) == (
        "http://h/v/list?page=2&q=a+b&n=1&p=4"
    )
