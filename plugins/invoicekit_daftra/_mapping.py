"""Daftra api2 invoices -> `invoicekit.Invoice`: every mapping decision, field by field.

Sources: the official schema (docs.daftara.dev, vendors.md B.2), the seed page "daftradocs222"
(vendors.md B.3) and the spec ``specs/daftra/openapi.yaml``. Responses are decoded with the
generated models and ``strict=False``, because live CakePHP responses send numbers and 0/1 flags
as strings (``"115"``, ``"0"``); msgspec then reads ``"115.50"`` and ``115.50`` into the same
exact `Decimal`, keeping the written scale.

Shapes
    Official single responses nest ``Client``, ``InvoiceItem`` and ``InvoicePayment`` inside
    ``data.Invoice``; the seed page and list items put them beside it. Each association is read
    from inside ``Invoice`` when it is there and not null (even as ``[]``), else from beside it.
    Seed-only aliases: ``number`` for ``no``, ``total`` for ``summary_total``, ``status`` for
    ``payment_status``, ``due_date``, ``Client.name``, ``InvoiceItem.total``. Where both are
    sent, the official field wins.

raw
    The document object's own bytes, exactly as sent: ``data`` of a single-document body
    (``{"Invoice": ...}``, from `normalize` and ``get_invoice``), or the ``data[]`` item of a
    list page (``{"Invoice": ..., "Client": ...}``, copied so that it does not pin the page in
    memory); never the ``{"result", "code"}`` envelope around it.

id, number
    ``id`` (a positive integer; anything else fails) as a string. ``no``, else the seed's
    ``number``; blank means none (drafts may have no number yet).

kind, kind_raw (``type``)
    0 invoice, 5 credit_note, 6 refund, 16 debit_note, 19 (advance payment) other, any other code
    other; ``kind_raw`` is the code as a string. A missing or null ``type`` takes the kind of
    its envelope, with ``kind_raw`` None: ``Invoice`` a standard invoice (the single-invoice
    endpoint only serves type 0 and does not always send it), ``CreditNote`` a credit note,
    ``RefundReceipt`` a refund (`invoicekit_daftra._documents`). A ``type`` that is sent wins.
    Daftra models credit notes and refunds as document types of their own, not as negative
    invoices, so their amounts are taken as sent and no sign is flipped.

status, status_raw (``draft``, ``payment_status``)
    ``draft`` true -> draft, with ``status_raw = "draft"`` (the flag, not ``payment_status``,
    decides). Otherwise ``payment_status`` (the seed's ``status`` when ``payment_status`` is
    absent): null, ``''`` or 0 open, 1 partially_paid, 2 paid, 3 refunded, 4 overpaid,
    -1 draft, any other value unknown. ``status_raw`` is the value as sent, as a string
    (``"1"``; None for null). No status key at all -> unknown.

issue_date, due_date, created, modified
    ``issue_date`` is ``date``, the invoice date that Daftra's ``date_from``/``date_to`` list
    filters use (so ``issued_since`` agrees with it) and that ``due_after`` counts from; the
    optional ``issue_date`` field is used only when ``date`` is missing, and kept in
    ``extra["issue_date"]``. ``due_date`` is the seed's explicit ``due_date``, else
    ``date + due_after`` days (0 -> due on the invoice date; absent -> None; negative or out of
    range -> error). ``created``/``modified`` are naive site-local timestamps: they go to
    ``extra`` as strings, and ``created_at``/``updated_at`` are read from them only in the
    site's zone when that is known (`invoicekit_daftra._times`; the client reads it, or the
    ``timezone`` option gives it), else None, because invoicekit never invents a time zone.

currency
    ``currency_code``, which must look like an ISO 4217 code (three capitals); blank -> None.

totals (see the note on ``summary_subtotal`` below)
    gross = ``summary_total`` (the seed's ``total``); line_net = ``summary_subtotal``;
    discount = ``summary_discount`` (Daftra's total discount applied, line discounts included);
    charges = ``shipping_amount``; paid = ``summary_paid``; due = ``summary_unpaid``.
    Derived only when every input is given, and otherwise None:
    net = ``summary_subtotal - summary_discount``; tax = the sum of the lines' tax amounts when
    every line has one, else ``summary_total - net`` (= total - subtotal + discount). With a
    non-zero ``shipping_amount`` or ``adjustment_value`` neither net nor the fallback tax is
    derived, since Daftra does not document how those enter its summaries. Without
    ``summary_paid``, paid = the sum of the payments whose status is completed, when every
    payment has a known status (otherwise None); without ``summary_unpaid``, due = gross - paid.
    The seed gives only ``total``: its net and tax are None.

    ``summary_subtotal`` is read as the subtotal *before* the document discount: the official
    schema calls it "total invoice without taxes" and ``summary_discount`` "total discount
    applied on the invoice", Daftra's printed invoices list Subtotal, Discount, taxes, Total in
    that order, and vendors.md derives tax as total - subtotal + discount. The two readings
    agree whenever the discount is zero.

lines (``InvoiceItem``)
    id; name = ``item``; description; product_id; quantity; unit_price; net_amount =
    ``subtotal`` (without tax); tax_amount = ``summary_tax1 + summary_tax2`` (a tax whose id is
    set but whose amount is missing makes it None); gross_amount = the seed's ``total``.
    ``tax1``/``tax2`` are tax *ids* (vendors.md B.3), never amounts, even where the seed shows
    ``tax1: 20.00``. discount_amount = ``calculated_discount`` when sent, else ``discount`` by
    ``discount_type``: 1 percentage of unit_price x quantity, 2 absolute amount; a stated 0 is
    0 whatever the type; an unknown or missing type with a non-zero discount -> None.
    tax_rate = the rate of the line's one tax from the account's ``/api2/taxes`` records, when
    they are known (`invoicekit_daftra._taxes`), else None.

tax_breakdown, prices_include_tax
    From the lines' tax ids and amounts with the account's tax records (rate, name,
    ``included``), by the rules of `invoicekit_daftra._taxes`: the taxable amount only where
    the line subtotals are exactly it (exclusive tax, one tax a line, no discount at all).
    Without the records: empty and None, as the lines name their taxes by id only.

payments (``InvoicePayment``)
    id, date (a date or a naive timestamp, whose day is taken as written), amount, currency,
    method = ``payment_method``, reference = ``transaction_id``. status: 1 completed,
    2 pending, 0 failed, 3 ("not completed", an abandoned attempt) failed, missing or other
    unknown; ``status_raw`` is the code as a string. Only completed payments count as paid.

buyer
    The invoice's ``client_*`` snapshot first, because a `Party` is the party as the document
    shows it, and the ``Client`` record for what the snapshot lacks: name = business name, else
    first + last name, else the seed's ``Client.name``; contact_name = first + last name when
    there is a business name; email; phone = ``phone1``, else ``phone2``; address taken whole
    from one source (``address1``/``address2`` lines, city, ``state`` as region, postal code,
    country code, which must be ISO 3166-1 alpha-2); id = ``Client.id`` (or ``client_id``);
    number = ``client_number``. ``bn1``/``bn2`` become vat_id when their label mentions VAT or
    tax (also in Arabic) and legal_registration_id when it mentions a (commercial) registration.
    None when nothing at all is given.

seller
    The account's own business from ``/api2/site_info.json`` (`invoicekit_daftra._parties.
    seller`), read once per client or given as the ``site_info`` option; else None, as
    invoice responses do not describe it.

references, notes, pdf_url
    purchase_order_reference = ``po_number``; buyer_reference None (Daftra has no BT-10).
    For credit notes, debit notes and refunds, ``subscription_id`` (the parent invoice) becomes
    `preceding_invoice`; on other documents it is a subscription and goes to ``extra``.
    notes = ``notes`` (``html_notes`` goes to ``extra``); pdf_url = ``invoice_pdf_url``.

extra
    ``created``, ``modified``, ``issue_date`` (strings), ``invoice_html_url``, ``qr_code_url``,
    ``html_notes``, ``subscription_id`` (int), and when non-zero: the invoice-level
    ``discount_percent`` (``discount``) and ``discount_amount``, ``summary_deposit``,
    ``summary_refund``, ``adjustment_value`` (amounts as strings) with ``adjustment_label``.
"""

