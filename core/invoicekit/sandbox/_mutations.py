"""Sandbox data that changes while the sandbox runs: create, change and delete invoices.

A vendor sandbox generates invoice ``i`` from ``(seed, i)`` and stores nothing. Mutations are
an *overlay* on that lazy data (`MutationState`, one per vendor sandbox): the few changed
invoices' new facts, the deleted ones, and a reserve of invoices that exist but stay hidden
until they are created. A sandbox that supports mutations (`MutableSandbox`) consults the
overlay wherever it answers: a deleted invoice is a 404 and absent from lists, a changed one
shows its new status, payment, total and update time, and its list filters see the new facts.
Nothing else is computed or stored, so a sandbox of 100,000 invoices stays lazy.

Mutations arrive from Python (`invoicekit.sandbox.SandboxApp.mutate`,
`invoicekit.sandbox.SandboxServer.mutate`), through the control endpoint
``POST /_sandbox/mutations`` (see `invoicekit.sandbox.SandboxApp`), or from a seeded schedule
(`random_mutations`). Each applied mutation is numbered and stamped with an instant that
strictly increases per invoice, and listeners (the webhook sender) are told about it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, Protocol, overload, runtime_checkable

from ._data import SandboxRandom, stable_int
from ._protocol import SandboxError, VendorSandbox

__all__ = [
    "Applied",
    "Change",
    "MutableSandbox",
    "Mutation",
    "MutationHooks",
    "MutationState",
    "Overlaid",
    "mutation_from_json",
    "random_mutations",
]

Op = Literal["create", "update", "delete"]
_OPS = ("create", "update", "delete")


@dataclasses.dataclass(frozen=True, slots=True)
class Mutation:
    """One change to a sandbox's data.

    Attributes:
        op: ``"create"`` (a new invoice appears, the newest), ``"update"`` or ``"delete"``.
        invoice_id: the invoice to update or delete (ignored for ``create``).
        status: the vendor's own status value to set, such as ``"STATUS_PAID"`` or ``"void"``.
        paid: ``True`` marks the invoice paid in full (nothing due), ``False`` unpaid.
        total: the new gross total in the invoice's currency (major units, exact).
    """

    op: Op
    invoice_id: str | None = None
    status: str | None = None
    paid: bool | None = None
    total: Decimal | None = None

    def __post_init__(self) -> None:
        if self.op not in _OPS:
            raise ValueError(f"op must be one of {', '.join(_OPS)}, got {self.op!r}")
        if self.op != "create" and not self.invoice_id:
            raise ValueError(f"a {self.op} mutation needs an invoice_id")
        if self.total is not None and not isinstance(self.total, Decimal):
            raise TypeError("total must be a Decimal")


@dataclasses.dataclass(frozen=True, slots=True)
class Change:
    """The overlay's facts of one changed invoice; ``None`` keeps the generated value.

    Attributes:
        status: the vendor's status value.
        paid: paid in full (``True``) or not paid at all (``False``).
        total: the gross total in major units.
        updated_at: when it last changed (aware UTC).
    """

    status: str | None = None
    paid: bool | None = None
    total: Decimal | None = None
    updated_at: dt.datetime | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Applied:
    """A mutation as the sandbox applied it: what the webhook sender and callers see.

    Attributes:
        vendor: the vendor sandbox changed.
        op: ``create``, ``update`` or ``delete``.
        invoice_id: the invoice created, changed or deleted.
        index: its index in the vendor sandbox's data.
        sequence: 1 for the sandbox's first mutation, then 2, 3, ...
        at: when it happened: whole seconds, aware UTC, strictly increasing per invoice.
        previous: the invoice's overlay facts before this mutation (``None``: generated).
        mutation: the mutation applied.
    """

    vendor: str
    op: Op
    invoice_id: str
    index: int
    sequence: int
    at: dt.datetime
    previous: Change | None = None
    mutation: Mutation | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON object the control endpoint answers for it."""
        return {
            "vendor": self.vendor,
            "op": self.op,
            "invoice_id": self.invoice_id,
            "sequence": self.sequence,
            "at": self.at.isoformat().replace("+00:00", "Z"),
        }


