"""The Lago spec is valid OpenAPI; its examples match their schemas and decode through the
generated client; the recorded payloads are its examples, digit for digit."""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import msgspec
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HERE = Path(__file__).parent
SPEC = HERE.parent / "specs" / "lago" / "openapi.yaml"
CLIENT = "invoicekit_lago_client"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Numbers as JSON numbers with their digits as written, so that 1.0000 never equals 1.0.
EXACT = msgspec.json.Encoder(decimal_format="number")


class ExactLoader(yaml.SafeLoader):
    """YAML's safe loader, with every non-integer number a `Decimal` as written."""


def _decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))


ExactLoader.add_constructor("tag:yaml.org,2002:float", _decimal)
DOCUMENT: dict[str, Any] = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=ExactLoader)


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = DOCUMENT
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _examples() -> Iterator[tuple[str, str, str, str, str, dict[str, Any], Any]]:
    """(where, method, path, status, media type, schema, value) of each body example."""
    for path, item in DOCUMENT["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            bodies = [("request", operation.get("requestBody", {}))]
            bodies += [(code, _resolve(r)) for code, r in operation.get("responses", {}).items()]
            for status, body in bodies:
                for media, content in body.get("content", {}).items():
                    for name, example in content.get("examples", {}).items():
                        where = f"{method.upper()} {path} {status} {media} example {name}"
                        value = _resolve(example)["value"]
                        yield where, method, path, status, media, content["schema"], value


def _operation_modules() -> dict[tuple[str, str], ModuleType]:
    """Each generated endpoint module, by its (method, path)."""
    api = importlib.import_module(f"{CLIENT}.api")
    modules = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION"):
            modules[(module.OPERATION.method, module.OPERATION.path)] = module
    return modules


def test_the_spec_is_valid_openapi() -> None:
    validate(yaml.safe_load(SPEC.read_text(encoding="utf-8")))


def test_the_spec_has_examples_of_an_invoice_a_page_and_an_error() -> None:
    statuses = {status for _, _, _, status, _, _, _ in _examples()}
    assert "200" in statuses
    assert any(status.startswith(("4", "5")) for status in statuses)
    assert "invoice" in DOCUMENT["components"]["examples"]


def test_every_example_matches_its_schema() -> None:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(DOCUMENT, default_specification=DRAFT202012)
    )
    failures = []
    for where, _, _, _, _, schema, value in _examples():
        rooted = {"$ref": "urn:spec" + schema["$ref"]} if "$ref" in schema else schema
        for error in Draft202012Validator(rooted, registry=registry).iter_errors(value):
            failures.append(f"{where}: {error.json_path}: {error.message}")
    assert not failures, "\n".join(failures)


def test_every_json_response_example_decodes_through_the_generated_client() -> None:
    modules = _operation_modules()
    decoded = 0
    for where, method, path, status, media, _, value in _examples():
        if status == "request" or "json" not in media:
            continue
        response = httpx.Response(int(status), content=EXACT.encode(value))
        assert modules[(method, path)].parse_response(response) is not None, where
        decoded += 1
    assert decoded


def test_the_payloads_are_the_specs_examples_digit_for_digit() -> None:
    examples = DOCUMENT["components"]["examples"]
    for payload in sorted((HERE / "payloads").glob("*.json")):
        recorded = json.loads(payload.read_bytes(), parse_float=Decimal)
        assert EXACT.encode(recorded) == EXACT.encode(examples[payload.stem]["value"]), payload
