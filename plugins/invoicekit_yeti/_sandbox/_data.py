"""The Yeti sandbox's data: its customer's accounts and their invoices, built on demand.

One customer with a few accounts (more for large sizes, so that the periods stay in
2024-2025 at 100,000 invoices), each billed weekly or monthly in consecutive periods (see
`._schedule`), in USD, EUR or GBP. Invoice ``i``'s figures come from
``rng_for(seed, "yeti", i)``: nothing is generated before it is requested. Amounts are decimal
strings as ``BigDecimal#to_s`` writes them (``"12.3456"``, ``"0.0"``); ``amount-spent`` is the
sum of the originated, terminated and services amounts; successful calls never exceed calls,
billed durations are whole billing intervals, and the first and last calls lie inside the
period.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from invoicekit.sandbox import LazySequence, SandboxRandom, UuidIds, company_name, rng_for

from ._schedule import DAY, Schedule, Slot, instant

__all__ = ["FIRST_INTERNAL_ID", "VENDOR", "Account", "Invoice", "YetiData"]

VENDOR = "yeti"
#: The internal id of invoice 0 (``Billing::Invoice#id``), behind references and file names.
FIRST_INTERNAL_ID = 1001
_CURRENCIES = ("USD", "EUR", "GBP")
_REF_TEMPLATES = ("$id", "$id", "INV-$id", "YS/$id")


@dataclass(frozen=True, slots=True)
class _Profile:
    """An account's traffic of one kind: calls a day, ASR, ACD, price and billing interval."""

    calls_per_day: int
    asr: float
    acd: int
    rate: Decimal  # per minute, VAT included
    interval: int  # seconds


@dataclass(frozen=True, slots=True)
class Account:
    """One account of the sandbox's customer, with the traffic profile its invoices follow."""

    id: str
    name: str
    currency: str
    balance: Decimal
    min_balance: Decimal
    max_balance: Decimal
    destination_rate_limit: Decimal | None
    origination_capacity: int | None
    termination_capacity: int | None
    total_capacity: int | None
    ref_template: str
    originated: _Profile
    terminated: _Profile
    service_fee: Decimal | None


@dataclass(frozen=True, slots=True)
class Invoice:
    """One customer invoice, typed; attribute names are the resource's (underscored)."""

    index: int
    id: str
    account: int
    reference: str
    start_date: datetime
    end_date: datetime
    has_pdf: bool
    amount_spent: Decimal
    originated_amount_spent: Decimal
    originated_calls_count: int
    originated_successful_calls_count: int
    originated_calls_duration: int
    originated_billing_duration: int
    originated_first_call_at: datetime | None
    originated_last_call_at: datetime | None
    terminated_amount_spent: Decimal
    terminated_calls_count: int
    terminated_successful_calls_count: int
    terminated_calls_duration: int
    terminated_billing_duration: int
    terminated_first_call_at: datetime | None
    terminated_last_call_at: datetime | None
    services_amount_spent: Decimal
    service_transactions_count: int


@dataclass(frozen=True, slots=True)
class _Traffic:
    amount: Decimal
    calls: int
    successful: int
    duration: int
    billed: int
    first: datetime | None
    last: datetime | None


_NO_TRAFFIC = _Traffic(Decimal("0.0"), 0, 0, 0, 0, None, None)


