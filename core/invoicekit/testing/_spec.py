"""The kit's checks on a vendor's OpenAPI spec and its generated client, for any distribution.

`load_spec` reads a spec with every number kept exactly as written (YAML would turn ``1.0000``
into the float ``1.0``); `spec_examples` lists the examples attached to its request and response
bodies. `SpecChecks` (mixed into `invoicekit.testing.VendorConformance`) checks, for the spec a
class names in ``spec``: it is valid OpenAPI, its examples match their schemas, they decode
through the generated client, the generated models still have every property the spec
declares (no drift), and every single-invoice example normalizes (nothing may raise on what the
vendor documents). The checks need PyYAML, and openapi-spec-validator and jsonschema for the
first two; each is skipped, saying so, where its package is missing.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import httpx
import msgspec
import pytest

import invoicekit
from invoicekit.testing._base import KitBase

__all__ = ["SpecChecks", "SpecExample", "is_json", "load_spec", "spec_examples"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
#: The default shape of the single-invoice operation: ``GET .../invoices/{id}`` (or ``.json``).
_GET_INVOICE = re.compile(r"/invoices/\{[^}/]+\}(\.json)?$")
_ENCODER = msgspec.json.Encoder(decimal_format="number")


def load_spec(path: Path | str) -> dict[str, Any]:
    """The OpenAPI document at ``path``, every non-integer number a `Decimal` as written."""
    yaml = pytest.importorskip("yaml", reason="the spec checks read YAML with PyYAML")

    # libyaml's safe loader where PyYAML has it: the same document, ten times faster.
    safe = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class ExactLoader(safe):  # type: ignore[misc,valid-type]
        """A safe loader that keeps each float's written digits."""

    def exact_float(loader: Any, node: Any) -> Decimal | float:
        text = str(loader.construct_scalar(node)).replace("_", "")
        try:
            return Decimal(text)
        except ArithmeticError:  # .inf, .nan: no JSON number anyway
            return float(yaml.SafeLoader.construct_yaml_float(loader, node))

    ExactLoader.add_constructor("tag:yaml.org,2002:float", exact_float)
    with Path(path).open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=ExactLoader)
    return document


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class SpecExample:
    """One example of a request or response body in a spec.

    Attributes:
        method: the operation's HTTP method, upper case.
        path: the operation's path template.
        operation_id: its ``operationId`` (``""`` when it has none).
        status: the response status (``"200"``, ``"default"``), or ``"request"``.
        media_type: the body's media type.
        name: the example's name.
        schema: the body's schema (``{"$ref": ...}`` as written).
        value: the example's value, numbers as written.
    """

    method: str
    path: str
    operation_id: str
    status: str
    media_type: str
    name: str
    schema: dict[str, Any]
    value: Any

    @property
    def where(self) -> str:
        """``"GET /invoices/{id} response 200 application/json example paid"``."""
        label = "request" if self.status == "request" else f"response {self.status}"
        return f"{self.method} {self.path} {label} {self.media_type} example {self.name}"

    @property
    def body(self) -> bytes:
        """The value as a JSON body, numbers exactly as the spec writes them."""
        return _ENCODER.encode(self.value)


def spec_examples(document: dict[str, Any]) -> Iterator[SpecExample]:
    """Every example attached to a request or response body of ``document``."""
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method not in _METHODS or not isinstance(operation, dict):
                continue
            bodies = [("request", _resolve(document, operation.get("requestBody", {})))]
            bodies += [
                (str(code), _resolve(document, response))
                for code, response in operation.get("responses", {}).items()
            ]
            for status, body in bodies:
                for media, content in body.get("content", {}).items():
                    for name, example in content.get("examples", {}).items():
                        yield SpecExample(
                            method=method.upper(),
                            path=path,
                            operation_id=str(operation.get("operationId", "")),
                            status=status,
                            media_type=media,
                            name=name,
                            schema=content.get("schema", {}),
                            value=_resolve(document, example)["value"],
                        )