from __future__ import annotations

import datetime as dt
import re
from operator import attrgetter
from typing import Any

import msgspec

from invoicekit.plugin import Invoice, InvoiceKind, InvoiceReference, present
from invoicekit_daftra_client.models import (
    Client,
    InvoiceEnvelope,
    InvoiceItem,
    InvoicePayment,
)
from invoicekit_daftra_client.models import Invoice as DaftraInvoice

from . import _checks, _codes, _lines, _parties, _taxes, _times
from ._account import NOTHING_KNOWN, Account
from ._totals import totals
from ._values import VENDOR, amount, code, fail, oversized, text

__all__ = ["invoice_from_envelope"]

_CURRENCY = re.compile(r"[A-Z]{3}")
_REFERRING_KINDS = frozenset({InvoiceKind.CREDIT_NOTE, InvoiceKind.DEBIT_NOTE, InvoiceKind.REFUND})
_UNSET = msgspec.UNSET
_ASSOCIATIONS = ("Client", "InvoiceItem", "InvoicePayment")
Paths = tuple[str, tuple[str, ...], tuple[str, ...]]
# The JSON paths of a document's header and of its associations inside it and beside it, per
# (path, key): every document of a body, and every body, asks for the same few.
_PATHS: dict[tuple[str, str], Paths] = {}


