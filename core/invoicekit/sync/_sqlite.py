"""`SQLiteStore`: the embedded default store, one file in WAL mode, standard-library sqlite3."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from decimal import Decimal
from typing import Any

from ._sqlstore import SQLStore
from ._store import CorruptStore, ForeignStore, StoreError, StoreLocked

__all__ = ["SQLiteStore"]

# PRAGMA application_id marks the file as ours ("IKit"), so a foreign database is refused.
APPLICATION_ID = 0x494B6974

# Versioned migrations: MIGRATIONS[n] brings user_version n to n + 1. Never edit a shipped one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE invoices (
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        id TEXT NOT NULL,
        invoice TEXT NOT NULL,
        raw BLOB NOT NULL,
        hash TEXT NOT NULL,
        number TEXT,
        kind TEXT,
        status TEXT,
        issue_date TEXT,
        due_date TEXT,
        currency TEXT,
        gross TEXT,
        due TEXT,
        buyer_name TEXT,
        source_time TEXT,
        first_seen TEXT NOT NULL,
        last_changed TEXT NOT NULL,
        deleted_at TEXT,
        PRIMARY KEY (vendor, account, id)
    );
    CREATE INDEX invoices_status ON invoices (vendor, account, status);
    CREATE INDEX invoices_issue_date ON invoices (issue_date);
    CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        hash TEXT
    );
    CREATE INDEX changes_at ON changes (at);
    CREATE TABLE sync_state (
        vendor TEXT NOT NULL,
        account TEXT NOT NULL,
        cursor TEXT,
        last_complete TEXT,
        last_error TEXT,
        PRIMARY KEY (vendor, account)
    );
    """,
)


def _stamp(value: dt.datetime) -> str:
    # Fixed-width UTC text sorts in time order, so SQL comparisons on it are correct.
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class SQLiteStore(SQLStore):
    """A `Store` in one SQLite file (WAL mode), safe for several processes.

    Writers take SQLite's write lock for one page at a time; a second process waits up to
    ``timeout`` seconds for it and then raises `StoreLocked`. Opening a file that is not a
    database raises `CorruptStore`; one of another application, or of a newer schema,
    `ForeignStore`. Nothing is written to such a file.
    """

    _db: sqlite3.Connection

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open: {exc}", location=self.path) from None
        self._open_or_close(self._open)

    def __repr__(self) -> str:
        return f"<SQLiteStore {self.path!r}>"

    def _open(self) -> None:
        try:
            application_id, version = self._read_header()
            if application_id not in (0, APPLICATION_ID) or (
                application_id == 0 and self._has_tables()
            ):
                raise ForeignStore("not an invoicekit store", location=self.path)
            if version > len(MIGRATIONS):
                raise ForeignStore(
                    f"schema version {version} is newer than this invoicekit knows "
                    f"({len(MIGRATIONS)}); upgrade invoicekit",
                    location=self.path,
                )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(version)
        except sqlite3.DatabaseError as exc:
            raise self._error(exc) from None

    def _read_header(self) -> tuple[int, int]:
        (application_id,) = self._db.execute("PRAGMA application_id").fetchone()
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        return int(application_id), int(version)

    def _has_tables(self) -> bool:
        count: int = self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return count > 0

    def _migrate(self, version: int) -> None:
        for number in range(version, len(MIGRATIONS)):
            with self.transaction():
                # Re-read inside the write lock: another process may have migrated meanwhile.
                if self._read_header()[1] > number:
                    continue
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                self._db.execute(f"PRAGMA user_version={number + 1}")

    def _error(self, exc: sqlite3.Error) -> StoreError:
        message = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and "locked" in message:
            return StoreLocked(
                "another process holds the write lock; try again when its sync ends",
                location=self.path,
            )
        if isinstance(exc, sqlite3.DatabaseError) and (
            "not a database" in message or "malformed" in message
        ):
            return CorruptStore(f"not a readable SQLite database ({message})", location=self.path)
        return StoreError(message, location=self.path)

    def _begin(self) -> None:
        try:
            # IMMEDIATE takes the write lock now, so a second writer waits here, not mid-page.
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _commit(self) -> None:
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _rollback(self) -> None:
        self._db.execute("ROLLBACK")

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _time(self, value: dt.datetime | None) -> str | None:
        return None if value is None else _stamp(value)

    def _instant(self, value: Any) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)

    def _value(self, value: str | dt.date | Decimal | None) -> str | None:
        # SQLite has no date or decimal type: ISO dates and exact decimal text (str of both).
        return None if value is None else str(value)
