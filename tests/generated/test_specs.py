"""Every spec in specs/ is valid OpenAPI, and every example in it matches its schema."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import prepare

VENDORS = prepare.vendors()


def test_every_builtin_vendor_has_a_spec() -> None:
    assert {"yeti", "daftra", "fynn"} <= set(VENDORS)


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_is_valid_openapi_as_written_and_as_generated(vendor: str) -> None:
    validate(prepare.load_raw(vendor))
    validate(prepare.load(vendor))


def _validator(document: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator(
        {"$ref": "urn:spec#/components/schemas/" + schema["$ref"].rsplit("/", 1)[1]}
        if "$ref" in schema
        else schema,
        registry=registry,
    )


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_example_matches_its_schema(vendor: str) -> None:
    document = prepare.load(vendor)
    examples = list(prepare.examples(document))
    assert examples, f"{vendor} spec carries no examples"
    failures = []
    for where, schema, value in examples:
        if schema.get("format") == "binary":
            continue
        for error in _validator(document, schema).iter_errors(value):
            failures.append(f"{where}: {error.json_path}: {error.message}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("vendor", VENDORS)
def test_spec_has_a_list_page_and_an_error_example(vendor: str) -> None:
    wheres = [where for where, _, _ in prepare.examples(prepare.load(vendor))]
    assert any(" 200 " in w and "list" in w.lower() for w in wheres) or any(
        "GET" in w and w.split()[1].endswith(("invoices", "invoices.json")) for w in wheres
    )
    assert any(w.split()[3].startswith(("4", "5")) for w in wheres if w.split()[2] == "response")


def test_yeti_filter_table_expands_to_the_164_documented_keys() -> None:
    # 13 number and 6 datetime bases x 8 predicates, reference x 8 string predicates, account_id
    # x 4 uuid predicates (yeti-web app/services/ransack_filter_builder.rb). vendors.md's "165"
    # counts 9 string predicates but lists 8; the source has 8.
    operation = prepare.load("yeti")["paths"]["/api/rest/customer/v1/invoices"]["get"]
    keys = [p["name"] for p in operation["parameters"] if p["name"].startswith("filter[")]
    # ... plus jsonapi-resources' own primary-key filter, written by hand beside the table.
    assert "filter[id]" in keys
    keys.remove("filter[id]")
    assert len(keys) == len(set(keys)) == 164
    assert "filter[start_date_gteq]" in keys
    assert "filter[account_id_in]" in keys
    assert "filter[reference_cont_any]" in keys
    assert "filter[account_id_gt]" not in keys  # uuid has no ordering predicates


def test_unknown_filter_type_is_rejected() -> None:
    with pytest.raises(ValueError, match="no predicate list"):
        prepare.filter_parameters({"x": "money"}, {"number": ["eq"]})