def _paths(path: str, key: str) -> Paths:
    found = _PATHS.get((path, key))
    if found is None:
        at = f"{path}.{key}"
        found = (
            at,
            tuple(f"{at}.{name}" for name in _ASSOCIATIONS),
            tuple(f"{path}.{name}" for name in _ASSOCIATIONS),
        )
        if len(_PATHS) < 64:  # bounded: a caller's paths are a handful
            _PATHS[path, key] = found
    return found


def invoice_from_envelope(
    envelope: InvoiceEnvelope,
    raw: msgspec.Raw,
    path: str,
    *,
    key: str = "Invoice",
    untyped_kind: InvoiceKind = InvoiceKind.INVOICE,
    account: Account = NOTHING_KNOWN,
) -> Invoice:
    """One ``{"Invoice": ..., ...}`` envelope at JSON path ``path`` as an `Invoice`.

    ``key`` is the envelope key the header was read from (for error paths), ``untyped_kind``
    the kind of a header that sends no ``type`` (`invoicekit_daftra._documents`), ``account``
    what the account states around it (taxes, seller, zone; `invoicekit_daftra._account`).
    """
    header = envelope.invoice
    at, inside, beside = _paths(path, key)
    # Each association from inside the header when it is there and not null, else beside it.
    client: Client | None
    nested_client = header.client
    if nested_client is None or nested_client is _UNSET:
        client, client_path = present(envelope.client), beside[0]
    else:
        client, client_path = nested_client, inside[0]
    items: list[InvoiceItem] | None
    nested_items = header.invoice_item
    if nested_items is None or nested_items is _UNSET:
        items, items_path = present(envelope.invoice_item), beside[1]
    else:
        items, items_path = nested_items, inside[1]
    records: list[InvoicePayment] | None
    nested_records = header.invoice_payment
    if nested_records is None or nested_records is _UNSET:
        records, payments_path = present(envelope.invoice_payment), beside[2]
    else:
        records, payments_path = nested_records, inside[2]
    if header.id <= 0:
        raise fail(f"{at}.id", f"{header.id} is not a Daftra id (a positive integer)")
    taxes = account.taxes
    listed, paid_in = items or (), records or ()
    if not _checks.usable(header, listed, paid_in):
        # Words the first unusable amount; a false alarm (no such amount) maps as before.
        _checks.check(header, listed, paid_in, (at, items_path, payments_path), taxes)
    try:
        status, status_raw = _codes.invoice_status(
            header.draft, header.payment_status, header.status
        )
        kind, kind_raw = _codes.invoice_kind(header.type_)
        if kind_raw is None:
            kind = untyped_kind
        # ``date``, ``issue_date`` and ``due_date`` decode as `datetime.date` (never a string).
        issued = header.date or header.issue_date or None
        line = _lines.line
        lines = tuple([line(item, items_path, i, taxes) for i, item in enumerate(listed)])
        breakdown, inclusive = _taxes.breakdown(header, listed, lines, taxes, items_path=items_path)
        payments = None
        if records is not None:
            payment = _lines.payment
            payments = tuple(
                [payment(record, payments_path, i) for i, record in enumerate(records)]
            )
        parent = present(header.subscription_id)
        refers = kind in _REFERRING_KINDS and bool(parent)
        notes, created, modified = text(header.notes), text(header.created), text(header.modified)
        zone = account.zone
        return Invoice(
            vendor=VENDOR,
            id=str(header.id),
            number=text(header.no) or text(header.number),
            kind=kind,
            kind_raw=kind_raw,
            status=status,
            status_raw=status_raw,
            issue_date=issued,
            due_date=_due_date(header, issued, at),
            currency=code(header.currency_code, _CURRENCY, "an ISO 4217 code", at, "currency_code"),
            seller=account.seller,
            buyer=_parties.buyer(header, client, at, client_path),
            purchase_order_reference=text(header.po_number),
            lines=lines,
            totals=totals(header, lines, payments, at, payments_path),
            tax_breakdown=breakdown,
            payments=payments or (),
            prices_include_tax=inclusive,
            preceding_invoice=InvoiceReference(id=str(parent)) if refers else None,
            notes=(notes,) if notes else (),
            pdf_url=text(header.invoice_pdf_url),
            created_at=None if zone is None else _times.instant(created, zone),
            updated_at=None if zone is None else _times.instant(modified, zone),
            extra=_extra(header, at, created, modified, None if refers else parent),
            raw=raw,
        )
    except Exception:
        # `usable` does not read sizes: `Invoice` (or `_values.oversized`, for the amounts it
        # does not hold) refuses an oversized amount, and this names it at its JSON path, as
        # every unusable amount is named before anything else; any other error is raised as
        # it is.
        _checks.check(header, listed, paid_in, (at, items_path, payments_path), taxes)
        raise


