"""Snapshot of the Invoice JSON schema, so that a change to the public contract shows in review.

After an intended change, rewrite the snapshot and commit it with the change:

    INVOICEKIT_UPDATE_SNAPSHOTS=1 python -m pytest tests/core/test_schema.py
"""

import json
import os
from pathlib import Path

import msgspec

from invoicekit import Invoice

SNAPSHOT = Path(__file__).parent / "snapshots" / "invoice_schema.json"


def render_schema() -> str:
    """The schema of `Invoice` as pretty JSON with sorted keys."""
    return json.dumps(msgspec.json.schema(Invoice), indent=2, sort_keys=True) + "\n"


def test_invoice_schema_matches_snapshot() -> None:
    schema = render_schema()
    if os.environ.get("INVOICEKIT_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(schema, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet; run with INVOICEKIT_UPDATE_SNAPSHOTS=1"
    assert SNAPSHOT.read_text(encoding="utf-8") == schema, (
        "the Invoice schema changed; if intended, rerun with INVOICEKIT_UPDATE_SNAPSHOTS=1 "
        "and commit the snapshot"
    )


def test_schema_states_the_money_and_date_rules() -> None:
    definitions = msgspec.json.schema(Invoice)["$defs"]
    totals = definitions["Totals"]["properties"]
    assert {"type": "string", "format": "decimal"} in totals["gross"]["anyOf"]
    invoice = definitions["Invoice"]["properties"]
    assert {"type": "string", "format": "date"} in invoice["issue_date"]["anyOf"]
    assert {"type": "string", "format": "date-time"} in invoice["created_at"]["anyOf"]
    assert set(definitions["Invoice"]["required"]) == {"vendor", "id", "kind", "status", "raw"}