def _traffic(rng: SandboxRandom, slot: Slot, profile: _Profile) -> _Traffic:
    """One period's calls of one kind, consistent: successful <= calls, billed >= talked."""
    per_day, asr, acd = profile.calls_per_day, profile.asr, profile.acd
    rate, interval = profile.rate, profile.interval
    if per_day == 0 or rng.chance(0.06):  # an idle period
        return _NO_TRAFFIC
    days = (slot.end - slot.start).total_seconds() / DAY
    calls = max(1, round(per_day * days * (0.6 + rng.random() * 0.8)))
    successful = min(calls, round(calls * asr * (0.9 + rng.random() * 0.2)))
    duration = round(successful * acd * (0.8 + rng.random() * 0.4))
    if successful == 0:
        duration = 0
    # Each successful call is billed in whole intervals: at most interval - 1 s more.
    billed = duration
    if interval > 1 and successful:
        billed += round(successful * (interval - 1) * rng.random())
        billed = -(-billed // interval) * interval
    scale = Decimal(1).scaleb(-rng.integer(2, 6))
    amount = (Decimal(billed) * rate / 60).quantize(scale)
    window = int(min(6 * 3600, (slot.end - slot.start).total_seconds() / 4) * 1000)
    first = slot.start + timedelta(milliseconds=rng.integer(0, window))
    last = slot.end - timedelta(milliseconds=rng.integer(1, window))
    return _Traffic(
        amount, calls, successful, duration, billed, first, first if calls == 1 else last
    )


class YetiData:
    """``size`` invoices and their accounts, each generated from ``seed`` when first read.

    `YetiSandbox` is a `YetiData`. Its ``_invoice`` and ``_build_account`` keep their names:
    tests count the calls to them.
    """

    def __init__(self, *, size: int, seed: int) -> None:
        self._seed = seed
        self._size = size
        self.schedule = Schedule(size)
        self.ids = UuidIds(seed, VENDOR, size)
        self.account_ids = UuidIds(seed, f"{VENDOR}-accounts", self.schedule.accounts)
        #: Every invoice's period start, ascending (bisected by the start date filters).
        self.starts = LazySequence(size, self._start)
        self.invoices = LazySequence(size, self._invoice)
        self.account = functools.lru_cache(maxsize=4096)(self._build_account)
        self.customer = company_name(rng_for(seed, VENDOR, 0, salt="customer"))

    def _start(self, index: int) -> datetime:
        return instant(self.schedule.start(index))

    def reference_index(self, reference: str) -> int | None:
        """The index of the invoice that can have ``reference``, from its trailing number."""
        digits = re.search(r"\d+$", reference)
        if digits is None:
            return None
        index = int(digits.group()) - FIRST_INTERNAL_ID
        if not 0 <= index < self._size:
            return None
        return index

    def _build_account(self, index: int) -> Account:
        rng = rng_for(self._seed, f"{VENDOR}-accounts", index)
        currency = _CURRENCIES[index % len(_CURRENCIES)]
        capacity = rng.pick((None, 30, 60, 120, 300))
        min_balance = Decimal(rng.pick(("0", "0", "-100", "-500", "-2500")))
        # Fixed by position, so every sandbox of a few accounts has each kind of invoice:
        # reverse-billed terminated traffic on every third account, services on every other.
        has_terminated = index % 3 == 2
        return Account(
            id=self.account_ids[index],
            name=f"{self.customer} {currency} {index + 1:02d}",
            currency=currency,
            balance=Decimal(rng.money("-250", "25000", scale=rng.pick((2, 3, 4)))),
            min_balance=min_balance,
            max_balance=Decimal(rng.pick(("100000", "1000000", "5000000"))),
            destination_rate_limit=(
                None if rng.chance(0.5) else Decimal(rng.money("0.05", "2", scale=2))
            ),
            origination_capacity=capacity,
            termination_capacity=None if capacity is None else rng.pick((None, capacity // 2)),
            total_capacity=None if capacity is None else capacity * 2,
            ref_template=rng.pick(_REF_TEMPLATES),
            originated=_Profile(
                calls_per_day=rng.integer(20, 4000),
                asr=0.35 + rng.random() * 0.5,
                acd=rng.integer(25, 240),
                rate=Decimal(rng.money("0.0040", "0.0900", scale=4)),
                interval=rng.pick((1, 6, 60)),
            ),
            terminated=_Profile(
                calls_per_day=rng.integer(5, 400) if has_terminated else 0,
                asr=0.7,
                acd=90,
                rate=Decimal(rng.money("0.0010", "0.0200", scale=4)),
                interval=1,
            ),
            service_fee=Decimal(rng.money("5", "250", scale=2)) if index % 2 else None,
        )

    def _invoice(self, index: int) -> Invoice:
        """Invoice ``index``, from ``rng_for(seed, "yeti", index)`` and its account's profile."""
        slot = self.schedule.slot(index)
        account = self.account(slot.account)
        rng = rng_for(self._seed, VENDOR, index)
        originated = _traffic(rng, slot, account.originated)
        terminated = _traffic(rng, slot, account.terminated)
        services, transactions = Decimal("0.0"), 0
        if account.service_fee is not None:
            transactions = rng.integer(1, 3)
            charged = [
                account.service_fee,
                *(Decimal(rng.money("0", "20")) for _ in range(transactions - 1)),
            ]
            if rng.chance(0.1):
                charged[0] = Decimal("0")  # a waived fee: a transaction, nothing charged
            services = sum((amount for amount in charged if amount > 0), Decimal("0"))
        return Invoice(
            index=index,
            id=self.ids[index],
            account=slot.account,
            reference=account.ref_template.replace("$id", str(FIRST_INTERNAL_ID + index)),
            start_date=slot.start,
            end_date=slot.end,
            has_pdf=rng.chance(0.85),
            amount_spent=originated.amount + terminated.amount + services,
            originated_amount_spent=originated.amount,
            originated_calls_count=originated.calls,
            originated_successful_calls_count=originated.successful,
            originated_calls_duration=originated.duration,
            originated_billing_duration=originated.billed,
            originated_first_call_at=originated.first,
            originated_last_call_at=originated.last,
            terminated_amount_spent=terminated.amount,
            terminated_calls_count=terminated.calls,
            terminated_successful_calls_count=terminated.successful,
            terminated_calls_duration=terminated.duration,
            terminated_billing_duration=terminated.billed,
            terminated_first_call_at=terminated.first,
            terminated_last_call_at=terminated.last,
            services_amount_spent=services,
            service_transactions_count=transactions,
        )