def _due_date(header: DaftraInvoice, issued: dt.date | None, at: str) -> dt.date | None:
    explicit = header.due_date
    if explicit:  # a date (always true), else None or UNSET
        return explicit
    days = header.due_after
    if days is None or days is _UNSET or issued is None:
        return None
    if days < 0:
        raise fail(f"{at}.due_after", f"{days} is not a number of days (it is negative)")
    try:
        return issued + dt.timedelta(days=days)
    except OverflowError as exc:
        raise fail(f"{at}.due_after", f"{days} days after {issued} is not a date") from exc


def _extra(
    header: DaftraInvoice,
    at: str,
    created: str | None,
    modified: str | None,
    subscription: int | None,
) -> dict[str, Any]:
    """``extra`` of ``header`` at JSON path ``at``, with ``subscription_id`` when it is one
    (not the parent of a credit note, debit note or refund)."""
    extra: dict[str, Any] = {}
    if created is not None:
        extra["created"] = created
    if modified is not None:
        extra["modified"] = modified
    issue_date = header.issue_date  # a `datetime.date` when given
    if issue_date:
        extra["issue_date"] = issue_date.isoformat()
    if (found := text(header.invoice_html_url)) is not None:
        extra["invoice_html_url"] = found
    if (found := text(header.qr_code_url)) is not None:
        extra["qr_code_url"] = found
    if (found := text(header.html_notes)) is not None:
        extra["html_notes"] = found
    if (found := text(header.adjustment_label)) is not None:
        extra["adjustment_label"] = found
    if subscription is not None:
        extra["subscription_id"] = subscription
    # Amounts checked (`_checks`) but for their size, which `Invoice` does not check in
    # ``extra``; zero, null and absent are left out.
    for field, name, figure in zip(
        _EXTRA_FIELDS, _EXTRA_NAMES, _EXTRA_AMOUNTS(header), strict=True
    ):
        if figure:
            if oversized(figure):
                amount(figure, at, field)
            extra[name] = str(figure)
    return extra


_EXTRA_NAMES = (
    "discount_percent",
    "discount_amount",
    "summary_deposit",
    "summary_refund",
    "adjustment_value",
)
_EXTRA_FIELDS = (
    "discount",
    "discount_amount",
    "summary_deposit",
    "summary_refund",
    "adjustment_value",
)
_EXTRA_AMOUNTS = attrgetter(*_EXTRA_FIELDS)