@runtime_checkable
class MutableSandbox(VendorSandbox, Protocol):
    """A `VendorSandbox` whose data can change: the hooks the overlay needs from it.

    The sandbox is built with ``size + reserve`` invoices; `reserved` names the ``reserve``
    of them that stay hidden until created, in creation order (the newest ones, so a created
    invoice is the newest). After `attach` it must consult the state on every answer: treat
    `MutationState.absent` invoices as missing (404, not listed), show each
    `MutationState.change` (status, paid, total, update time), and filter lists on the new
    facts (`Overlaid` adjusts an ascending index sequence).

    A sandbox whose vendor sends webhooks also has ``webhook_retries`` (the vendor's delays
    before each retry, in seconds) and ``webhook_event(applied, *, base_url, embed)``, which
    returns ``(event id, event body)`` as the vendor would send it for that change, or ``None``
    where the vendor sends no event; ``embed=False`` asks for an event that only names the
    invoice where the vendor's format allows it (see `invoicekit.sandbox.WebhookSender`).
    """

    def reserved(self, reserve: int) -> Sequence[int]:
        """The indexes of the ``reserve`` invoices that ``create`` reveals, in that order."""
        ...

    def attach(self, state: MutationState) -> None:
        """Start consulting ``state`` (called once, before the first request)."""
        ...

    def mutable(self, index: int, mutation: Mutation) -> None:
        """Raise `SandboxError` 400/409 if ``mutation`` cannot apply to invoice ``index``.

        Such as a status value the vendor does not have.
        """
        ...

    def document(self, index: int, base_url: str) -> dict[str, Any]:
        """Invoice ``index`` as ``GET`` by id returns it now (overlay applied)."""
        ...


class MutationHooks:
    """The `MutableSandbox` hooks that are the same for every sandbox: mix in, set ``_size``.

    ``reserved`` hides the newest ``reserve`` indexes (a created invoice is the newest),
    ``attach`` keeps the overlay in ``_state`` and ``present`` reads it. A sandbox overrides
    them where its order differs (newest first) or it records more on attach.
    """

    _size: int
    _state: MutationState | None = None

    def reserved(self, reserve: int) -> Sequence[int]:
        """The newest ``reserve`` indexes, oldest first: each create reveals the next."""
        return range(max(self._size - reserve, 0), self._size)

    def attach(self, state: MutationState) -> None:
        """Consult ``state`` from now on."""
        self._state = state

    def present(self, index: int) -> bool:
        """Whether invoice ``index`` exists now (not deleted, not waiting to be created)."""
        return self._state is None or not self._state.absent(index)


def _next_second(now: dt.datetime, last: dt.datetime | None) -> dt.datetime:
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    if last is not None and stamp <= last:
        stamp = last + dt.timedelta(seconds=1)
    return stamp


