"""The generated clients, driven through httpx.MockTransport with the examples of the specs."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import msgspec
import pytest
from urllib.parse import unquote

import prepare

VENDORS = prepare.vendors()


def _client(vendor: str, handler: Any) -> Any:
    package = importlib.import_module(f"invoicekit_{vendor}_client")
    return package.Client(
        base_url="https://vendor.example", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def _module(vendor: str, operation: dict[str, Any]) -> ModuleType:
    tag = operation["tags"][0]
    return importlib.import_module(
        f"invoicekit_{vendor}_client.api.{tag}.{operation['operationId']}"
    )


def _cases() -> list[Any]:
    cases = []
    for vendor in VENDORS:
        document = prepare.load(vendor)
        for path, item in document["paths"].items():
            for method, operation in item.items():
                for status, response in operation.get("responses", {}).items():
                    response = prepare.resolve(document, response)
                    for media, content in response.get("content", {}).items():
                        if "json" not in media:
                            continue
                        for name, example in content.get("examples", {}).items():
                            example = prepare.resolve(document, example)
                            cases.append(
                                pytest.param(
                                    vendor, path, operation, int(status), media, example["value"],
                                    id=f"{vendor}-{operation['operationId']}-{status}-{name}",
                                )
                            )  # fmt: skip
    return cases


def _call(module: ModuleType, path: str, client: Any) -> Any:
    kwargs: dict[str, Any] = {"client": client}
    if "{id}" in path:
        kwargs["id"] = "123"
    if "body" in module.sync_detailed.__code__.co_varnames:
        body_type = module.sync_detailed.__annotations__["body"]
        kwargs["body"] = msgspec.convert(
            {"auth": {"login": "l", "password": "p"}}, type=body_type, strict=False
        )
    return module.sync_detailed(**kwargs)


@pytest.mark.parametrize(("vendor", "path", "operation", "status", "media", "value"), _cases())
def test_every_spec_example_decodes_through_the_generated_client(
    vendor: str, path: str, operation: dict[str, Any], status: int, media: str, value: Any
) -> None:
    body = json.dumps(value).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": media})

    response = _call(_module(vendor, operation), path, _client(vendor, handler))
    assert response.status_code == status
    assert isinstance(response.parsed, msgspec.Struct), response.parsed
    # Decoding is lossless for what the model declares: re-encoding gives a subset of the input.
    assert msgspec.json.decode(msgspec.json.encode(response.parsed)).keys() <= value.keys()


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("hostile", ["a/b", "x?y=1", "frag#ment", "..", ".", "../../admin", "%2F", "é"])
def test_ids_are_escaped_inside_one_path_segment(vendor: str, hostile: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(404, content=b"")

    module = importlib.import_module(f"invoicekit_{vendor}_client.api.invoices.get_invoice")
    module.sync_detailed(client=_client(vendor, handler), id=hostile)
    (url,) = seen
    assert not url.query
    assert not url.fragment
    template = module._get_kwargs(id="ID")["url"].split("/")
    segments = url.raw_path.decode().split("/")
    assert len(segments) == len(template)
    assert "." not in segments
    assert ".." not in segments
    (index,) = [i for i, part in enumerate(template) if "ID" in part]
    prefix, _, suffix = template[index].partition("ID")
    segment = segments[index]
    assert segment.startswith(prefix)
    assert segment.endswith(suffix)
    assert unquote(segment[len(prefix) : len(segment) - len(suffix)]) == hostile
