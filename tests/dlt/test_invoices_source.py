"""invoicekit.dlt.invoices into dlt's DuckDB destination, against the real sandbox on loopback."""

from decimal import Decimal

import pytest
from dlt.pipeline.exceptions import PipelineStepFailed
from helpers.warehouse import loaded_ids, pipeline, rows

from invoicekit.dlt import invoices
from invoicekit.sandbox import Faults, SandboxServer

SIZE = 30


@pytest.fixture
def server():
    with SandboxServer(["fynn"], size=SIZE, seed=11, reserve=2) as running:
        yield running


def sandbox(server):
    with server.connect("fynn") as client:
        return {invoice.id: invoice for invoice in client.list_invoices()}


def run(pipe, server, **options):
    return pipe.run(
        invoices(
            "fynn",
            base_url=server.base_url("fynn"),
            credentials=server.credentials("fynn"),
            account="acme",
            page_size=7,
            **options,
        )
    )


def test_two_runs_load_exactly_the_changed_rows(tmp_path, server):
    pipe = pipeline(tmp_path)
    first = run(pipe, server)
    before = sandbox(server)
    assert loaded_ids(tmp_path, first) == set(before)
    table = {r["id"]: r for r in rows(tmp_path)}
    for invoice_id, invoice in before.items():
        # Exact amounts: the decimal's own text, never a float.
        assert table[invoice_id]["gross"] == str(invoice.totals.gross)
        assert (table[invoice_id]["vendor"], table[invoice_id]["account"]) == ("fynn", "acme")

    ids = sorted(before)
    server.mutate("fynn", "update", ids[0], paid=True)
    server.mutate("fynn", "update", ids[1], total=Decimal("1234.56"))
    server.mutate("fynn", "delete", ids[2])
    created = server.mutate("fynn", "create").invoice_id

    second = run(pipe, server)
    assert loaded_ids(tmp_path, second) == {ids[0], ids[1], ids[2], created}
    after = sandbox(server)
    table = {r["id"]: r for r in rows(tmp_path)}
    assert {i for i, r in table.items() if not r["deleted"]} == set(after)
    assert table[ids[1]]["gross"] == "1234.56"
    assert table[ids[2]]["deleted"] is True
    assert table[ids[2]]["deleted_at"] is not None
    assert len(table) == SIZE + 1  # merged on the key: nothing doubled

    third = run(pipe, server)
    assert loaded_ids(tmp_path, third) == set()
    assert rows(tmp_path) == list(table.values())


def test_failed_listing_loads_nothing_and_the_next_run_catches_up(tmp_path, server):
    pipe = pipeline(tmp_path)
    run(pipe, server)
    ids = sorted(sandbox(server))
    server.mutate("fynn", "delete", ids[0])
    faults = Faults(rate_500=1.0)
    with (
        SandboxServer(["fynn"], size=SIZE, seed=11, faults=faults) as broken,
        pytest.raises(PipelineStepFailed),
    ):
        run(pipe, broken, retries=0)
    # Nothing of the failed run reached the table or the state: no deletion was assumed.
    assert all(not r["deleted"] for r in rows(tmp_path))
    again = run(pipe, server)
    assert loaded_ids(tmp_path, again) == {ids[0]}
