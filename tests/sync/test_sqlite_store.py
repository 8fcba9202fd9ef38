import datetime as dt
import multiprocessing
import sqlite3
from decimal import Decimal

import msgspec
import pytest
from helpers.store_lock import hold_lock

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Totals
from invoicekit.sync import (
    ChangeKind,
    CorruptStore,
    ForeignStore,
    Outcome,
    SQLiteStore,
    StoreLocked,
    SyncState,
)

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def invoice(number="1", status=InvoiceStatus.ISSUED, gross="10.00", updated=T0, id_="a"):
    return Invoice(
        vendor="fynn",
        id=id_,
        number=number,
        kind=InvoiceKind.INVOICE,
        status=status,
        totals=Totals(gross=Decimal(gross)),
        updated_at=updated,
        raw=msgspec.Raw(b'{"id":"%s","n":"%s"}' % (id_.encode(), number.encode())),
    )


def test_upsert_is_idempotent_and_logged(store):
    assert store.upsert("acme", invoice()) is Outcome.ADDED
    assert store.upsert("acme", invoice()) is Outcome.UNCHANGED
    assert store.upsert("acme", invoice(gross="12.00")) is Outcome.CHANGED
    stored = store.get("fynn", "acme", "a")
    assert stored.invoice.totals.gross == Decimal("12.00")
    assert stored.invoice.raw == invoice(gross="12.00").raw
    assert [c.kind for c in store.changes()] == [ChangeKind.ADDED, ChangeKind.CHANGED]


def test_tombstone_and_revive(store):
    store.upsert("acme", invoice())
    assert store.tombstone("fynn", "acme", "a") is Outcome.DELETED
    assert store.tombstone("fynn", "acme", "a") is Outcome.UNCHANGED
    assert store.live_ids("fynn", "acme") == set()
    assert store.get("fynn", "acme", "a").deleted_at is not None
    assert list(store.query()) == []
    assert len(list(store.query(include_deleted=True))) == 1
    assert store.upsert("acme", invoice()) is Outcome.ADDED
    assert store.get("fynn", "acme", "a").deleted_at is None
    kinds = [c.kind for c in store.changes()]
    assert kinds == [ChangeKind.ADDED, ChangeKind.DELETED, ChangeKind.ADDED]


def test_apply_if_not_older(store):
    later = T0 + dt.timedelta(hours=1)
    store.upsert("acme", invoice(gross="20.00", updated=later), not_older_than=later)
    old = invoice(gross="10.00", updated=T0)
    assert store.upsert("acme", old, not_older_than=T0) is Outcome.STALE
    assert store.tombstone("fynn", "acme", "a", at=T0) is Outcome.STALE
    assert store.get("fynn", "acme", "a").invoice.totals.gross == Decimal("20.00")
    assert store.tombstone("fynn", "acme", "a", at=later) is Outcome.DELETED


def _write_page_then_die(store):
    with store.transaction():
        store.upsert("acme", invoice(id_="a"))
        store.upsert("acme", invoice(id_="b"))
        raise RuntimeError("killed mid-page")


def test_transaction_rolls_back_whole_page(store):
    with pytest.raises(RuntimeError):
        _write_page_then_die(store)
    assert store.live_ids("fynn", "acme") == set()
    assert list(store.changes()) == []


def test_state_round_trip(store):
    assert store.state("fynn", "acme") == SyncState()
    state = SyncState(cursor=T0, last_complete=T0, last_error="boom")
    store.set_state("fynn", "acme", state)
    assert store.state("fynn", "acme") == state


def test_query_by_status(store):
    store.upsert("acme", invoice(id_="a"))
    store.upsert("acme", invoice(id_="b", status=InvoiceStatus.PAID))
    assert [s.invoice.id for s in store.query(status="paid")] == ["b"]


def test_changes_since(store):
    store.upsert("acme", invoice(id_="a"))
    cut = dt.datetime.now(dt.UTC)
    store.upsert("acme", invoice(id_="b"))
    assert [c.id for c in store.changes(since=cut)] == ["b"]


def test_reopen_keeps_data_and_schema(tmp_path):
    path = tmp_path / "s.sqlite"
    with SQLiteStore(path) as first:
        first.upsert("acme", invoice())
    with SQLiteStore(path) as second:
        assert second.live_ids("fynn", "acme") == {"a"}
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_corrupt_file(tmp_path):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(CorruptStore, match=r"bad\.sqlite"):
        SQLiteStore(path)
    assert path.read_bytes() == b"this is not a database at all" * 100


def test_foreign_database(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(ForeignStore, match="not an invoicekit store"):
        SQLiteStore(path)


def test_newer_schema_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version=99")
    with pytest.raises(ForeignStore, match="newer"):
        SQLiteStore(path)


def test_second_process_waits_then_fails_clearly(tmp_path):
    path = tmp_path / "s.sqlite"
    SQLiteStore(path).close()
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=hold_lock, args=(path, ready, release))
    holder.start()
    try:
        assert ready.wait(20)
        with SQLiteStore(path, timeout=0.2) as second, pytest.raises(StoreLocked):
            second.upsert("acme", invoice(id_="other"))
    finally:
        release.set()
        holder.join(20)
    with SQLiteStore(path) as after:
        # Once the holder committed, the second writer succeeds; both rows are there.
        after.upsert("acme", invoice(id_="other"))
        assert after.live_ids("fynn", "acme") == {"held", "other"}