def _squashed(name: str) -> str:
    """A name with case and separators dropped: ``getInvoice``, ``get_invoice`` → ``getinvoice``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def is_json(media_type: str) -> bool:
    """Whether ``media_type`` is JSON (``application/json``, ``application/vnd.api+json``)."""
    return media_type.split(";", maxsplit=1)[0].strip().endswith(("/json", "+json"))


def _jsonable(value: Any) -> Any:
    """``value`` with Decimals as floats, for jsonschema (whose number check wants floats)."""
    return msgspec.json.decode(_ENCODER.encode(value))


class SpecChecks(KitBase):
    """Checks on the spec named by ``spec`` and the generated client ``client_package``."""

    spec: ClassVar[Path | None] = None
    client_package: ClassVar[str | None] = None
    spec_invoice_operation: ClassVar[tuple[str, str] | None] = None

    def _spec(self) -> dict[str, Any]:
        if self.spec is None:
            pytest.fail(
                "declare spec (the path of the vendor's openapi.yaml), or list this check in "
                "not_applicable with the reason"
            )
        return load_spec(self.spec)

    def _client(self) -> ModuleType:
        name = self.client_package or f"invoicekit_{self.vendor}_client"
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            pytest.fail(f"the generated client {name} cannot be imported: {exc}")

    def _operations(self) -> dict[str, ModuleType]:
        """The generated client's endpoint modules, by squashed operation id."""
        package = importlib.import_module(f"{self._client().__name__}.api")
        found = {}
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(info.name)
            if hasattr(module, "parse_response"):
                found[_squashed(info.name.rsplit(".", 1)[1])] = module
        return found

    def test_spec_is_valid_openapi(self) -> None:
        """The spec is valid OpenAPI, as written."""
        document = self._spec()
        validator = pytest.importorskip("openapi_spec_validator")
        validator.validate(_jsonable(document))

    def test_spec_examples_match_their_schemas(self) -> None:
        """Every example of a request or response body is valid against its schema."""
        document = self._spec()
        jsonschema = pytest.importorskip("jsonschema")
        referencing = pytest.importorskip("referencing")
        specifications = pytest.importorskip("referencing.jsonschema")

        plain = _jsonable(document)
        resource = referencing.Resource.from_contents(
            plain, default_specification=specifications.DRAFT202012
        )
        registry = referencing.Registry().with_resource("urn:spec", resource)
        examples = list(spec_examples(document))
        assert examples, "the spec carries no examples"
        failures = []
        for example in examples:
            schema = example.schema
            if schema.get("format") == "binary" or not is_json(example.media_type):
                continue
            if "$ref" in schema:
                schema = {"$ref": "urn:spec" + schema["$ref"]}
            validator = jsonschema.Draft202012Validator(schema, registry=registry)
            for error in validator.iter_errors(_jsonable(example.value)):
                failures.append(f"{example.where}: {error.json_path}: {error.message}")
        assert not failures, "\n".join(failures)

    def test_spec_examples_decode_through_the_generated_client(self) -> None:
        """Each JSON response example decodes through its generated endpoint."""
        document = self._spec()
        operations = self._operations()
        failures, decoded = [], 0
        for example in spec_examples(document):
            if example.status in ("request", "default") or not is_json(example.media_type):
                continue
            module = operations.get(_squashed(example.operation_id))
            if module is None:
                failures.append(f"{example.where}: no generated endpoint {example.operation_id!r}")
                continue
            response = httpx.Response(
                int(example.status),
                content=example.body,
                headers={"content-type": example.media_type},
            )
            try:
                parsed = module.parse_response(response)
            except (msgspec.MsgspecError, ValueError, TypeError) as exc:
                failures.append(f"{example.where}: {exc}")
                continue
            if parsed is None:
                failures.append(f"{example.where}: the generated client does not decode it")
            decoded += 1
        assert not failures, "\n".join(failures)
        assert decoded, "no JSON response example to decode"

    def test_generated_models_match_the_spec(self) -> None:
        """No drift: every object schema of the spec has a generated model with its properties.

        A property added to the spec without regenerating the client fails here.
        """
        document = self._spec()
        models = importlib.import_module(f"{self._client().__name__}.models")
        by_name = {
            _squashed(name): model
            for name, model in vars(models).items()
            if isinstance(model, type) and issubclass(model, msgspec.Struct)
        }
        failures = []
        for name, schema in document.get("components", {}).get("schemas", {}).items():
            properties = schema.get("properties")
            if not isinstance(properties, dict) or schema.get("type", "object") != "object":
                continue
            model = by_name.get(_squashed(name))
            if model is None:
                failures.append(f"schema {name} has no generated model")
                continue
            fields = set(model.__struct_encode_fields__)
            if missing := sorted(set(properties) - fields):
                failures.append(f"{model.__name__} lacks {missing}")
        assert not failures, "regenerate the client:\n" + "\n".join(failures)

    def _invoice_examples(self, document: dict[str, Any]) -> list[SpecExample]:
        wanted = self.spec_invoice_operation
        return [
            example
            for example in spec_examples(document)
            if example.status == "200"
            and is_json(example.media_type)
            and (
                (example.method, example.path) == wanted
                if wanted is not None
                else example.method == "GET" and _GET_INVOICE.search(example.path) is not None
            )
        ]

    def test_documented_invoices_normalize(self) -> None:
        """Every invoice the spec documents normalizes: nothing may raise on the vendor's own
        examples (a `PluginError` is a bug in the mapping; a `NormalizationError` means the
        mapping and the spec disagree)."""
        document = self._spec()
        examples = self._invoice_examples(document)
        if not examples:
            pytest.fail(
                "the spec documents no single-invoice example; set spec_invoice_operation to "
                "its (method, path)"
            )
        for example in examples:
            invoice = invoicekit.normalize(self.vendor, example.body)
            assert invoice.vendor == self.vendor, example.where
