"""`SQLStore`: the `Store` logic the SQL backends share; each backend adds its connection.

The backends (`SQLiteStore`, `PostgresStore`) hold the same tables and columns, so the reads,
the idempotent upsert, tombstones, the change log and the sync state are written once, here, in
SQL with ``?`` and ``:name`` placeholders. A backend supplies the connection (`_execute`,
transaction control), how it stores instants and typed values, and its locking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any, Protocol, Self

from .._json import from_json, to_json
from ..model import Invoice
from ._store import Change, ChangeKind, Outcome, StoredInvoice, SyncState, content_hash

__all__ = ["Cursor", "SQLStore", "columns"]


class Cursor(Protocol):
    """The part of a DB-API cursor the shared logic reads."""

    def fetchone(self) -> Sequence[Any] | None:
        """The next row, or ``None``."""
        ...

    def fetchall(self) -> Sequence[Sequence[Any]]:
        """All remaining rows."""
        ...

    def fetchmany(self, size: int) -> Sequence[Sequence[Any]]:
        """Up to ``size`` more rows."""
        ...


class _Connection(Protocol):
    def close(self) -> None: ...


def columns(invoice: Invoice) -> dict[str, str | dt.date | Decimal | None]:
    """The queryable columns of ``invoice`` as typed Python values (dates, exact decimals)."""
    return {
        "number": invoice.number,
        "kind": invoice.kind.value,
        "status": invoice.status.value,
        "issue_date": invoice.issue_date,
        "due_date": invoice.due_date,
        "currency": invoice.currency,
        "gross": invoice.totals.gross,
        "due": invoice.totals.due,
        "buyer_name": invoice.buyer.name if invoice.buyer else None,
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


_KEY = "vendor = ? AND account = ? AND id = ?"
_BATCH = 500
_SELECT = "SELECT account, invoice, hash, first_seen, last_changed, deleted_at FROM invoices"
_UPSERT = (
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
    "last_changed = excluded.last_changed, deleted_at = NULL"
)


class SQLStore:
    """The shared implementation of `Store` over one SQL connection (subclass it, do not use it).

    Subclasses implement `_execute`, `_begin`, `_commit`, `_rollback`, `close` and may override
    the value conversions (`_time`, `_instant`, `_value`) and the locks (`_lock_account`,
    `_lock_log`), which the shared logic takes inside a transaction before it reads.
    """

    _depth = 0
    _db: _Connection

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def _open_or_close(self, open_: Callable[[], None]) -> None:
        """Run the backend's opening checks; on any failure close the connection again."""
        try:
            open_()
        except BaseException:
            self.close()
            raise

    # -- what a backend provides ---------------------------------------------------------------

    def _execute(self, sql: str, params: Any = ()) -> Cursor:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _time(self, value: dt.datetime | None) -> Any:
        """An instant as the backend stores it (default: the aware datetime itself)."""
        return value

    def _instant(self, value: Any) -> dt.datetime | None:
        """A stored instant back as an aware UTC datetime."""
        return None if value is None else value.astimezone(dt.UTC)

    def _value(self, value: str | dt.date | Decimal | None) -> Any:
        """A typed column value as the backend stores it (default: unchanged)."""
        return value

    def _lock_account(self, vendor: str, account: str) -> None:
        """Serialize writers of (vendor, account) until the transaction ends (default: none)."""

    def _lock_log(self) -> None:
        """Serialize change-log writers until the transaction ends (default: none)."""

    # -- the shared logic ----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the writes inside as one atomic commit; an exception rolls all of them back.

        A nested `transaction()` joins the outer one.
        """
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        try:
            self._commit()
        except BaseException:
            self._rollback()
            raise

    def _log(
        self, key: tuple[str, str, str], kind: ChangeKind, at: Any, digest: str | None
    ) -> None:
        self._lock_log()
        self._execute(
            "INSERT INTO changes (vendor, account, id, kind, at, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (*key, kind.value, at, digest),
        )

    def upsert(
        self, account: str, invoice: Invoice, *, not_older_than: dt.datetime | None = None
    ) -> Outcome:
        """Insert or update ``invoice`` (see `Store.upsert`)."""
        key = (invoice.vendor, account, invoice.id)
        when = not_older_than if not_older_than is not None else invoice.updated_at
        source = self._time(when)
        digest = content_hash(invoice)
        with self.transaction():
            self._lock_account(invoice.vendor, account)
            row = self._execute(
                f"SELECT hash, source_time, deleted_at FROM invoices WHERE {_KEY}", key
            ).fetchone()
            if row is not None and not_older_than is not None and row[1] and source < row[1]:
                return Outcome.STALE
            if row is not None and row[0] == digest and row[2] is None:
                return Outcome.UNCHANGED
            now = self._time(_now())
            values = {
                "vendor": invoice.vendor,
                "account": account,
                "id": invoice.id,
                "invoice": to_json(invoice).decode(),
                "raw": bytes(invoice.raw),
                "hash": digest,
                "source_time": source,
                "now": now,
                **{name: self._value(value) for name, value in columns(invoice).items()},
            }
            self._execute(_UPSERT, values)
            kind = ChangeKind.ADDED if row is None or row[2] is not None else ChangeKind.CHANGED
            self._log(key, kind, now, digest)
        return Outcome.ADDED if kind is ChangeKind.ADDED else Outcome.CHANGED

    def tombstone(
        self, vendor: str, account: str, invoice_id: str, *, at: dt.datetime | None = None
    ) -> Outcome:
        """Mark an invoice deleted (see `Store.tombstone`)."""
        key = (vendor, account, invoice_id)
        with self.transaction():
            self._lock_account(vendor, account)
            row = self._execute(
                f"SELECT source_time, deleted_at FROM invoices WHERE {_KEY}", key
            ).fetchone()
            if row is None or row[1] is not None:
                return Outcome.UNCHANGED
            when = self._time(at)
            if when is not None and row[0] and when < row[0]:
                return Outcome.STALE
            now = self._time(_now())
            self._execute(
                "UPDATE invoices SET deleted_at = ?, last_changed = ?, "
                f"source_time = coalesce(?, source_time) WHERE {_KEY}",
                (now, now, when, *key),
            )
            self._log(key, ChangeKind.DELETED, now, None)
        return Outcome.DELETED

    def _stored(self, row: Sequence[Any]) -> StoredInvoice:
        account, invoice, digest, first_seen, last_changed, deleted_at = row
        return StoredInvoice(
            account=account,
            invoice=from_json(invoice),
            hash=digest,
            first_seen=self._instant(first_seen),  # type: ignore[arg-type]
            last_changed=self._instant(last_changed),  # type: ignore[arg-type]
            deleted_at=self._instant(deleted_at),
        )

    def get(self, vendor: str, account: str, invoice_id: str) -> StoredInvoice | None:
        """The stored invoice, tombstoned or not, or ``None``."""
        row = self._execute(f"{_SELECT} WHERE {_KEY}", (vendor, account, invoice_id)).fetchone()
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
        sql = f"{_SELECT} WHERE {' AND '.join(conditions)} ORDER BY vendor, account, id"
        cursor = self._execute(sql, params)
        # In batches: a store of many accounts does not fit in memory at once.
        while rows := cursor.fetchmany(_BATCH):
            for row in rows:
                yield self._stored(row)

    def live_ids(self, vendor: str, account: str) -> set[str]:
        """Ids of the account's invoices that are not tombstoned."""
        rows = self._execute(
            "SELECT id FROM invoices WHERE vendor = ? AND account = ? AND deleted_at IS NULL",
            (vendor, account),
        ).fetchall()
        return {row[0] for row in rows}

    def changes(self, *, since: dt.datetime | None = None, after_seq: int = 0) -> Iterator[Change]:
        """Change-log entries at or after ``since`` and after ``after_seq``, in order."""
        sql = "SELECT seq, vendor, account, id, kind, at, hash FROM changes WHERE seq > ?"
        params: list[Any] = [after_seq]
        if since is not None:
            sql += " AND at >= ?"
            params.append(self._time(since))
        for seq, vendor, account, invoice_id, kind, at, digest in self._execute(
            f"{sql} ORDER BY seq", params
        ).fetchall():
            yield Change(
                seq=seq,
                vendor=vendor,
                account=account,
                id=invoice_id,
                kind=ChangeKind(kind),
                at=self._instant(at),  # type: ignore[arg-type]
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
        return SyncState(
            cursor=self._instant(row[0]), last_complete=self._instant(row[1]), last_error=row[2]
        )

    def set_state(self, vendor: str, account: str, state: SyncState) -> None:
        """Replace the sync state of (vendor, account)."""
        with self.transaction():
            self._lock_account(vendor, account)
            self._execute(
                "INSERT INTO sync_state (vendor, account, cursor, last_complete, last_error) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (vendor, account) DO UPDATE SET "
                "cursor = excluded.cursor, last_complete = excluded.last_complete, "
                "last_error = excluded.last_error",
                (
                    vendor,
                    account,
                    self._time(state.cursor),
                    self._time(state.last_complete),
                    state.last_error,
                ),
            )
