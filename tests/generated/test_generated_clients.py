"""The generated clients, driven through httpx.MockTransport with the examples of the specs."""

from __future__ import annotations

import importlib
import json
import re
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


def _client(handler: Any) -> httpx.Client:
    return httpx.Client(base_url="https://vendor.example", transport=httpx.MockTransport(handler))


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


def _call(module: ModuleType, path: str, client: httpx.Client) -> tuple[httpx.Response, Any]:
    kwargs: dict[str, Any] = {}
    for name in re.findall(r"{(\w+)}", path):  # every path parameter ({id}, Daftra's {model})
        kwargs[name] = "123"
    if "body" in module.build_request.__code__.co_varnames:
        body_type = module.build_request.__annotations__["body"]
        kwargs["body"] = msgspec.convert(
            {"auth": {"login": "l", "password": "p"}}, type=body_type, strict=False
        )
    response = client.request(**module.build_request(**kwargs))
    return response, module.parse_response(response)


@pytest.mark.parametrize(("vendor", "path", "operation", "status", "media", "value"), _cases())
def test_every_spec_example_decodes_through_the_generated_client(
    vendor: str, path: str, operation: dict[str, Any], status: int, media: str, value: Any
) -> None:
    body = json.dumps(value).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": media})

    response, parsed = _call(_module(vendor, operation), path, _client(handler))
    assert response.status_code == status
    assert isinstance(parsed, msgspec.Struct), parsed
    # Decoding is lossless for what the model declares: re-encoding gives a subset of the input.
    assert msgspec.json.decode(msgspec.json.encode(parsed)).keys() <= value.keys()


@pytest.mark.parametrize("vendor", VENDORS)
@pytest.mark.parametrize("hostile", ["a/b", "x?y=1", "frag#ment", "..", ".", "../../admin", "%2F", "é"])
def test_ids_are_escaped_inside_one_path_segment(vendor: str, hostile: str) -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(404, content=b"")

    module = importlib.import_module(f"invoicekit_{vendor}_client.api.invoices.get_invoice")
    _client(handler).request(**module.build_request(id=hostile))
    (url,) = seen
    assert not url.query
    assert not url.fragment
    template = module.build_request(id="ID")["url"].split("/")
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
