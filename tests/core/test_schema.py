"""Snapshot of the Invoice JSON schema's contract, so that a change to it shows in review.

The contract is the shape: field names, types, required fields, defaults, enums, patterns and
formats. Description text is documentation, rendered from docstrings in a way that differs between
msgspec releases (0.23 cleans docstrings, 0.22 did not), so it is left out of the snapshot; a
separate test checks that every type is still described.

After an intended change, rewrite the snapshot and commit it with the change:

    INVOICEKIT_UPDATE_SNAPSHOTS=1 python -m pytest tests/core/test_schema.py
"""

import json
import os
from pathlib import Path
from typing import Any

import msgspec
import pytest

from invoicekit import Invoice

SNAPSHOT = Path(__file__).parent / "snapshots" / "invoice_schema.json"
PROSE = frozenset({"description", "title", "examples"})
# Keywords whose value maps names (of fields, of types) to schemas: their keys are names, so a
# field called "description" stays.
NAMED = frozenset({"properties", "$defs", "patternProperties"})


def contract(node: Any) -> Any:
    """The schema without its prose: the `description`, `title` and `examples` keywords dropped."""
    if isinstance(node, list):
        return [contract(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept: dict[str, Any] = {}
    for key, value in node.items():
        if key in NAMED and isinstance(value, dict):
            kept[key] = {name: contract(schema) for name, schema in value.items()}
        elif key not in PROSE:
            kept[key] = contract(value)
    return kept


def render_contract() -> str:
    """The contract of `Invoice`'s schema as pretty JSON with sorted keys."""
    return json.dumps(contract(msgspec.json.schema(Invoice)), indent=2, sort_keys=True) + "\n"


def test_invoice_schema_matches_snapshot() -> None:
    rendered = render_contract()
    if os.environ.get("INVOICEKIT_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(rendered, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet; run with INVOICEKIT_UPDATE_SNAPSHOTS=1"
    assert SNAPSHOT.read_text(encoding="utf-8") == rendered, (
        "the Invoice schema's contract changed; if intended, rerun with "
        "INVOICEKIT_UPDATE_SNAPSHOTS=1 and commit the snapshot"
    )


def test_contract_ignores_prose_but_not_shape() -> None:
    schema = {
        "description": "Some   text,\n    indented.",
        "properties": {"a": {"type": "string", "title": "A", "pattern": "^x$"}},
        "required": ["a"],
    }
    reworded = {**schema, "description": "Some text, indented."}
    assert contract(reworded) == contract(schema)
    retyped = {**schema, "properties": {"a": {"type": "integer", "pattern": "^x$"}}}
    assert contract(retyped) != contract(schema)
    assert "description" not in contract(schema)


def test_contract_keeps_a_field_named_like_a_keyword() -> None:
    schema = {"properties": {"description": {"type": "string", "description": "prose"}}}
    assert contract(schema) == {"properties": {"description": {"type": "string"}}}


@pytest.mark.parametrize("name", sorted(msgspec.json.schema(Invoice)["$defs"]))
def test_every_type_in_the_schema_is_described(name: str) -> None:
    definition = msgspec.json.schema(Invoice)["$defs"][name]
    assert definition.get("description", "").strip(), f"{name} has no docstring"


def test_schema_states_the_money_and_date_rules() -> None:
    definitions = msgspec.json.schema(Invoice)["$defs"]
    totals = definitions["Totals"]["properties"]
    assert {"type": "string", "format": "decimal"} in totals["gross"]["anyOf"]
    invoice = definitions["Invoice"]["properties"]
    assert {"type": "string", "format": "date"} in invoice["issue_date"]["anyOf"]
    assert {"type": "string", "format": "date-time"} in invoice["created_at"]["anyOf"]
    assert set(definitions["Invoice"]["required"]) == {"vendor", "id", "kind", "status", "raw"}
