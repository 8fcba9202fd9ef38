"""The Daftra sandbox's invoices: each one built from ``(seed, index)`` alone, when requested.

Invoice ``i`` of ``size`` is a pure function of ``(seed, i)``: nothing is built up front,
and one page builds just that page's invoices. Numbers, ids and flags are strings, as live
CakePHP responses commonly send them; amounts use one of two writings per invoice (fixed
scale such as ``"115.00"``, or PHP's shortest form such as ``"115"``/``"115.5"``), with
three decimals in KWD. Currencies SAR (15% VAT, tax id 1), EGP (14% VAT, tax id 2), USD and
KWD (no tax). The amounts follow the plugin's reading (`invoicekit_daftra._mapping`):
``InvoiceItem.subtotal`` is ``unit_price x quantity`` before any discount,
``calculated_discount`` the line's discount; ``summary_subtotal`` sums the line subtotals,
``summary_discount`` is every line discount plus the invoice-level ``discount`` (percent)
or ``discount_amount``, each line's ``summary_tax1`` is its VAT on what remains after both
discounts, and ``summary_total = summary_subtotal - summary_discount + sum(summary_tax1)``.
``summary_paid`` is the sum of the completed (status 1) payments, ``summary_unpaid =
summary_total - summary_paid`` (negative when overpaid); pending, failed and abandoned
payment attempts appear without counting. ``payment_status`` agrees with the payments:
0 (sometimes ``null``) unpaid, 1 partially paid, 2 paid, 3 refunded (paid in full, then
``summary_refund`` refunded), 4 overpaid. Drafts (``draft: "1"``) keep their
auto-generated ``no`` (Daftra fills it in when the invoice is created, draft or not), have
no payments, and read ``payment_status`` ``"-1"`` or, now and then, ``"0"``. The due date
is ``date + due_after`` days; "Due" and "Overdue" (``payment_status`` -2/-3) are judged
against `SANDBOX_TODAY`, a fixed day, so that answers never change with the clock.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from invoicekit.sandbox import (
    DEFAULT_PERIOD,
    NumericIds,
    SandboxRandom,
    rng_for,
    spread_instant,
)

from ._catalog import CATALOG, METHODS, NOTES, Market, Product, market_of
from ._clients import Client, client_record, make_client, naive
from ._facts import MAX_LINES, MAX_PAYMENTS, VENDOR, Facts, client_kind, draw_facts

__all__ = ["SANDBOX_TODAY", "DaftraData", "Invoice"]

#: "Today" for the Due/Overdue pseudo statuses: the day after the data's period, fixed.
SANDBOX_TODAY = DEFAULT_PERIOD[1] + timedelta(days=1)
_FIRST_ID = 1  # invoice ids count up from here, as in a new account (api2 ids are integers)


class Invoice(NamedTuple):
    """One generated invoice: its header (without the links) and its associations."""

    header: dict[str, Any]
    client: dict[str, Any]
    items: list[dict[str, Any]]
    payments: list[dict[str, Any]]


class _Line(NamedTuple):
    product: Product
    unit_price: Decimal
    quantity: Decimal
    subtotal: Decimal  # unit_price x quantity, before any discount
    discount_type: int  # 1 percentage, 2 absolute
    discount: Decimal  # as entered: a percentage or an amount
    discount_amount: Decimal  # calculated_discount


def _quantize(value: Decimal, scale: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def _amount(value: Decimal, scale: int, fixed: bool) -> str:
    """An amount as CakePHP writes it: ``"115.00"`` (fixed scale) or ``"115"`` (PHP float)."""
    if fixed:
        return f"{_quantize(value, scale):.{scale}f}"
    return f"{value.normalize():f}"


def _draw_line(product: Product, market: Market, rng: SandboxRandom) -> _Line:
    """One line of ``product``: price x quantity, and now and then a line discount."""
    scale = market.scale
    price = Decimal(rng.money(product.low * market.fx, product.high * market.fx, scale=scale))
    if product.hourly:
        quantity = Decimal(rng.integer(2, product.max_quantity * 4)) / 4
    else:
        quantity = Decimal(rng.integer(1, product.max_quantity))
    subtotal = _quantize(price * quantity, scale)
    discount_type, discount, amount = 2, Decimal(0), Decimal(0)
    if rng.chance(0.12):
        if rng.chance(0.5):
            discount_type, discount = 1, Decimal(rng.pick((5, 10, 15)))
            amount = _quantize(subtotal * discount / 100, scale)
        else:
            discount = amount = _quantize(subtotal * Decimal(rng.integer(2, 20)) / 100, scale)
    return _Line(product, price, quantity, subtotal, discount_type, discount, amount)


def _document_discount(
    bases: list[Decimal], scale: int, rng: SandboxRandom
) -> tuple[Decimal, Decimal, list[Decimal]]:
    """The invoice-level ``discount`` (percent), ``discount_amount`` and each line's share.

    The shares lower each line's taxable amount, so VAT is charged on what is actually billed.
    """
    shares = [Decimal(0)] * len(bases)
    if not rng.chance(0.1):
        return Decimal(0), Decimal(0), shares
    if rng.chance(0.6):
        percent = Decimal(rng.pick((5, 10)))
        return percent, Decimal(0), [_quantize(base * percent / 100, scale) for base in bases]
    whole = sum(bases, Decimal(0))
    fixed = _quantize(whole * Decimal("0.05"), scale)
    if fixed and whole:
        shares = [_quantize(fixed * base / whole, scale) for base in bases]
        shares[-1] = fixed - sum(shares[:-1], Decimal(0))
    return Decimal(0), fixed, shares


class DaftraData:
    """``size`` invoices and their clients, each generated from ``seed`` when first read.

    `DaftraSandbox` is a `DaftraData`. Its ``_facts`` and ``_invoice`` keep their names: tests
    count the calls to them.
    """

    def __init__(self, *, size: int, seed: int) -> None:
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self._seed = seed
        self.size = size
        self.ids = NumericIds(size, start=_FIRST_ID)
        #: How many clients the invoices are spread over.
        self.clients = max(8, min(size // 5, 20_000))
        self._id_width = max(6, len(str(size)))
        # The caches are thread-safe and bounded (clients are at most 20,000); none is filled
        # up front.
        self.client = functools.lru_cache(maxsize=4096)(self.make_client)
        self.client_kind = functools.lru_cache(maxsize=None)(self._make_client_kind)

    def instant(self, index: int) -> datetime:
        """When invoice ``index`` was created."""
        return spread_instant(index, self.size)

    def date(self, index: int) -> date:
        """Invoice ``index``'s ``date``."""
        # Invoices are dated the day they are created, so `date` and `created` grow together.
        return self.instant(index).date()

    def number(self, index: int) -> str:
        """Invoice ``index``'s ``no``."""
        return f"{index + 1:0{self._id_width}d}"

    def _facts(self, index: int) -> Facts:
        return draw_facts(self._seed, index, self.clients)

    def _make_client_kind(self, number: int) -> tuple[Market, bool]:
        return client_kind(self._seed, number)

    def make_client(self, number: int) -> Client:
        """Client ``number`` (uncached; `client` caches)."""
        market, business = self.client_kind(number)
        return make_client(self._seed, number, market, business)

    def _invoice(self, index: int) -> Invoice:
        """Invoice ``index``, built from ``(seed, index)`` alone (the one expensive step)."""
        facts = self._facts(index)
        client = self.client(facts.client)
        market = market_of(client.currency)
        scale, fixed = market.scale, facts.fixed_scale
        rng = rng_for(self._seed, VENDOR, index, salt="amounts")
        invoice_id = self.ids[index]
        issued = self.instant(index)
        stamp = naive(issued)

        lines = [_draw_line(CATALOG[product], market, rng) for product in facts.products]
        bases = [line.subtotal - line.discount_amount for line in lines]
        percent, fixed_discount, shares = _document_discount(bases, scale, rng)

        items = []
        summary_subtotal = summary_discount = summary_tax = Decimal(0)
        for k, (line, base, share) in enumerate(zip(lines, bases, shares, strict=True)):
            tax = _quantize((base - share) * market.vat, scale) if market.vat else Decimal(0)
            summary_subtotal += line.subtotal
            summary_discount += line.discount_amount + share
            summary_tax += tax
            items.append(
                {
                    "id": str(MAX_LINES * index + k + 1),
                    "invoice_id": invoice_id,
                    "item": line.product.name,
                    "description": line.product.description,
                    "unit_price": _amount(line.unit_price, scale, fixed),
                    "quantity": _amount(line.quantity, 2, fixed),
                    "tax1": None if market.tax_id is None else str(market.tax_id),
                    "tax2": None,
                    "summary_tax1": _amount(tax, scale, fixed),
                    "summary_tax2": None,
                    "subtotal": _amount(line.subtotal, scale, fixed),
                    "discount": _amount(line.discount, scale, fixed),
                    "discount_type": str(line.discount_type),
                    "calculated_discount": _amount(line.discount_amount, scale, fixed),
                    "product_id": str(line.product.id),
                    "store_id": "1",
                    "col_3": None,
                    "col_4": None,
                    "col_5": None,
                    "created": stamp,
                    "modified": stamp,
                }
            )
        total = summary_subtotal - summary_discount + summary_tax
        payments, paid, last_paid = self._payments(
            index, facts=facts, total=total, market=market, rng=rng, issued=issued
        )
        refund = total if facts.state == 3 else Decimal(0)

        header: dict[str, Any] = {
            "id": invoice_id,
            "staff_id": "0",
            "subscription_id": None,
            "store_id": "1",
            "type": "0",
            "no": self.number(index),
            "po_number": facts.po_number,
            "name": None,
            "branch_id": "1",
            "client_id": str(client.id),
            "is_offline": "0",
            "currency_code": market.currency,
            "client_business_name": client.business_name,
            "client_first_name": client.first_name,
            "client_last_name": client.last_name,
            "client_email": client.email,
            "client_address1": client.address1,
            "client_address2": client.address2,
            "client_postal_code": client.postal_code,
            "client_city": client.city,
            "client_state": client.state,
            "client_country_code": client.country,
            "client_active_secondary_address": "0",
            "date": issued.date().isoformat(),
            "issue_date": None,
            "due_after": str(facts.due_after),
            "payment_status": facts.payment_status,
            "draft": "1" if facts.draft else "0",
            "discount": _amount(percent, 2, fixed),
            "discount_amount": _amount(fixed_discount, scale, fixed),
            "deposit": "0",
            "deposit_type": "0",
            "summary_subtotal": _amount(summary_subtotal, scale, fixed),
            "summary_discount": _amount(summary_discount, scale, fixed),
            "summary_total": _amount(total, scale, fixed),
            "summary_paid": _amount(paid, scale, fixed),
            "summary_unpaid": _amount(total - paid, scale, fixed),
            "summary_deposit": "0",
            "summary_refund": _amount(refund, scale, fixed),
            "notes": NOTES[rng.integer(0, len(NOTES) - 1)] if rng.chance(0.3) else None,
            "html_notes": None,
            "created": stamp,
            "modified": naive(max(issued, last_paid)),
            "invoice_layout_id": None,
            "estimate_id": None,
            "shipping_options": "",
            "shipping_amount": None,
            "follow_up_status": None,
            "work_order_id": None,
            "requisition_delivery_status": None,
            "pos_shift_id": None,
            "source_type": None,
            "source_id": None,
            "qr_code_url": None,
        }
        return Invoice(header, client_record(client), items, payments)

    def _payments(
        self,
        index: int,
        *,
        facts: Facts,
        total: Decimal,
        market: Market,
        rng: SandboxRandom,
        issued: datetime,
    ) -> tuple[list[dict[str, Any]], Decimal, datetime]:
        """The payment records, the completed sum and the last payment's time."""
        scale, fixed = market.scale, facts.fixed_scale
        attempts: list[tuple[Decimal, int]] = []  # (amount, status)
        if facts.state in {1, 2}:
            target = total
            if facts.state == 1:
                target = _quantize(total * Decimal(rng.integer(20, 80)) / 100, scale)
            first = target
            if rng.chance(0.3):
                first = _quantize(target * Decimal(rng.integer(30, 70)) / 100, scale)
            attempts.append((first, 1))
            if 0 < first < target:
                attempts.append((target - first, 1))
        elif facts.state == 3:
            attempts.append((total, 1))
        elif facts.state == 4:
            extra = Decimal(rng.money(Decimal(1) * market.fx, Decimal(50) * market.fx, scale=scale))
            attempts += [(total, 1), (extra, 1)]
        if facts.state >= 0 and facts.state != 3 and rng.chance(0.15):
            # A failed, pending or abandoned attempt: shown, never counted as paid.
            remaining = total - sum((amount for amount, _ in attempts), Decimal(0))
            attempts.insert(0, (remaining if remaining > 0 else total, rng.pick((0, 2, 3))))
        records, paid, last = [], Decimal(0), issued
        when = issued
        # Payments happen before "today" (late invoices are paid the same day, if at all).
        latest = max(issued, datetime.combine(SANDBOX_TODAY, time(), UTC) - timedelta(hours=1))
        for k, (amount, status) in enumerate(attempts[:MAX_PAYMENTS]):
            pause = timedelta(
                days=rng.integer(0, facts.due_after + 10), seconds=rng.integer(600, 36_000)
            )
            when = min(when + pause, latest)
            method = rng.pick(METHODS)
            processed = status == 1
            if processed:
                paid += amount
                last = when
            records.append(
                {
                    "id": str(MAX_PAYMENTS * index + k + 1),
                    "invoice_id": self.ids[index],
                    "payment_method": method,
                    "amount": _amount(amount, scale, fixed),
                    "transaction_id": (
                        f"TXN{rng.integer(10**7, 10**8 - 1)}" if method != "cash" else None
                    ),
                    "treasury_id": "1",
                    "date": naive(when),
                    "status": str(status),
                    "notes": None,
                    "response_message": None if status != 0 else "card_declined",
                    "currency_code": market.currency,
                    "processed": "1" if processed else "0",
                    "staff_id": "0",
                    "created": naive(when),
                    "modified": naive(when),
                }
            )
        return records, paid, last
