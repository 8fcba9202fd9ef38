"""Store fixtures: the store contract tests run against every backend."""

import pytest
from helpers.postgres import fresh_schema, postgres_dsn

from invoicekit.sync import PostgresStore, SQLiteStore


@pytest.fixture
def pg_schema():
    """A fresh schema on the test PostgreSQL server: (dsn, schema name)."""
    dsn = postgres_dsn()
    with fresh_schema(dsn) as schema:
        yield dsn, schema


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """An empty store of each backend (PostgreSQL in a schema of its own)."""
    if request.param == "sqlite":
        with SQLiteStore(tmp_path / "s.sqlite") as opened:
            yield opened
        return
    dsn, schema = request.getfixturevalue("pg_schema")
    with PostgresStore(dsn, schema=schema, timeout=5) as opened:
        yield opened