class MutationState:
    """The overlay of one vendor sandbox: which invoices changed, were deleted or are hidden.

    Thread-safe: mutations and reads may come from the server's loop and from other threads.

    Args:
        vendor: the vendor's name.
        ids: the sandbox's invoice ids (`VendorSandbox.invoice_ids`), all of them.
        reserved: the hidden indexes, in creation order.
        clock: the current time; instants are whole seconds, strictly increasing per invoice
            (so two changes of one invoice never share an update time, and a burst of changes
            to many invoices does not run ahead of the clock).
    """

    def __init__(
        self,
        vendor: str,
        ids: Sequence[str],
        reserved: Sequence[int] = (),
        *,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.vendor = vendor
        self._ids = ids
        self._reserved = list(reserved)
        self._created = 0
        self._absent: set[int] = set(self._reserved)
        self._changes: dict[int, Change] = {}
        self._sequence = 0
        self._last: dict[int, dt.datetime] = {}
        self._clock = clock
        self._lock = threading.RLock()
        self._touched: list[int] | None = sorted(self._absent)
        self._listeners: list[Callable[[Applied], None]] = []

    def __repr__(self) -> str:
        return (
            f"<MutationState {self.vendor} sequence={self._sequence} "
            f"changed={len(self._changes)} absent={len(self._absent)}>"
        )

    # -- reading (for the vendor sandbox) ----------------------------------------------

    @property
    def sequence(self) -> int:
        """How many mutations were applied."""
        return self._sequence

    def absent(self, index: int) -> bool:
        """Whether invoice ``index`` is deleted or not created yet."""
        return index in self._absent

    def change(self, index: int) -> Change | None:
        """The overlay facts of invoice ``index``, or ``None`` when it is as generated."""
        return self._changes.get(index)

    def touched(self) -> list[int]:
        """Ascending indexes of every invoice that is changed, deleted or hidden."""
        with self._lock:
            if self._touched is None:
                self._touched = sorted(self._absent | self._changes.keys())
            return self._touched

    def live(self) -> Iterator[int]:
        """The indexes of every invoice that exists now, ascending."""
        absent = self._absent
        return (index for index in range(len(self._ids)) if index not in absent)

    def live_ids(self) -> list[str]:
        """The ids of every invoice that exists now, in the sandbox's index order."""
        return [self._ids[index] for index in self.live()]

    def overlaid(self, matches: Sequence[int], accepts: Callable[[int], bool]) -> Overlaid:
        """``matches`` (ascending indexes a list filter keeps, ignoring mutations) adjusted.

        ``accepts(index)`` tells whether the filter keeps a touched, existing invoice under
        its new facts.
        """
        return Overlaid(matches, self.touched(), lambda i: i not in self._absent and accepts(i))

    # -- writing -----------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Applied], None]) -> None:
        """Call ``listener`` with every mutation applied from now on (under the state's lock)."""
        with self._lock:
            self._listeners.append(listener)

    def apply(self, mutation: Mutation, sandbox: MutableSandbox) -> Applied:
        """Apply ``mutation``; raise `SandboxError` (404, 409, 400) when it cannot apply."""
        with self._lock:
            if mutation.op == "create":
                if self._created >= len(self._reserved):
                    raise SandboxError(
                        409,
                        f"no invoice left to create: the sandbox reserved {len(self._reserved)}"
                        " (start it with a larger reserve)",
                    )
                index = self._reserved[self._created]
                previous = None
            else:
                index = self._index(str(mutation.invoice_id))
                sandbox.mutable(index, mutation)
                previous = self._changes.get(index)
            at = _next_second(self._clock(), self._last.get(index))
            if mutation.op == "create":
                self._created += 1
                self._absent.discard(index)
                self._changes[index] = Change(updated_at=at)
            elif mutation.op == "delete":
                self._absent.add(index)
                self._changes.pop(index, None)
            else:
                before = previous or Change()
                self._changes[index] = Change(
                    status=mutation.status if mutation.status is not None else before.status,
                    paid=mutation.paid if mutation.paid is not None else before.paid,
                    total=mutation.total if mutation.total is not None else before.total,
                    updated_at=at,
                )
            self._touched = None
            self._sequence += 1
            self._last[index] = at
            applied = Applied(
                vendor=self.vendor,
                op=mutation.op,
                invoice_id=self._ids[index],
                index=index,
                sequence=self._sequence,
                at=at,
                previous=previous,
                mutation=mutation,
            )
            for listener in self._listeners:
                listener(applied)
            return applied

    def _index(self, invoice_id: str) -> int:
        ids = self._ids
        lookup = getattr(ids, "lookup", None)
        index = lookup(invoice_id) if lookup is not None else _position(ids, invoice_id)
        if index is None or index in self._absent:
            raise SandboxError(404, f"no {self.vendor} invoice {invoice_id!r} in the sandbox")
        return int(index)


def _position(ids: Sequence[str], invoice_id: str) -> int | None:
    try:
        return ids.index(invoice_id)
    except ValueError:
        return None


class Overlaid(Sequence[int]):
    """An ascending index sequence with the overlay applied: O(touched) work, never O(size).

    ``matches`` are the indexes a filter keeps on the generated data; ``touched`` the
    ascending indexes the overlay changed, deleted or hides; ``now(i)`` whether a touched
    index is kept now. Touched indexes leave or join ``matches`` accordingly; the rest is
    ``matches`` itself, read only for the slice asked for.
    """

    def __init__(
        self, matches: Sequence[int], touched: Sequence[int], now: Callable[[int], bool]
    ) -> None:
        self._matches = matches
        removed: list[int] = []  # positions in matches
        added: list[int] = []  # indexes
        for index in touched:
            position = bisect.bisect_left(matches, index)
            present = position < len(matches) and matches[position] == index
            kept = now(index)
            if present and not kept:
                removed.append(position)
            elif kept and not present:
                added.append(index)
        self._removed = removed
        self._removed_set = set(removed)
        self._added = added

    def __len__(self) -> int:
        return len(self._matches) - len(self._removed) + len(self._added)

    def _before(self, base: int) -> int:
        """How many items come before base position ``base`` (items of earlier positions)."""
        dropped = bisect.bisect_left(self._removed, base)
        joined = 0 if base == 0 else bisect.bisect_right(self._added, self._matches[base - 1])
        return base - dropped + joined

    def _iter_from(self, base: int, joined: int) -> Iterator[int]:
        matches, added = self._matches, self._added
        chunk = 64
        position = base
        while True:
            block = matches[position : position + chunk]
            if not block:
                break
            for offset, value in enumerate(block):
                while joined < len(added) and added[joined] < value:
                    yield added[joined]
                    joined += 1
                if position + offset not in self._removed_set:
                    yield value
            position += len(block)
            chunk = min(chunk * 2, 4096)
        yield from added[joined:]

    def _slice(self, start: int, stop: int) -> list[int]:
        if start >= stop:
            return []
        # The last base position whose predecessors number at most ``start``.
        base = bisect.bisect_right(range(len(self._matches) + 1), start, key=self._before) - 1
        base = max(base, 0)
        joined = 0 if base == 0 else bisect.bisect_right(self._added, self._matches[base - 1])
        skip = start - self._before(base)
        found: list[int] = []
        for value in self._iter_from(base, joined):
            if skip:
                skip -= 1
                continue
            found.append(value)
            if len(found) == stop - start:
                break
        return found

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices")
            return self._slice(start, stop)
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return self._slice(position, position + 1)[0]


def mutation_from_json(value: object) -> Mutation:
    """A `Mutation` from the control endpoint's JSON object; `SandboxError` 400 if invalid.

    ``{"op": "update", "invoice_id": "...", "status": "...", "paid": true, "total": "12.50"}``
    (``total`` a decimal string, so no float ever holds it).
    """
    if not isinstance(value, dict):
        raise SandboxError(400, "a mutation is a JSON object")
    unknown = set(value) - {"vendor", "op", "invoice_id", "status", "paid", "total"}
    if unknown:
        raise SandboxError(400, f"unknown mutation fields: {', '.join(sorted(unknown))}")
    total = value.get("total")
    if total is not None:
        if not isinstance(total, str):
            raise SandboxError(400, 'total must be a decimal string, such as "12.50"')
        try:
            total = Decimal(total)
        except InvalidOperation:
            raise SandboxError(400, f"total is not a decimal: {total!r}") from None
        if not total.is_finite():
            raise SandboxError(400, "total must be finite")
    for name, kind in (("invoice_id", str), ("status", str), ("paid", bool)):
        if value.get(name) is not None and not isinstance(value[name], kind):
            raise SandboxError(400, f"{name} must be a {kind.__name__}")
    try:
        return Mutation(
            op=value.get("op"),  # type: ignore[arg-type]  # checked in __post_init__
            invoice_id=value.get("invoice_id"),
            status=value.get("status"),
            paid=value.get("paid"),
            total=total,
        )
    except (TypeError, ValueError) as exc:
        raise SandboxError(400, str(exc)) from None


def random_mutations(
    state: MutationState,
    sandbox: MutableSandbox,
    count: int,
    *,
    seed: int,
    statuses: Sequence[str] = (),
    weights: tuple[float, float, float] = (0.1, 0.75, 0.15),
) -> list[Applied]:
    """Apply ``count`` seeded mutations: creates, updates and deletes in ``weights`` proportion.

    The same seed on the same sandbox state applies the same mutations. Updates pick among:
    mark paid, mark unpaid, a ``statuses`` value (the vendor's own), and a new total. Creates
    stop once the reserve is used up (an update is applied instead).
    """
    rng = SandboxRandom(stable_int(seed, state.vendor, state.sequence, "mutations"))
    applied: list[Applied] = []
    for _ in range(count):
        op = rng.weighted(_OPS, weights)
        if op == "create" and state._created >= len(state._reserved):
            op = "update"
        if op == "create":
            applied.append(state.apply(Mutation("create"), sandbox))
            continue
        live = _random_live(state, rng)
        if live is None:
            break
        invoice_id = state._ids[live]
        if op == "delete":
            mutation = Mutation("delete", invoice_id)
        else:
            choice = rng.integer(0, 3 if statuses else 2)
            if choice == 0:
                mutation = Mutation("update", invoice_id, paid=True)
            elif choice == 1:
                mutation = Mutation("update", invoice_id, paid=False)
            elif choice == 2:
                total = Decimal(rng.money("1", "9999"))
                mutation = Mutation("update", invoice_id, total=total)
            else:
                mutation = Mutation("update", invoice_id, status=rng.pick(statuses))
        try:
            applied.append(state.apply(mutation, sandbox))
        except SandboxError:
            continue  # not applicable to this invoice (such as a draft's payment): skip it
    return applied


def _random_live(state: MutationState, rng: SandboxRandom) -> int | None:
    size = len(state._ids)
    if size == 0 or len(state._absent) >= size:
        return None
    while True:
        index = rng.integer(0, size - 1)
        if index not in state._absent:
            return index
