"""`PostgresStore`: the `Store` on a PostgreSQL server through psycopg 3 (``[postgres]`` extra).

Same tables, columns and semantics as `SQLiteStore`, with PostgreSQL's own types: ``json`` for
the invoice (its text kept byte for byte), ``bytea`` for ``raw``, ``numeric`` for amounts,
``date`` and ``timestamptz``. Writers lock per (vendor, account) with transaction-scoped advisory
locks, so syncs of different accounts run side by side and two syncs of one account take turns.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
from typing import Any

try:
    import psycopg
    from psycopg import errors, sql
    from psycopg.types.json import set_json_loads
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("PostgresStore needs psycopg 3: pip install 'invoicekit[postgres]'") from exc

from ._sqlstore import Cursor, SQLStore
from ._store import ForeignStore, StoreError, StoreLocked

__all__ = ["PostgresStore"]

APPLICATION = "invoicekit"

# Versioned migrations: MIGRATIONS[n] brings schema version n to n + 1. Never edit a shipped one.
# The tables and columns are SQLiteStore's (the shared SQL in _sqlstore reads and writes both).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE invoicekit_schema (
        application TEXT NOT NULL,
        version INTEGER NOT NULL
    );
    INSERT INTO invoicekit_schema (application, version) VALUES ('invoicekit', 0);
    CREATE TABLE invoices (
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        id TEXT NOT NULL,
        invoice JSON NOT NULL,
        raw BYTEA NOT NULL,
        hash TEXT NOT NULL,
        number TEXT,
        kind TEXT,
        status TEXT,
        issue_date DATE,
        due_date DATE,
        currency TEXT,
        gross NUMERIC,
        due NUMERIC,
        buyer_name TEXT,
        source_time TIMESTAMPTZ,
        first_seen TIMESTAMPTZ NOT NULL,
        last_changed TIMESTAMPTZ NOT NULL,
        deleted_at TIMESTAMPTZ,
        PRIMARY KEY (vendor, account, id)
    );
    CREATE INDEX invoices_status ON invoices (vendor, account, status);
    CREATE INDEX invoices_issue_date ON invoices (issue_date);
    CREATE TABLE changes (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL,
        hash TEXT
    );
    CREATE INDEX changes_at ON changes (at);
    CREATE TABLE sync_state (
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        cursor TIMESTAMPTZ,
        last_complete TIMESTAMPTZ,
        last_error TEXT,
        PRIMARY KEY (vendor, account)
    );
    """,
)

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=64)
def _placeholders(query: str) -> str:
    """The shared SQL's ``?`` and ``:name`` placeholders in psycopg's ``%s`` style."""
    return _NAMED.sub(r"%(\1)s", query).replace("?", "%s")


def _unparsed(data: str | bytes) -> str | bytes:
    """The json column's text as it is (psycopg may hand over a memoryview)."""
    return data if isinstance(data, str) else bytes(data)


def _lock_key(*parts: str) -> int:
    """A signed 64-bit advisory-lock key for ``parts`` (stable across processes)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _location(dsn: str, schema: str) -> str:
    """Where the store lives, for messages: never the password, never the raw DSN."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        return f"postgresql (invalid connection string, schema {schema})"
    user = f"{info['user']}@" if info.get("user") else ""
    host = info.get("host") or "localhost"
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{host}{port}/{info.get('dbname') or ''} (schema {schema})"


