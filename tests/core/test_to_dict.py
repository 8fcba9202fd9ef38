"""`Invoice.to_dict`: plain Python with exact values, on real vendor payloads."""

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest

import invoicekit

PAYLOADS = Path(__file__).parents[1] / "payloads"
CASES = [
    ("daftra", "full_invoice.json"),
    ("fynn", "seed_invoice.json"),
    ("yeti", "invoice_with_account.json"),
]
PLAIN = (str, int, bool, type(None), Decimal, dt.date, dict, tuple, list)


def leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        assert all(isinstance(key, str) for key in value)
        return [leaf for item in value.values() for leaf in leaves(item)]
    if isinstance(value, list | tuple):
        return [leaf for item in value for leaf in leaves(item)]
    return [value]


@pytest.mark.parametrize(("vendor", "name"), CASES)
def test_to_dict_is_plain_and_exact(vendor: str, name: str) -> None:
    invoice = invoicekit.normalize(vendor, (PAYLOADS / vendor / name).read_bytes())
    plain = invoice.to_dict()
    values = leaves(plain)
    assert all(isinstance(value, PLAIN) for value in values)
    assert not any(isinstance(value, float) for value in values)
    assert plain["raw"] == invoice.raw_json()
    assert plain["status"] == invoice.status.value
    assert plain["issue_date"] == invoice.issue_date
    assert plain["totals"] == {
        name: getattr(invoice.totals, name) for name in invoicekit.Totals.__struct_fields__
    }
    for amount in plain["totals"].values():
        assert amount is None or isinstance(amount, Decimal)
    # The same document as the JSON form, once both are reduced to JSON.
    assert msgspec.json.decode(msgspec.json.encode(plain)) == msgspec.json.decode(
        invoicekit.to_json(invoice)
    )


def test_to_dict_without_raw() -> None:
    body = (PAYLOADS / "fynn" / "seed_invoice.json").read_bytes()
    plain = invoicekit.normalize("fynn", body).to_dict(raw=False)
    assert "raw" not in plain
    assert plain["vendor"] == "fynn"
    with pytest.raises(TypeError):
        msgspec.to_builtins(invoicekit.normalize("fynn", body))  # why to_dict exists


def test_rows_become_a_typed_arrow_table() -> None:
    pyarrow = pytest.importorskip("pyarrow")
    invoices = [
        invoicekit.normalize(vendor, (PAYLOADS / vendor / name).read_bytes())
        for vendor, name in CASES
    ]
    rows = [invoice.to_dict(raw=False) for invoice in invoices]
    table = pyarrow.Table.from_pylist(rows)
    gross = table.column("totals").combine_chunks().field("gross")
    assert pyarrow.types.is_decimal(gross.type)
    assert [value.as_py() for value in gross] == [invoice.totals.gross for invoice in invoices]
