"""What the Daftra sandbox's list filters keep: cheap per-invoice tests, cached per filter set.

Filters
    Every documented list filter is accepted and applied to the sandbox's data (``_predicate``);
    blank values are ignored, as CakePHP list filters skip empty ones, and so is ``draft=0``
    (documented only as "1 = drafts only"; PHP's ``empty("0")`` is true). ``date_from``/
    ``date_to`` (on ``date``) and ``created_from``/``created_to`` are bisections, free at any
    size. The others scan the candidates' cheap facts (`Facts`, a hash each, about a second
    per 100,000 invoices, cached per filter set), never the generated invoices, except
    ``summary_total_from``/``_to``, which must build each candidate (narrow them with a date
    range at large sizes). ``payment_status`` takes one code: 0 (also matching ``null``),
    1, 2, 3 (documented both as Refunded and as "Subscriptions"; this account has no
    subscriptions, so it finds the refunded), 4, and the pseudo codes -1 Draft, -2 Due
    (unpaid or partly paid, due on or after `SANDBOX_TODAY`) and -3 Overdue (due before it;
    the docs name these two without defining them, so the split is the sandbox's reading).
    ``no``, ``po_number``, ``item`` and ``keywords`` (client name, email, client number,
    invoice number, order number) match case-insensitive substrings. ``type`` is read with
    PHP's cast: 0 keeps every invoice, any other type none (the sandbox has no debit notes or
    advance payments); ``staff_id=0`` and ``store_id=1`` keep all (the owner made every
    invoice, in the one warehouse). Filters on records the sandbox account does not have
    (tags, custom fields, work orders, POS shifts, subscriptions, e-invoicing, follow-up
    statuses, order sources, shipping options, requisitions, source documents, external
    sources) match nothing, as they would on a real account without such records.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from invoicekit.sandbox import LazySequence, sorted_range

from ._catalog import CATALOG
from ._data import SANDBOX_TODAY, DaftraData

__all__ = ["scan"]

Test = Callable[[int], bool]

# Filters on records the sandbox account has none of (no subscriptions, work orders, source
# documents, order sources, shipping options, e-invoicing, requisitions, POS shifts, follow-up
# statuses, tags, external sources or custom fields): any value matches no invoice.
_ABSENT_RECORDS = {
    "follow_up_status",
    "subscription_id",
    "work_order_id",
    "source_type",
    "source_id",
    "order_source_id",
    "shipping_option_id",
    "einvoice_status",
    "requisition_delivery_status",
    "pos_shift_id",
    "tags",
    "external_source",
    "custom_field",
}
# Filters every invoice passes with this value and none with another: every invoice here is
# type 0 (none 16 or 19; `type` is read as PHP does), made by the owner, in the one warehouse.
_EVERY_INVOICE = {"type": 0, "staff_id": 0, "store_id": 1}


def scan(data: DaftraData, filters: Mapping[str, object]) -> Sequence[int]:
    """The indexes of the invoices that pass ``filters``, in index order."""
    span = _span(data, filters)
    tests = _predicates(data, filters)
    if not tests:
        return span
    return array("q", (i for i in span if all(test(i) for test in tests)))


def _span(data: DaftraData, filters: Mapping[str, object]) -> range:
    """The indexes left by the range filters on ``date`` and ``created`` (bisection)."""
    dates = LazySequence(data.size, data.date)
    span = sorted_range(dates, filters.get("date_from"), filters.get("date_to"))
    created = sorted_range(dates, filters.get("created_from"), filters.get("created_to"))
    return range(max(span.start, created.start), min(span.stop, created.stop))


def _predicates(data: DaftraData, filters: Mapping[str, object]) -> list[Test]:
    """One test per filter that is not a range; each reads cheap facts where it can."""
    tests: list[Test] = []
    for name, wanted in sorted(filters.items()):
        test = _predicate(data, name, wanted)
        if test is not None:
            tests.append(test)
    return tests


def _predicate(data: DaftraData, name: str, wanted: object) -> Test | None:
    # `_facts` and `_invoice` are what the tests count: read them through `data`, unbound.
    facts, kind = data._facts, data.client_kind
    if name in {"date_from", "date_to", "created_from", "created_to", "custom_field_label"}:
        return None  # ranges are bisected; the label only qualifies `custom_field`
    if name in _ABSENT_RECORDS:
        return lambda index: False
    if name in _EVERY_INVOICE:
        return None if wanted == _EVERY_INVOICE[name] else (lambda index: False)
    if name == "client_id":
        return lambda index: facts(index).client + 1 == wanted
    if name == "client_type":
        business = wanted == 3
        if wanted not in {2, 3}:
            return lambda index: False
        return lambda index: kind(facts(index).client)[1] == business
    if name == "currency_code":
        code = str(wanted).upper()
        return lambda index: kind(facts(index).client)[0].currency == code
    if name == "draft":
        return lambda index: facts(index).draft
    if name == "payment_status":
        assert isinstance(wanted, int)
        return _payment_status_test(data, wanted)
    if name == "no":
        text = str(wanted).lower()
        return lambda index: text in data.number(index)
    if name == "po_number":
        text = str(wanted).lower()
        return lambda index: text in (facts(index).po_number or "").lower()
    if name == "keywords":
        return _keywords_test(data, str(wanted).lower())
    if name == "item":
        text = str(wanted).lower()
        return lambda index: any(
            text in CATALOG[product].name.lower() for product in facts(index).products
        )
    if name in {"due_date_from", "due_date_to"}:
        assert isinstance(wanted, date)
        after = name == "due_date_from"

        def due(index: int) -> bool:
            day = data.date(index) + timedelta(days=facts(index).due_after)
            return day >= wanted if after else day <= wanted

        return due
    if name in {"summary_total_from", "summary_total_to"}:
        assert isinstance(wanted, Decimal)
        low = name == "summary_total_from"

        def total(index: int) -> bool:
            value = Decimal(data._invoice(index).header["summary_total"])
            return value >= wanted if low else value <= wanted

        return total
    raise AssertionError(f"unhandled filter {name}")  # pragma: no cover - _params guards


def _payment_status_test(data: DaftraData, wanted: int) -> Test:
    facts = data._facts
    if wanted == -1:  # pseudo code: drafts
        return lambda index: facts(index).draft
    if wanted in {-2, -3}:  # pseudo codes: Due (not yet overdue) and Overdue, unpaid part

        def outstanding(index: int) -> bool:
            found = facts(index)
            if found.draft or found.state not in {0, 1}:
                return False
            due = data.date(index) + timedelta(days=found.due_after)
            return (due < SANDBOX_TODAY) == (wanted == -3)

        return outstanding
    # 0 also matches null (null, '' and 0 all mean unpaid). 3 is documented both as
    # Refunded and as "Subscriptions"; with no subscriptions here it finds the refunded.
    return lambda index: int(facts(index).payment_status or 0) == wanted


def _keywords_test(data: DaftraData, text: str) -> Test:
    """Client name, email or number, invoice number or order number containing ``text``."""
    clients = set()
    for number in range(data.clients):  # each client once, not once per invoice
        client = data.make_client(number)
        names = (
            client.business_name,
            f"{client.first_name} {client.last_name}",
            client.email,
            f"{client.id:06d}",
        )
        if any(text in name.lower() for name in names):
            clients.add(number)

    def matches(index: int) -> bool:
        found = data._facts(index)
        return (
            found.client in clients
            or text in data.number(index)
            or text in (found.po_number or "").lower()
        )

    return matches