class PostgresStore(SQLStore):
    """A `Store` in one schema of a PostgreSQL database (psycopg 3), safe for many processes.

    ``dsn`` is a libpq connection string or URL; ``schema`` (created when missing) holds the
    tables, so several stores can share a database. A write to an (vendor, account) takes that
    account's lock until its transaction commits: a second sync of the same account waits up to
    ``timeout`` seconds and then raises `StoreLocked`; other accounts proceed. Change-log writes
    are serialized so that ``changes(after_seq=...)`` never skips an entry committed late.
    A schema holding other tables, or a newer invoicekit schema, raises `ForeignStore` and is
    left untouched. One store object is one connection: use one per thread or task.
    """

    _db: psycopg.Connection[Any]

    def __init__(self, dsn: str, *, schema: str = "public", timeout: float = 30.0) -> None:
        self.schema = schema
        self.location = _location(dsn, schema)
        self._locked: set[int] = set()
        try:
            self._db = psycopg.connect(dsn, autocommit=True, connect_timeout=max(1, int(timeout)))
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect: {exc}", location=self.location) from None
        self._open_or_close(lambda: self._open(timeout))

    def __repr__(self) -> str:
        return f"<PostgresStore {self.location}>"

    def _open(self, timeout: float) -> None:
        # The invoice column is json: read its text back unparsed, exactly as it was written.
        set_json_loads(_unparsed, self._db)
        settings = {
            "TimeZone": "UTC",
            "lock_timeout": f"{max(1, int(timeout * 1000))}ms",
            "search_path": sql.Identifier(self.schema).as_string(self._db),
        }
        for name, value in settings.items():
            self._execute("SELECT set_config(?, ?, false)", (name, value))
        with self.transaction():
            self._lock(_lock_key(APPLICATION, self.schema, "migrate"))
            self._migrate(self._version())

    def _version(self) -> int:
        tables = {
            row[0]
            for row in self._execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                (self.schema,),
            ).fetchall()
        }
        if "invoicekit_schema" not in tables:
            if tables:
                raise ForeignStore(
                    f"not an invoicekit store: the schema holds other tables "
                    f"({', '.join(sorted(tables)[:5])})",
                    location=self.location,
                )
            self._execute(
                sql.SQL("CREATE SCHEMA IF NOT EXISTS {}")
                .format(sql.Identifier(self.schema))
                .as_string(self._db)
            )
            return 0
        row = self._execute("SELECT application, version FROM invoicekit_schema").fetchone()
        if row is None or row[0] != APPLICATION:
            raise ForeignStore("not an invoicekit store", location=self.location)
        version = int(row[1])
        if version > len(MIGRATIONS):
            raise ForeignStore(
                f"schema version {version} is newer than this invoicekit knows "
                f"({len(MIGRATIONS)}); upgrade invoicekit",
                location=self.location,
            )
        return version

    def _migrate(self, version: int) -> None:
        # Runs under the migration lock, so a second process re-reads the version after it.
        for number in range(version, len(MIGRATIONS)):
            self._execute(MIGRATIONS[number])
            self._execute("UPDATE invoicekit_schema SET version = ?", (number + 1,))

    def _error(self, exc: psycopg.Error) -> StoreError:
        if isinstance(exc, errors.LockNotAvailable):
            return StoreLocked(
                "another process is writing this account; try again when its sync ends",
                location=self.location,
            )
        if isinstance(exc, errors.DeadlockDetected):
            return StoreLocked(
                "deadlock with another writer (one transaction wrote several accounts)",
                location=self.location,
            )
        return StoreError(f"{type(exc).__name__}: {exc}", location=self.location)

    def _execute(self, query: str, params: Any = ()) -> Cursor:
        try:
            return self._db.execute(_placeholders(query), params or None)
        except psycopg.Error as exc:
            raise self._error(exc) from None

    def _begin(self) -> None:
        self._locked.clear()
        self._execute("BEGIN")

    def _commit(self) -> None:
        self._execute("COMMIT")

    def _rollback(self) -> None:
        if self._db.closed:
            return
        # If the connection broke, the server rolls the transaction back by itself.
        with contextlib.suppress(psycopg.Error):
            self._db.execute("ROLLBACK")

    def _lock(self, key: int) -> None:
        if key not in self._locked:
            self._execute("SELECT pg_advisory_xact_lock(?)", (key,))
            self._locked.add(key)

    def _lock_account(self, vendor: str, account: str) -> None:
        self._lock(_lock_key(APPLICATION, self.schema, vendor, account))

    def _lock_log(self) -> None:
        self._lock(_lock_key(APPLICATION, self.schema, "changes"))
