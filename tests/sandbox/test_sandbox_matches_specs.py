"""Every vendor sandbox answers as its spec says, so the sandbox cannot drift from specs/.

A bounded, deterministic equivalent of schemathesis' positive and conformance checks: for each
operation of each spec, requests are built from the spec itself (path ids from the sandbox,
each query parameter alone with values drawn from its schema: enum members, bounds, defaults,
format examples) and sent to a real sandbox server on loopback with faults off. Each answer must
carry a status the spec documents for that operation (2xx for these valid requests), the
documented media type, and a body that validates against the documented schema. Requests
without credentials and for unknown ids must get a documented error whose body validates too.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import httpx
import prepare
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import invoicekit

VENDORS = prepare.vendors()
#: Query parameters tried per operation; Yeti alone has 164 filter keys.
MAX_PARAMETERS = 40
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _values(schema: dict[str, Any], ids: list[str]) -> Iterator[Any]:
    """A few valid values for a parameter schema."""
    if "example" in schema:
        yield schema["example"]
        return
    if "enum" in schema:
        yield from schema["enum"]
        return
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    fmt = schema.get("format")
    if "integer" in kinds or "number" in kinds:
        low = schema.get("minimum", 1)
        yield schema.get("default", low)
        yield low
        if "maximum" in schema:
            yield schema["maximum"]
    elif fmt == "date":
        yield "2025-01-01"
    elif fmt == "date-time":
        yield "2025-01-01T00:00:00Z"
    elif fmt == "uuid":
        yield ids[0]
    elif fmt == "decimal":
        yield "10.00"
    elif "boolean" in kinds:
        yield "true"
    else:
        yield schema.get("default", "a")


class Conformance:
    """Validates answers against one vendor's spec."""

    def __init__(self, vendor: str) -> None:
        self.document = prepare.load(vendor)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource("urn:spec", resource)

    def check(self, label: str, operation: dict[str, Any], response: httpx.Response) -> None:
        """Fail unless the spec documents this answer and its body."""
        responses = operation["responses"]
        documented = responses.get(str(response.status_code), responses.get("default"))
        assert documented is not None, (
            f"{label}: status {response.status_code} is not documented ({sorted(responses)}):"
            f" {response.text[:300]}"
        )
        content = prepare.resolve(self.document, documented).get("content", {})
        if not content:
            return
        media = response.headers.get("content-type", "").split(";")[0].strip()
        assert media in content, f"{label}: media type {media!r} not in {sorted(content)}"
        schema = content[media]["schema"]
        if schema.get("format") == "binary":
            return
        if "$ref" in schema:
            schema = {"$ref": "urn:spec" + schema["$ref"]}
        validator = Draft202012Validator(schema, registry=self.registry)
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(response.json())]
        assert not errors, f"{label}: body does not match the spec:\n" + "\n".join(errors[:10])


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    """One sandbox server for all vendors, faults off."""
    from invoicekit.sandbox import SandboxServer

    with SandboxServer(VENDORS, size=60, seed=7) as running:
        yield running


def _auth(server: Any, vendor: str, http: httpx.Client) -> dict[str, str]:
    """Headers that authenticate with the sandbox's demo credentials, as the plugin does."""
    auth = invoicekit.get_vendor(vendor).authenticate(
        server.credentials(vendor), httpx.URL(server.base_url(vendor))
    )
    request = http.build_request("GET", server.base_url(vendor) + "/")
    flow = auth.sync_auth_flow(request) if auth else iter([request])
    signed = next(flow)
    try:
        while True:  # a login flow (Yeti) sends its own request first
            signed = flow.send(http.send(signed))
    except StopIteration:
        pass
    return {k: v for k, v in signed.headers.items() if k.lower() in {"authorization", "apikey"}}


@pytest.mark.parametrize("vendor", VENDORS)
def test_sandbox_answers_conform_to_the_spec(server: Any, vendor: str) -> None:
    conformance = Conformance(vendor)
    sandbox = server.app.sandbox(vendor)
    ids = list(sandbox.invoice_ids()[:3])
    # A sandbox whose paths take other ids than invoice ids names them (`path_ids`).
    path_ids = getattr(sandbox, "path_ids", None)
    rng = random.Random(vendor)
    with httpx.Client(timeout=30) as http:
        headers = _auth(server, vendor, http)
        base = server.base_url(vendor)
        checked = 0
        for path, method, operation in _operations(conformance.document):
            if method != "get" and operation.get("operationId") != "create_invoice_download_link":
                continue  # the login is exercised by _auth; writes are out of scope
            first = ((path_ids(path) if path_ids else None) or ids)[0]
            # Every path parameter ({id}, {invoice}, Daftra's {model}) takes the path's id.
            url = base + re.sub(r"{\w+}", first, path)
            params = [
                prepare.resolve(conformance.document, p)
                for p in operation.get("parameters", [])
                if prepare.resolve(conformance.document, p)["in"] == "query"
                # JSON:API sparse fieldsets leave out attributes the schema requires (the
                # Yeti spec says so), so their answers cannot validate against it.
                and not p.get("name", "").startswith("fields[")
            ]
            if len(params) > MAX_PARAMETERS:
                params = rng.sample(params, MAX_PARAMETERS)
            cases: list[dict[str, Any]] = [{}]
            for parameter in params:
                schema = prepare.resolve(conformance.document, parameter.get("schema", {}))
                for value in _values(schema, ids):
                    cases.append({parameter["name"]: value})
            for query in cases:
                label = f"{method.upper()} {path} {query}"
                response = http.request(method, url, params=query, headers=headers)
                assert response.is_success, f"{label}: {response.status_code} {response.text[:300]}"
                conformance.check(label, operation, response)
                checked += 1
            if "{" in path:
                unknown = "0" if ids[0].isdigit() else "00000000-0000-4000-8000-000000000000"
                missing = base + path.replace("{id}", unknown).replace("{invoice}", "in_0")
                missing = re.sub(r"{\w+}", unknown, missing)
                response = http.request(method, missing, headers=headers)
                conformance.check(f"{method.upper()} {path} (unknown id)", operation, response)
            response = http.request(method, url)
            assert response.status_code in {401, 403}, f"{path} without credentials"
            conformance.check(f"{method.upper()} {path} (no credentials)", operation, response)
    assert checked > 0
