"""`SQLiteStore`: the embedded default store, one file in WAL mode, standard-library sqlite3."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

from .._json import from_json, to_json
from ..model import Invoice
from ._store import (
    Change,
    ChangeKind,
    CorruptStore,
    ForeignStore,
    Outcome,
    StoredInvoice,
    StoreError,
    StoreLocked,
    SyncState,
    content_hash,
)

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


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(value: dt.datetime) -> str:
    # Fixed-width UTC text sorts in time order, so SQL comparisons on it are correct.
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _text(value: dt.datetime | None) -> str | None:
    return None if value is None else _stamp(value)


def _instant(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def columns(invoice: Invoice) -> dict[str, Any]:
    """The queryable columns of ``invoice``, as the SQL stores write them."""
    return {
        "number": invoice.number,
        "kind": invoice.kind.value,
        "status": invoice.status.value,
        "issue_date": invoice.issue_date.isoformat() if invoice.issue_date else None,
        "due_date": invoice.due_date.isoformat() if invoice.due_date else None,
        "currency": invoice.currency,
        "gross": None if invoice.totals.gross is None else str(invoice.totals.gross),
        "due": None if invoice.totals.due is None else str(invoice.totals.due),
        "buyer_name": invoice.buyer.name if invoice.buyer else None,
    }


class SQLiteStore:
    """A `Store` in one SQLite file (WAL mode), safe for several processes.

    Writers take SQLite's write lock for one page at a time; a second process waits up to
    ``timeout`` seconds for it and then raises `StoreLocked`. Opening a file that is not a
    database raises `CorruptStore`; one of another application, or of a newer schema,
    `ForeignStore`. Nothing is written to such a file.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = 30.0) -> None:
        self.path = os.fspath(path)
        self._depth = 0
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open: {exc}", location=self.path) from None
        try:
            self._open()
        except BaseException:
            self._db.close()
            raise

    def __repr__(self) -> str:
        return f"<SQLiteStore {self.path!r}>"

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

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

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the writes inside as one atomic commit; an exception rolls all of them back."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            # IMMEDIATE takes the write lock now, so a second writer waits here, not mid-page.
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error(exc) from None
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._db.execute("ROLLBACK")
            raise self._error(exc) from None

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _log(
        self, key: tuple[str, str, str], kind: ChangeKind, at: str, digest: str | None
    ) -> None:
        self._execute(
            "INSERT INTO changes (vendor, account, id, kind, at, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (*key, kind.value, at, digest),
        )

    def upsert(
        self, account: str, invoice: Invoice, *, not_older_than: dt.datetime | None = None
    ) -> Outcome:
        """Insert or update ``invoice`` (see `Store.upsert`)."""
        key = (invoice.vendor, account, invoice.id)
        source = _text(not_older_than if not_older_than is not None else invoice.updated_at)
        digest = content_hash(invoice)
        with self.transaction():
            row = self._execute(
                "SELECT hash, source_time, deleted_at FROM invoices "
                "WHERE vendor = ? AND account = ? AND id = ?",
                key,
            ).fetchone()
            if row is not None and not_older_than is not None and row[1] and source < row[1]:
                return Outcome.STALE
            if row is not None and row[0] == digest and row[2] is None:
                return Outcome.UNCHANGED
            now = _stamp(_now())
            values = {
                "vendor": invoice.vendor,
                "account": account,
                "id": invoice.id,
                "invoice": to_json(invoice).decode(),
                "raw": bytes(invoice.raw),
                "hash": digest,
                "source_time": source,
                "now": now,
                **columns(invoice),
            }
            self._execute(
                "INSERT INTO invoices (vendor, account, id, invoice, raw, hash, number, kind, "
                "status, issue_date, due_date, currency, gross, due, buyer_name, source_time, "
                "first_seen, last_changed, deleted_at) VALUES (:vendor, :account, :id, :invoice, "
                ":raw, :hash, :number, :kind, :status, :issue_date, :due_date, :currency, :gross, "
                ":due, :buyer_name, :source_time, :now, :now, NULL) "
                "ON CONFLICT (vendor, account, id) DO UPDATE SET invoice = excluded.invoice, "
                "raw = excluded.raw, hash = excluded.hash, number = excluded.number, "
                "kind = excluded.kind, status = excluded.status, "
                "issue_date = excluded.issue_date, due_date = excluded.due_date, "
                "currency = excluded.currency, gross = excluded.gross, due = excluded.due, "
                "buyer_name = excluded.buyer_name, source_time = excluded.source_time, "
                "last_changed = excluded.last_changed, deleted_at = NULL",
                values,
            )
            kind = ChangeKind.ADDED if row is None or row[2] is not None else ChangeKind.CHANGED
            self._log(key, kind, now, digest)
        return Outcome.ADDED if kind is ChangeKind.ADDED else Outcome.CHANGED

    def tombstone(
        self, vendor: str, account: str, invoice_id: str, *, at: dt.datetime | None = None
    ) -> Outcome:
        """Mark an invoice deleted (see `Store.tombstone`)."""
        key = (vendor, account, invoice_id)
        with self.transaction():
            row = self._execute(
                "SELECT source_time, deleted_at FROM invoices "
                "WHERE vendor = ? AND account = ? AND id = ?",
                key,
            ).fetchone()
            if row is None or row[1] is not None:
                return Outcome.UNCHANGED
            when = _text(at)
            if when is not None and row[0] and when < row[0]:
                return Outcome.STALE
            now = _stamp(_now())
            self._execute(
                "UPDATE invoices SET deleted_at = ?, last_changed = ?, "
                "source_time = coalesce(?, source_time) "
                "WHERE vendor = ? AND account = ? AND id = ?",
                (now, now, when, *key),
            )
            self._log(key, ChangeKind.DELETED, now, None)
        return Outcome.DELETED

    def _stored(self, row: tuple[Any, ...]) -> StoredInvoice:
        account, invoice, digest, first_seen, last_changed, deleted_at = row
        return StoredInvoice(
            account=account,
            invoice=from_json(invoice),
            hash=digest,
            first_seen=_instant(first_seen),  # type: ignore[arg-type]
            last_changed=_instant(last_changed),  # type: ignore[arg-type]
            deleted_at=_instant(deleted_at),
        )

    _SELECT = "SELECT account, invoice, hash, first_seen, last_changed, deleted_at FROM invoices"

    def get(self, vendor: str, account: str, invoice_id: str) -> StoredInvoice | None:
        """The stored invoice, tombstoned or not, or ``None``."""
        row = self._execute(
            f"{self._SELECT} WHERE vendor = ? AND account = ? AND id = ?",
            (vendor, account, invoice_id),
        ).fetchone()
        return None if row is None else self._stored(row)

    def query(
        self,
        *,
        vendor: str | None = None,
        account: str | None = None,
        status: str | None = None,
        include_deleted: bool = False,
    ) -> Iterator[StoredInvoice]:
        """Stored invoices matching all given conditions (see `Store.query`)."""
        conditions, params = ["1 = 1"], []
        for column, value in (("vendor", vendor), ("account", account), ("status", status)):
            if value is not None:
                conditions.append(f"{column} = ?")
                params.append(value)
        if not include_deleted:
            conditions.append("deleted_at IS NULL")
        sql = f"{self._SELECT} WHERE {' AND '.join(conditions)} ORDER BY vendor, account, id"
        for row in self._execute(sql, params).fetchall():
            yield self._stored(row)

    def live_ids(self, vendor: str, account: str) -> set[str]:
        """Ids of the account's invoices that are not tombstoned."""
        rows = self._execute(
            "SELECT id FROM invoices WHERE vendor = ? AND account = ? AND deleted_at IS NULL",
            (vendor, account),
        )
        return {row[0] for row in rows}

    def changes(self, *, since: dt.datetime | None = None, after_seq: int = 0) -> Iterator[Change]:
        """Change-log entries at or after ``since`` and after ``after_seq``, in order."""
        rows = self._execute(
            "SELECT seq, vendor, account, id, kind, at, hash FROM changes "
            "WHERE seq > ? AND at >= ? ORDER BY seq",
            (after_seq, _text(since) or ""),
        ).fetchall()
        for seq, vendor, account, invoice_id, kind, at, digest in rows:
            yield Change(
                seq=seq,
                vendor=vendor,
                account=account,
                id=invoice_id,
                kind=ChangeKind(kind),
                at=_instant(at),  # type: ignore[arg-type]
                hash=digest,
            )

    def state(self, vendor: str, account: str) -> SyncState:
        """The sync state of (vendor, account); empty when never synced."""
        row = self._execute(
            "SELECT cursor, last_complete, last_error FROM sync_state "
            "WHERE vendor = ? AND account = ?",
            (vendor, account),
        ).fetchone()
        if row is None:
            return SyncState()
        return SyncState(cursor=_instant(row[0]), last_complete=_instant(row[1]), last_error=row[2])

    def set_state(self, vendor: str, account: str, state: SyncState) -> None:
        """Replace the sync state of (vendor, account)."""
        with self.transaction():
            self._execute(
                "INSERT INTO sync_state (vendor, account, cursor, last_complete, last_error) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (vendor, account) DO UPDATE SET "
                "cursor = excluded.cursor, last_complete = excluded.last_complete, "
                "last_error = excluded.last_error",
                (
                    vendor,
                    account,
                    _text(state.cursor),
                    _text(state.last_complete),
                    state.last_error,
                ),
            )
