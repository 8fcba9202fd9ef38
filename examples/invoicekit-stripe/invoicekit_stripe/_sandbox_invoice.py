"""One sandbox invoice as Stripe's JSON object (API 2024-06-20), from facts and random draws."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from invoicekit.sandbox import SandboxRandom

from ._sandbox_ids import tag

__all__ = ["ACCOUNT", "EMBEDDED_LINES", "Facts", "Item", "Tax", "build_invoice", "pdf_token"]

ACCOUNT = "acct_1SbxSandboxAcct"
#: How many lines an invoice object embeds, as on Stripe; the rest is at ``.../lines``.
EMBEDDED_LINES = 10
_DAY = 86_400


@dataclass(frozen=True, slots=True)
class Facts:
    """What the list filters look at; cheap to compute for any position."""

    status: str
    partly_paid: bool
    customer: int
    created: int
    collection_method: str
    subscription: str | None
    due_date: int | None


@dataclass(frozen=True, slots=True)
class Item:
    """One line to bill: a subscription seat price (``recurring``) or a one-off invoice item."""

    description: str
    unit_amount: int  # minor units, tax included for a tax-inclusive price
    quantity: int
    start: int
    end: int
    recurring: bool


@dataclass(frozen=True, slots=True)
class Tax:
    """The customer's tax rate, as Stripe's tax rate object shows it."""

    rate: dict[str, Any]

    @property
    def percent(self) -> int:
        """The rate in percent."""
        value: int = self.rate["percentage"]
        return value

    @property
    def inclusive(self) -> bool:
        """Whether prices include it."""
        return bool(self.rate["inclusive"])


def pdf_token(seed: int, invoice_id: str) -> str:
    """The signed part of an invoice's PDF and hosted-page links."""
    return f"test_{invoice_id}-{tag(16, seed, 'stripe-pdf', invoice_id)}"


def _share(amount: int, numerator: int, denominator: int) -> int:
    """``amount * numerator / denominator`` rounded half up to a whole minor unit."""
    exact = Decimal(amount) * numerator / denominator
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _unit_string(amount: int, quantity: int) -> str:
    """Stripe's decimal-string unit amount (up to 12 decimals, no trailing zeros)."""
    value = (Decimal(amount) / quantity).quantize(Decimal("1e-12")).normalize()
    return format(value, "f")


def _line(
    index: int,
    item: Item,
    *,
    invoice_id: str,
    currency: str,
    seed: int,
    subscription: str | None,
    tax: Tax | None,
    coupon: tuple[str, int] | None,
) -> tuple[dict[str, Any], int, int, int]:
    """The line object, and its taxable amount (without tax, after discount), tax, discount."""
    amount = item.unit_amount * item.quantity
    discount = _share(amount, coupon[1], 100) if coupon else 0
    excluding, taxed, taxable = amount, 0, amount - discount
    if tax is not None and tax.inclusive:
        excluding = amount - _share(amount, tax.percent, 100 + tax.percent)
        taxed = _share(amount - discount, tax.percent, 100 + tax.percent)
        taxable = amount - discount - taxed
    elif tax is not None:
        taxed = _share(taxable, tax.percent, 100)
    key = (seed, invoice_id, index)
    behavior = ("inclusive" if tax.inclusive else "exclusive") if tax else "unspecified"
    line: dict[str, Any] = {
        "id": f"il_1Sbx{tag(20, 'stripe-line', *key)}",
        "object": "line_item",
        "amount": amount,
        "amount_excluding_tax": excluding,
        "currency": currency,
        "description": item.description,
        "discount_amounts": [{"amount": discount, "discount": coupon[0]}] if coupon else [],
        "discountable": True,
        "discounts": [],
        "invoice": invoice_id,
        "livemode": False,
        "metadata": {},
        "period": {"start": item.start, "end": item.end},
        "plan": None,
        "price": {
            "id": f"price_1Sbx{tag(18, 'stripe-price', *key)}",
            "object": "price",
            "active": item.recurring,
            "billing_scheme": "per_unit",
            "created": 1704067200,
            "currency": currency,
            "livemode": False,
            "lookup_key": None,
            "metadata": {},
            "nickname": "Team monthly" if item.recurring else None,
            "product": f"prod_Sbx{'Team' if item.recurring else tag(10, 'stripe-prod', *key)}",
            "recurring": {
                "aggregate_usage": None,
                "interval": "month",
                "interval_count": 1,
                "meter": None,
                "trial_period_days": None,
                "usage_type": "licensed",
            }
            if item.recurring
            else None,
            "tax_behavior": behavior,
            "type": "recurring" if item.recurring else "one_time",
            "unit_amount": item.unit_amount,
            "unit_amount_decimal": str(item.unit_amount),
        },
        "proration": False,
        "quantity": item.quantity,
        "subscription": subscription if item.recurring else None,
        "tax_amounts": [
            {
                "amount": taxed,
                "inclusive": tax.inclusive,
                "tax_rate": tax.rate["id"],
                "taxability_reason": None,
                "taxable_amount": taxable,
            }
        ]
        if tax
        else [],
        "tax_rates": [],
        "type": "subscription" if item.recurring else "invoiceitem",
        "unit_amount_excluding_tax": _unit_string(excluding, item.quantity),
    }
    if item.recurring:
        line["subscription_item"] = f"si_Sbx{tag(14, 'stripe-si', *key)}"
    else:
        line["invoice_item"] = f"ii_1Sbx{tag(20, 'stripe-ii', *key)}"
    return line, taxable, taxed, discount


