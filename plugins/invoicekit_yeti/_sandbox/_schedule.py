"""The schedule: which account and period each invoice index of the Yeti sandbox is.

Each account of the sandbox's customer is billed weekly or monthly in consecutive periods.
Invoices are sorted by period start, oldest first; invoice ``i`` is the ``i``-th period start
of the merged schedules, found by bisection over a closed-form count, so nothing is built to
find it.
"""

from __future__ import annotations

import calendar
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from invoicekit.sandbox import LazySequence, sorted_range

__all__ = ["DAY", "Schedule", "Slot", "instant"]

_BASE = calendar.timegm((2024, 1, 1, 0, 0, 0))  # a Monday, 00:00 UTC
DAY = 86_400
_WEEK = 7 * DAY
_SHORTEST_MONTH = 28 * DAY
_MAX_ACCOUNTS_PER_KIND = 1000


def instant(seconds: int) -> datetime:
    """Unix time ``seconds`` as an aware UTC datetime."""
    return datetime.fromtimestamp(seconds, UTC)


def _month_start(month: int) -> int:
    """Unix time of the first instant of month ``month`` counted from January 2024."""
    return calendar.timegm((2024 + month // 12, month % 12 + 1, 1, 0, 0, 0))


def _month_of(moment: int) -> int:
    parts = time.gmtime(moment)
    return (parts.tm_year - 2024) * 12 + parts.tm_mon - 1


@dataclass(frozen=True, slots=True)
class Slot:
    """Where an invoice sits: its account and its period's instants."""

    account: int
    start: datetime
    end: datetime


class Schedule:
    """The invoice periods of every account, merged by start instant.

    Weekly accounts ``0 .. weekly-1`` start their periods on Mondays, monthly accounts on the
    1st, each shifted by its own offset (like accounts in different time zones), so no two
    periods of the sandbox start at the same instant and the order by start is total. Weekly
    offsets are whole multiples of ``grain`` after midnight, monthly ones half a grain off, so
    a start instant alone tells which account and period it belongs to. `count` (how many
    periods start at or before an instant) is closed-form, so the ``i``-th start is a
    bisection and any index is decoded in O(log) without building anything.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.weekly = min(_MAX_ACCOUNTS_PER_KIND, max(3, math.ceil(size * 0.75 / 104)))
        self.monthly = min(_MAX_ACCOUNTS_PER_KIND, max(2, math.ceil(size * 0.25 / 24)))
        hour = 3600
        if self.weekly * hour <= _WEEK and self.monthly * hour < _SHORTEST_MONTH:
            self.grain = hour  # periods start on the hour (weekly) or half hour (monthly)
            self.weekly_step = self.monthly_step = hour
        else:  # many accounts: even minutes, and odd ones for the monthly accounts
            self.grain = 120
            self.weekly_step = max(120, _WEEK // self.weekly // 120 * 120)
            self.monthly_step = max(120, (_SHORTEST_MONTH - 60) // self.monthly // 120 * 120)
        self.shift = self.grain // 2
        self.accounts = self.weekly + self.monthly

    def is_weekly(self, account: int) -> bool:
        """Whether ``account`` is billed weekly (else monthly)."""
        return account < self.weekly

    def count(self, moment: int) -> int:
        """How many periods (of all accounts) start at or before ``moment``."""
        total = 0
        if moment >= _BASE:
            weeks, rest = divmod(moment - _BASE, _WEEK)
            total += weeks * self.weekly + min(self.weekly, rest // self.weekly_step + 1)
        moment -= self.shift
        if moment >= _BASE:
            month = _month_of(moment)
            rest = moment - _month_start(month)
            total += month * self.monthly + min(self.monthly, rest // self.monthly_step + 1)
        return total

    def start(self, index: int) -> int:
        """The start of the ``index``-th period (0-based), in Unix seconds."""
        # Every start lies on BASE + k * shift; bisect over k for the first count > index.
        weeks = index // self.weekly
        high = (weeks * _WEEK + (self.weekly - 1) * self.weekly_step) // self.shift + 1
        low = -1
        while high - low > 1:
            middle = (low + high) // 2
            if self.count(_BASE + middle * self.shift) > index:
                high = middle
            else:
                low = middle
        return _BASE + high * self.shift

    def decode(self, moment: int) -> tuple[int, int]:
        """``(account, period)`` of the period that starts at ``moment``."""
        if (moment - _BASE) % self.grain == 0:
            period, rest = divmod(moment - _BASE, _WEEK)
            return rest // self.weekly_step, period
        moment -= self.shift
        period = _month_of(moment)
        return self.weekly + (moment - _month_start(period)) // self.monthly_step, period

    def period_start(self, account: int, period: int) -> int:
        """Start of period ``period`` (0-based) of ``account``, in Unix seconds."""
        if self.is_weekly(account):
            return _BASE + period * _WEEK + account * self.weekly_step
        return _month_start(period) + self.shift + (account - self.weekly) * self.monthly_step

    def index_of(self, account: int, period: int) -> int:
        """The list position of period ``period`` of ``account``."""
        return self.count(self.period_start(account, period)) - 1

    def slot(self, index: int) -> Slot:
        """The account and period instants of invoice ``index``."""
        moment = self.start(index)
        account, period = self.decode(moment)
        end = self.period_start(account, period + 1)
        return Slot(account, instant(moment), instant(end))

    def account_periods(self, account: int) -> LazySequence[int]:
        """The list positions of ``account``'s invoices, in order (lazy)."""
        if not self.size:
            return LazySequence(0, self.start)
        # The account's periods that start by the last invoice's start are in the sandbox.
        last = self.start(self.size - 1)
        bound = (last - _BASE) // _WEEK + 2  # more periods than can start by then
        starts = LazySequence(bound, lambda period: self.period_start(account, period))
        count = sorted_range(starts, None, last).stop
        return LazySequence(count, lambda period: self.index_of(account, period))
