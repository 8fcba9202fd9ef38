"""The Fynn sandbox's documents in billing runs: which customer, type and status each one has.

41 customers (mostly German, in EUR; some Swiss, American and Japanese in CHF, USD and JPY)
are each billed once per *billing run* of 41 consecutive documents; which customer holds which
slot of a run is a keyed permutation, and the run's slots fall into segments by type and status
(paid, reminded and unpaid invoices, then credit notes, then reminders). So the ``customer``,
``type`` and ``status`` filters are arithmetic on runs, never a scan of the invoices. The
newest ``size // 40`` documents are drafts (no number, no finalization, no due date, no file).
Document numbers are ``RE-`` (invoice), ``GS-`` (credit note) or ``MA-`` (reminder) followed
by the 1-based index, ten digits.
"""

from __future__ import annotations

from itertools import accumulate
from typing import NamedTuple

from invoicekit.sandbox import stable_int

from ._format import VENDOR

__all__ = [
    "CUSTOMERS",
    "DRAFT",
    "PAID",
    "REMINDED",
    "TYPE_CREDIT",
    "TYPE_INVOICE",
    "TYPE_REMINDER",
    "UNPAID",
    "Head",
    "Run",
    "Runs",
    "Segment",
    "invoice_number",
]

#: Customers of the sandbox; also the length of a billing run. Prime, so any multiplier in
#: 1..40 permutes a run's slots.
CUSTOMERS = 41
_PERIOD_SECONDS = 731 * 86400  # creation dates spread over 2024 and 2025
_LAG_SECONDS = 45 * 86400  # from an invoice to its reminder: past any due date

TYPE_INVOICE, TYPE_CREDIT, TYPE_REMINDER = "TYPE_INVOICE", "TYPE_CREDIT", "TYPE_REMINDER"
DRAFT, UNPAID, PAID, REMINDED = "STATUS_DRAFT", "STATUS_UNPAID", "STATUS_PAID", "STATUS_REMINDED"
_PREFIXES = {TYPE_INVOICE: "RE", TYPE_CREDIT: "GS", TYPE_REMINDER: "MA"}


class Segment(NamedTuple):
    """Slots ``start .. end - 1`` of a run, and the type and status of their documents."""

    start: int
    end: int
    type: str
    status: str  # the status of a finalized document in these slots


class Run(NamedTuple):
    """One billing run: ``CUSTOMERS`` consecutive documents, one per customer."""

    multiplier: int
    offset: int
    segments: tuple[Segment, ...]
    reminded: range  # the slots of its reminded invoices
    reminders: range  # the slots of its reminders

    def customer(self, slot: int) -> int:
        """The customer billed in ``slot``."""
        return (self.multiplier * slot + self.offset) % CUSTOMERS

    def slot(self, customer: int) -> int:
        """The slot ``customer`` is billed in."""
        inverse = pow(self.multiplier, -1, CUSTOMERS)
        return (customer - self.offset) * inverse % CUSTOMERS

    def segment(self, slot: int) -> Segment:
        """The segment ``slot`` falls in."""
        for segment in self.segments:
            if segment.start <= slot < segment.end:
                return segment
        raise AssertionError(f"slot {slot} outside the run")  # segments cover 0..CUSTOMERS


class Head(NamedTuple):
    """What the filters need of a document, without building it."""

    ordinal: int
    customer: int
    type: str
    status: str


def invoice_number(head: Head) -> str:
    """The document number ``head`` has (or will have, for a draft)."""
    return f"{_PREFIXES[head.type]}-{head.ordinal + 1:010d}"


