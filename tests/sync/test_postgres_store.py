"""PostgresStore's own behaviour on a real server: schema, types, locking, bad databases.

The Store contract itself (upserts, tombstones, change log, state) runs for both backends in
test_sqlite_store.py through the parametrized ``store`` fixture.
"""

import datetime as dt
import socket
import threading
from decimal import Decimal

import msgspec
import psycopg
import pytest
from psycopg import sql

from invoicekit import Invoice, InvoiceKind, InvoiceStatus, Totals
from invoicekit.sync import ForeignStore, Outcome, PostgresStore, StoreError, StoreLocked


def invoice(id_="a", gross="10.00"):
    return Invoice(
        vendor="fynn",
        id=id_,
        kind=InvoiceKind.INVOICE,
        status=InvoiceStatus.ISSUED,
        issue_date=dt.date(2026, 3, 1),
        totals=Totals(gross=Decimal(gross)),
        raw=msgspec.Raw(b'{"id": "%s", "gross": %s}' % (id_.encode(), gross.encode())),
    )


def execute(dsn, schema, statement, params=()):
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
        cursor = connection.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def test_typed_columns_and_exact_json(pg_schema):
    dsn, schema = pg_schema
    with PostgresStore(dsn, schema=schema) as store:
        store.upsert("acme", invoice(gross="1234567890.123456789"))
        stored = store.get("fynn", "acme", "a")
    assert stored.invoice.totals.gross == Decimal("1234567890.123456789")
    [(gross, issue_date, first_seen, raw)] = execute(
        dsn, schema, "SELECT gross, issue_date, first_seen, raw FROM invoices"
    )
    assert gross == Decimal("1234567890.123456789")
    assert issue_date == dt.date(2026, 3, 1)
    assert first_seen.tzinfo is not None
    assert bytes(raw) == b'{"id": "a", "gross": 1234567890.123456789}'
    assert execute(dsn, schema, "SELECT version FROM invoicekit_schema") == [(1,)]


def test_reopen_keeps_data_and_does_not_migrate_twice(pg_schema):
    dsn, schema = pg_schema
    with PostgresStore(dsn, schema=schema) as first:
        first.upsert("acme", invoice())
    with PostgresStore(dsn, schema=schema) as second:
        assert second.live_ids("fynn", "acme") == {"a"}
    assert execute(dsn, schema, "SELECT count(*) FROM invoicekit_schema") == [(1,)]


def test_concurrent_first_opens_migrate_once(pg_schema):
    dsn, schema = pg_schema
    errors = []

    def open_store():
        try:
            PostgresStore(dsn, schema=schema).close()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert execute(dsn, schema, "SELECT version FROM invoicekit_schema") == [(1,)]


def test_foreign_schema_is_refused_and_untouched(pg_schema):
    dsn, schema = pg_schema
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    execute(dsn, schema, "CREATE TABLE people (name TEXT)")
    with pytest.raises(ForeignStore, match=r"not an invoicekit store.*people"):
        PostgresStore(dsn, schema=schema)
    tables = execute(
        dsn,
        schema,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
        (schema,),
    )
    assert tables == [("people",)]


def test_newer_schema_refused(pg_schema):
    dsn, schema = pg_schema
    PostgresStore(dsn, schema=schema).close()
    execute(dsn, schema, "UPDATE invoicekit_schema SET version = 99")
    with pytest.raises(ForeignStore, match="newer"):
        PostgresStore(dsn, schema=schema)


def test_unreachable_server_is_a_clear_error_without_the_password():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port once the probe is closed.
    dsn = f"postgresql://someone:s3cret-pw@127.0.0.1:{port}/nowhere"
    with pytest.raises(StoreError, match="cannot connect") as caught:
        PostgresStore(dsn, timeout=1)
    assert "s3cret-pw" not in str(caught.value)
    assert "someone@127.0.0.1" in str(caught.value)


def test_repr_hides_the_password(pg_schema):
    dsn, schema = pg_schema
    with PostgresStore(dsn, schema=schema) as store:
        info = psycopg.conninfo.conninfo_to_dict(dsn)
        assert f"{info['user']}@" in repr(store)
        assert schema in repr(store)
        if info.get("password"):
            assert f":{info['password']}@" not in repr(store)


def test_second_writer_of_an_account_waits_then_fails_clearly(pg_schema):
    dsn, schema = pg_schema
    with PostgresStore(dsn, schema=schema) as holder, holder.transaction():
        holder.upsert("acme", invoice(id_="held"))
        with PostgresStore(dsn, schema=schema, timeout=0.2) as second:
            with pytest.raises(StoreLocked, match="another process is writing this account"):
                second.upsert("acme", invoice(id_="other"))
            # Reading never waits, and sees only committed data.
            assert second.live_ids("fynn", "acme") == set()
    with PostgresStore(dsn, schema=schema) as after:
        assert after.upsert("acme", invoice(id_="other")) is Outcome.ADDED
        assert after.live_ids("fynn", "acme") == {"held", "other"}


def test_waiting_writer_proceeds_when_the_holder_commits(pg_schema):
    dsn, schema = pg_schema
    outcome = []
    with PostgresStore(dsn, schema=schema) as holder, PostgresStore(dsn, schema=schema) as second:

        def write_second():
            outcome.append(second.upsert("acme", invoice(id_="a", gross="20.00")))

        with holder.transaction():
            holder.upsert("acme", invoice(id_="a"))
            writer = threading.Thread(target=write_second)
            writer.start()
            writer.join(0.3)
            assert writer.is_alive(), "the second writer must wait for the first"
        writer.join(10)
        # It waited, then saw the committed row: a change, not a second "added".
        assert outcome == [Outcome.CHANGED]
        assert [c.kind.value for c in second.changes()] == ["added", "changed"]
