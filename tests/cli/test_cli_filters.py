"""Discoverable filters and forgiving vendor names: ``vendors --filters``, ``--help``, errors."""

import json

import pytest
from helpers.cli_runner import Run, one_error_line

import invoicekit
from invoicekit.vendor import filter_type


def test_vendors_filters_lists_types(run: Run) -> None:
    result = run("vendors", "--filters", "acme")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [
        {"name": "issued_since", "type": "date (YYYY-MM-DD)", "kind": "common"},
        {"name": "issued_until", "type": "date (YYYY-MM-DD)", "kind": "common"},
        {"name": "page_size", "type": "integer", "kind": "common"},
        {"name": "customer", "type": "text", "kind": "native"},
    ]


def test_vendors_filters_of_a_real_vendor(run: Run) -> None:
    result = run("vendors", "--filters", "Daftra")
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows["status"]["kind"] == "common"
    assert rows["client_id"] == {"name": "client_id", "type": "integer", "kind": "native"}
    assert rows["date_from"]["type"] == "date (YYYY-MM-DD)"
    assert set(rows) - {"issued_since", "issued_until", "page_size", "status"} == set(
        invoicekit.get_vendor("daftra").native_filters()
    )


def test_every_listed_native_filter_is_accepted() -> None:
    for name in invoicekit.vendors():
        vendor = invoicekit.get_vendor(name)
        vendor.check_filters(vendor.native_filters())
        assert vendor.capabilities().native_filters == dict(sorted(vendor.native_filters().items()))


def test_a_native_filter_from_the_listing_works(run: Run) -> None:
    everyone = run("list", "acme", "--sandbox", "--limit", "1")
    customer = json.loads(everyone.stdout)["buyer"]["name"]
    result = run("list", "acme", "--sandbox", "--filter", f"customer={customer}")
    assert result.exit_code == 0, result.stderr
    buyers = {json.loads(line)["buyer"]["name"] for line in result.stdout.splitlines()}
    assert buyers == {customer}


def test_an_unknown_filter_lists_that_vendors_filters(run: Run) -> None:
    result = run("list", "acme", "--sandbox", "--filter", "color=red")
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "acme: unknown filter 'color'; acme accepts the common filters: issued_since, "
        "issued_until, page_size; and its own: customer"
    )


def test_an_unknown_filter_suggests_a_close_one(run: Run) -> None:
    result = run("list", "acme", "--sandbox", "--filter", "custmer=x")
    assert result.exit_code == 1
    assert "unknown filter 'custmer'; did you mean 'customer'?" in one_error_line(result)


def test_a_vendor_with_many_filters_counts_them(run: Run) -> None:
    result = run("list", "yeti", "--sandbox", "--filter", "filter[amount_spent_eqq]=1")
    assert result.exit_code == 1
    message = one_error_line(result)
    assert "did you mean 'filter[amount_spent_eq]'" in message
    count = len(invoicekit.get_vendor("yeti").native_filters())
    assert f"its own: {count} filters (invoicekit vendors --filters yeti lists them)" in message


@pytest.mark.parametrize("spelling", ["ACME", "Acme", "acme"])
def test_vendor_names_ignore_case(run: Run, spelling: str) -> None:
    result = run("list", spelling, "--sandbox", "--limit", "2")
    assert result.exit_code == 0, result.stderr
    assert {json.loads(line)["vendor"] for line in result.stdout.splitlines()} == {"acme"}


def test_demo_vendor_names_ignore_case(run: Run) -> None:
    result = run("demo", "--vendor", "ACME", "--count", "1", "--json")
    assert result.exit_code == 0, result.stderr
    assert invoicekit.from_json(result.stdout_bytes).vendor == "acme"


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["list", "acmee", "--sandbox"], "acmee"),
        (["vendors", "--filters", "acmee"], "acmee"),
        (["get", "Acne", "1"], "Acne"),
        (["demo", "--vendor", "acmee"], "acmee"),
    ],
)
def test_a_misspelt_vendor_gets_a_suggestion(run: Run, args: list[str], name: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    message = one_error_line(result)
    assert message.startswith(f"unknown vendor {name!r}; known vendors: acme")
    assert message.endswith("(did you mean 'acme'?)")


def test_help_lists_filters_by_vendor(run: Run) -> None:
    for command in ("list", "export"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Filters by vendor (invoicekit vendors --filters VENDOR)" in result.stdout
        assert "--issued-since, --issued-until, --page-size; customer (text)" in result.stdout
        assert "165 of its own" in result.stdout  # yeti, counted


def test_filter_type_words() -> None:
    import datetime as dt
    import enum
    import uuid

    import msgspec

    class Kind(enum.IntEnum):
        A = 0
        B = 16

    assert filter_type(int | msgspec.UnsetType) == "integer"
    assert filter_type(float | str | msgspec.UnsetType) == "decimal"
    assert filter_type(dt.date | msgspec.UnsetType) == "date (YYYY-MM-DD)"
    assert filter_type(dt.datetime) == "date-time (ISO 8601)"
    assert filter_type(uuid.UUID | msgspec.UnsetType) == "UUID"
    assert filter_type(Kind | msgspec.UnsetType) == "one of 0, 16"
    assert filter_type(list[str]) == "text"