def _amounts(facts: Facts, total: int, rng: SandboxRandom) -> tuple[int, int, int, int | None]:
    """``amount_due``, ``amount_paid``, ``starting_balance``, ``ending_balance``."""
    if facts.status == "draft":
        return total, 0, 0, None
    credit = _share(total, rng.integer(10, 60), 100) if total > 0 and rng.chance(0.1) else 0
    due = total - credit
    paid = {"paid": due}.get(facts.status, 0)
    if facts.partly_paid and due >= 2:
        paid = due // 2
    return due, paid, -credit, 0


def build_invoice(
    *,
    invoice_id: str,
    number: str,
    facts: Facts,
    customer: dict[str, Any],
    currency: str,
    tax: Tax | None,
    items: list[Item],
    rng: SandboxRandom,
    base_url: str,
    seed: int,
    embedded: int | None = EMBEDDED_LINES,
) -> dict[str, Any]:
    """The invoice object; amounts are consistent the way Stripe relates them.

    ``lines.data`` holds the first ``embedded`` lines (every line when None) and ``has_more``
    says whether more follow, as Stripe embeds only the first page of an invoice's lines.
    """
    coupon = None
    if rng.chance(0.2):
        percent = rng.pick((10, 25))
        coupon = (f"di_1Sbx{tag(20, 'stripe-di', seed, invoice_id)}", percent)
    built = [
        _line(
            index,
            item,
            invoice_id=invoice_id,
            currency=currency,
            seed=seed,
            subscription=facts.subscription,
            tax=tax,
            coupon=coupon,
        )
        for index, item in enumerate(items)
    ]
    lines = [line for line, _, _, _ in built]
    excluding_tax = sum(taxable for _, taxable, _, _ in built)
    tax_total = sum(taxed for _, _, taxed, _ in built)
    discount_total = sum(discount for _, _, _, discount in built)
    total = excluding_tax + tax_total
    amount_due, amount_paid, starting, ending = _amounts(facts, total, rng)
    draft = facts.status == "draft"
    finalized = None if draft else facts.created + 3600
    token = pdf_token(seed, invoice_id)
    cycle = facts.subscription is not None and rng.chance(0.9)
    reason = "manual"
    if facts.subscription:
        reason = "subscription_cycle" if cycle else "subscription_create"
    return {
        "id": invoice_id,
        "object": "invoice",
        "account_country": "DE",
        "account_name": "Sandbox Software GmbH",
        "account_tax_ids": None,
        "amount_due": amount_due,
        "amount_paid": amount_paid,
        "amount_remaining": amount_due - amount_paid,
        "amount_shipping": 0,
        "attempt_count": 0 if draft or facts.collection_method == "send_invoice" else 1,
        "attempted": not draft and facts.collection_method == "charge_automatically",
        "auto_advance": facts.status in {"draft", "open"},
        "automatic_tax": {"enabled": False, "liability": None, "status": None},
        "billing_reason": reason,
        "collection_method": facts.collection_method,
        "created": facts.created,
        "currency": currency,
        "custom_fields": None,
        **customer,
        "default_tax_rates": [tax.rate] if tax else [],
        "description": None if facts.subscription else "Thank you for your business.",
        "discount": None,
        "discounts": [coupon[0]] if coupon else [],
        "due_date": facts.due_date,
        "effective_at": finalized,
        "ending_balance": ending,
        "footer": None,
        "hosted_invoice_url": None if draft else f"{base_url}/i/{ACCOUNT}/{token}?s=ap",
        "invoice_pdf": None if draft else f"{base_url}/invoice/{ACCOUNT}/{token}/pdf?s=ap",
        "lines": {
            "object": "list",
            "data": lines[:embedded],
            "has_more": embedded is not None and len(lines) > embedded,
            "url": f"/v1/invoices/{invoice_id}/lines",
        },
        "livemode": False,
        "metadata": {"order_ref": f"PO-{facts.created % 100000:05d}"} if rng.chance(0.2) else {},
        "next_payment_attempt": facts.created + 3600
        if draft and facts.collection_method == "charge_automatically"
        else None,
        "number": None if draft else number,
        "paid": facts.status == "paid",
        "paid_out_of_band": False,
        "period_end": facts.created,
        "period_start": facts.created - 30 * _DAY if cycle else facts.created,
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": None,
        "starting_balance": starting,
        "status": facts.status,
        "status_transitions": {
            "finalized_at": finalized,
            "marked_uncollectible_at": finalized + 45 * _DAY
            if finalized and facts.status == "uncollectible"
            else None,
            "paid_at": finalized + 600 if finalized and facts.status == "paid" else None,
            "voided_at": finalized + 2 * _DAY if finalized and facts.status == "void" else None,
        },
        "subscription": facts.subscription,
        "subscription_details": {"metadata": {}} if facts.subscription else {"metadata": None},
        "subtotal": sum(line["amount"] for line in lines),
        "subtotal_excluding_tax": sum(line["amount_excluding_tax"] for line in lines),
        "tax": tax_total if tax else None,
        "total": total,
        "total_discount_amounts": [{"amount": discount_total, "discount": coupon[0]}]
        if coupon
        else [],
        "total_excluding_tax": excluding_tax,
        "total_tax_amounts": [
            {
                "amount": tax_total,
                "inclusive": tax.inclusive,
                "tax_rate": tax.rate["id"],
                "taxability_reason": None,
                "taxable_amount": excluding_tax,
            }
        ]
        if tax
        else [],
        "webhooks_delivered_at": facts.created,
    }
