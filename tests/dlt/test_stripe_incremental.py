"""invoicekit.dlt.invoices for a vendor with a native changed-since listing (the Stripe example).

The second run asks Stripe's Events API only for what changed since dlt's cursor, and the
deletions those events report become tombstones; a full run afterwards agrees.
"""

from decimal import Decimal

import pytest
from helpers.registry import with_stripe
from helpers.warehouse import loaded_ids, pipeline, rows

from invoicekit.dlt import invoices
from invoicekit.sandbox import SandboxServer

__all__ = ["with_stripe"]  # the fixture, applied to this module

SIZE = 25


@pytest.fixture
def server():
    with SandboxServer(["stripe"], size=SIZE, seed=4, reserve=2) as running:
        yield running


def run(pipe, server, **options):
    resource = invoices(
        "stripe",
        base_url=server.base_url("stripe"),
        credentials=server.credentials("stripe"),
        account="acme",
        **options,
    )
    return pipe.run(resource)


def test_an_incremental_run_loads_the_changes_and_the_reported_deletions(tmp_path, server):
    pipe = pipeline(tmp_path)
    run(pipe, server)
    ids = sorted(r["id"] for r in rows(tmp_path))
    assert len(ids) == SIZE
    server.mutate("stripe", "update", ids[0], total=Decimal("77.10"))
    server.mutate("stripe", "delete", ids[1])
    created = server.mutate("stripe", "create").invoice_id

    second = run(pipe, server)
    assert loaded_ids(tmp_path, second) == {ids[0], ids[1], created}
    table = {r["id"]: r for r in rows(tmp_path)}
    assert table[ids[0]]["gross"] == "77.10"
    assert table[ids[1]]["deleted"] is True
    assert not table[created]["deleted"]
    assert {i for i, r in table.items() if not r["deleted"]} == set(server.live_ids("stripe"))

    full = run(pipe, server, full=True)
    assert loaded_ids(tmp_path, full) == set()  # the incremental run missed nothing