class Runs:
    """The run structure of ``size`` documents derived from ``seed``; computed, never stored."""

    def __init__(self, seed: int, size: int) -> None:
        self._seed = seed
        self.size = size
        #: How many runs (the last one may be partial).
        self.count = -(-size // CUSTOMERS)
        # Runs per turn of source and reminder runs: at least 45 days' worth (see `run`).
        self.lag = max(1, -(-_LAG_SECONDS * size // (CUSTOMERS * _PERIOD_SECONDS)))
        # The newest documents are drafts: a fortieth of them, within the last `lag` runs (so
        # no reminder refers to one) and, if there are credit notes, not in run 0.
        first_run = min(max(self.count - self.lag, 1), self.count - 1)
        #: The first draft's index.
        self.drafts_from = size - min(size // 40, size - first_run * CUSTOMERS)

    def run(self, run: int) -> Run:
        """Run ``run``'s permutation of customers and its segments, from its hash.

        Runs come in turns of ``self.lag`` runs (45 days or more): a turn of *source* runs,
        whose reminded invoices are the ones reminded, then a turn of *reminder* runs, where
        run ``r`` holds the reminders of the reminded invoices of run ``r - lag``. A reminder
        run's permutation puts those invoices' customers on its reminder slots, so it derives
        from its source run alone, which derives from nothing.
        """
        bits = stable_int(self._seed, VENDOR, "run", run)
        credits = 0 if run == 0 else (bits >> 16) % 3
        # The last 45 days are mostly not due yet: more of them are unpaid.
        unpaid = 1 + (bits >> 28) % 4 + (20 if self.count - run <= self.lag else 0)
        if (run // self.lag) % 2 == 0:
            multiplier = 1 + bits % (CUSTOMERS - 1)
            offset = (bits >> 8) % CUSTOMERS
            reminded, reminders = 1 + (bits >> 24) % 2, 0
        else:
            source = self.run(run - self.lag)
            targets = [source.customer(slot) for slot in source.reminded]
            reminded, reminders = 0, len(targets)
            if reminders == 2:  # the two last slots go to two given customers
                multiplier = (targets[1] - targets[0]) % CUSTOMERS
            else:
                multiplier = 1 + bits % (CUSTOMERS - 1)
            offset = (targets[0] - multiplier * (CUSTOMERS - reminders)) % CUSTOMERS
        paid = CUSTOMERS - reminded - unpaid - credits - reminders
        bounds = list(accumulate((paid, reminded, unpaid, credits, reminders), initial=0))
        kinds = (
            (TYPE_INVOICE, PAID),
            (TYPE_INVOICE, REMINDED),
            (TYPE_INVOICE, UNPAID),
            (TYPE_CREDIT, PAID),
            (TYPE_REMINDER, UNPAID),
        )
        segments = tuple(
            Segment(bounds[k], bounds[k + 1], *kinds[k])
            for k in range(len(kinds))
            if bounds[k] < bounds[k + 1]
        )
        return Run(
            multiplier,
            offset,
            segments,
            reminded=range(bounds[1], bounds[2]),
            reminders=range(bounds[4], bounds[5]),
        )

    def head(self, index: int) -> Head:
        """What the filters need of document ``index``."""
        run, slot = divmod(index, CUSTOMERS)
        info = self.run(run)
        segment = info.segment(slot)
        status = DRAFT if index >= self.drafts_from else segment.status
        return Head(index, info.customer(slot), segment.type, status)

    @staticmethod
    def number(head: Head) -> str | None:
        """The document number, or ``None`` for a draft."""
        return None if head.status == DRAFT else invoice_number(head)

    def previous_invoice(self, head: Head) -> Head:
        """What a credit note or reminder refers to: an earlier invoice of its customer.

        A reminder's is the reminded invoice of its source run (see `run`). A credit note's
        is the customer's latest finalized invoice: run 0 holds only invoices and no drafts
        when later runs exist, so the walk back always ends.
        """
        run, slot = divmod(head.ordinal, CUSTOMERS)
        if head.type == TYPE_REMINDER:
            info, source = self.run(run), run - self.lag
            reminded = self.run(source).reminded[slot - info.reminders.start]
            return self.head(source * CUSTOMERS + reminded)
        for earlier in range(run - 1, -1, -1):
            candidate = self.head(earlier * CUSTOMERS + self.run(earlier).slot(head.customer))
            if candidate.type == TYPE_INVOICE and candidate.status != DRAFT:
                return candidate
        raise AssertionError(f"document {head.ordinal} has no earlier invoice")

    def reminder_of(self, head: Head) -> int | None:
        """The index of the finalized reminder of a reminded invoice, if the sandbox has it."""
        run, slot = divmod(head.ordinal, CUSTOMERS)
        later = run + self.lag
        if later >= self.count:
            return None
        position = slot - self.run(run).reminded.start
        index = later * CUSTOMERS + self.run(later).reminders[position]
        return index if index < self.drafts_from else None
