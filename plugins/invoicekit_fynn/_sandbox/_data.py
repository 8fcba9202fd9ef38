"""The Fynn sandbox's documents: each one's JSON, built from ``(seed, index)`` when requested.

Invoice ``i`` is a pure function of ``(seed, i)``, built only when a response needs it.
``creationDate`` grows with ``i`` over 2024 and 2025 (oldest first); which customer, type and
status a document has comes from its billing run (`._runs`).
Credit notes (``TYPE_CREDIT``, positive amounts, as the plugin expects; status paid)
credit all or the first of the positions of the customer's latest finalized invoice,
named in ``referencedInvoice``. Reminders (``TYPE_REMINDER``, unpaid) charge a dunning
fee for a reminded invoice of the same customer at least 45 days older, whose
``lastReminderDate`` is the reminder's finalization. All amounts are integers in minor units
and exactly consistent: per position gross = net - discount + tax; the invoice's net, tax and
discount are the sums over its positions (net after discount), gross = net + tax, and unpaid =
gross - paid (a quarter of the open invoices are paid in part).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from invoicekit.sandbox import (
    LazySequence,
    SandboxRandom,
    UuidIds,
    rng_for,
    spread_instant,
    stable_int,
)

from ._customers import Customer, make_customer
from ._format import VENDOR, MoneyMaker, minor, timestamp, ulid
from ._positions import credited, dunning_fee, invoice_positions
from ._runs import (
    CUSTOMERS,
    DRAFT,
    PAID,
    REMINDED,
    TYPE_CREDIT,
    TYPE_INVOICE,
    TYPE_REMINDER,
    Head,
    Runs,
    invoice_number,
)

__all__ = ["FynnData"]

_TITLES = {TYPE_INVOICE: "Rechnung", TYPE_CREDIT: "Gutschrift", TYPE_REMINDER: "Zahlungserinnerung"}


class FynnData:
    """``size`` documents of 41 customers, each generated from ``seed`` when first read.

    `FynnSandbox` is a `FynnData`. Its ``_document`` keeps its name: tests count the calls
    to it.
    """

    def __init__(self, *, size: int, seed: int) -> None:
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self._seed = seed
        self._size = size
        self.runs = Runs(seed, size)
        self.ids = UuidIds(seed, VENDOR, size)
        self.documents = LazySequence(size, self._document)
        self.customer_ids = UuidIds(seed, f"{VENDOR}-customers", CUSTOMERS)
        # Constant work at any size: the customers, not the invoices.
        foreign = stable_int(seed, VENDOR, "foreign") % 10
        self.customers = tuple(
            make_customer(seed, c, foreign, self.customer_ids[c]) for c in range(CUSTOMERS)
        )

    def _document(self, index: int) -> dict[str, Any]:
        """The JSON of document ``index``, as both endpoints serve it."""
        head = self.runs.head(index)
        customer = self.customers[head.customer]
        currency = customer.currency
        rng = rng_for(self._seed, VENDOR, index)
        created = spread_instant(index, self._size)
        draft = head.status == DRAFT
        finalized = None if draft else self._finalization(index)
        number = self.runs.number(head)
        reference = None if head.type == TYPE_INVOICE else self.runs.previous_invoice(head)
        if head.type == TYPE_INVOICE:
            positions = invoice_positions(self._seed, index, customer, created)
        elif head.type == TYPE_CREDIT:
            assert reference is not None
            positions = self._credited(index, reference, customer, created, rng)
        else:
            positions = [dunning_fee(self._seed, index, customer, created)]
        net = sum(p["netAmount"]["amount"] - minor(p["discountAmount"]) for p in positions)
        tax = sum(p["taxAmount"]["amount"] for p in positions)
        discount = sum(minor(p["discountAmount"]) for p in positions)
        gross = net + tax
        unpaid, pay_date, due, reminded_at, level = self._payment_state(
            head, customer, rng, gross, finalized
        )
        title = _TITLES[head.type]
        money = MoneyMaker(currency)
        starts = [p["serviceDateFrom"] for p in positions if p["serviceDateFrom"]]
        ends = [p["serviceDateTo"] for p in positions if p["serviceDateTo"]]
        return {
            "id": self.ids[index],
            "customer": {
                "id": customer.id,
                "customerNumber": customer.number,
                "timeZone": customer.place.zone,
                "firstName": customer.first_name,
                "lastName": customer.last_name,
                "currencyCode": currency,
                "companyName": customer.company,
                "datevId": str(10000 + customer.ordinal) if customer.domestic else None,
                "status": "STATUS_ACTIVE",
            },
            "paymentMethod": customer.payment_method if head.type == TYPE_INVOICE else None,
            "referencedInvoice": None if reference is None else self._reference(reference),
            "type": head.type,
            "currencyCode": currency,
            "number": number,
            "status": head.status,
            "creationDate": timestamp(created),
            "finalizationDate": timestamp(finalized),
            "dueDate": timestamp(due),
            "lastReminderDate": timestamp(reminded_at),
            "lastSentAt": timestamp(finalized + timedelta(minutes=2) if finalized else None),
            "payDate": timestamp(pay_date),
            "dunningLevel": level,
            "dunningStatus": {0: "none", 1: "reminder"}.get(level, "dunning"),
            "dunningDisabled": head.type == TYPE_CREDIT,
            "invoiceAddress": {
                "companyName": customer.company,
                "salutation": customer.salutation,
                "firstName": customer.first_name,
                "lastName": customer.last_name,
                "street": customer.street,
                "houseNumber": customer.house_number,
                "zip": customer.zip,
                "city": customer.city,
                "countryCode": customer.place.country,
                "addition": None,
                "costCentre": "KST-4711" if customer.leitweg_id else None,
                "vatId": customer.vat_id,
            },
            "internalNote": "Rechnung zusätzlich per Post senden" if rng.chance(0.05) else None,
            "title": f"{title} {number}" if number else title,
            "introduction": self._introduction(head, reference),
            "closing": self._closing(head, customer),
            "netAmount": money(net),
            "grossAmount": money(gross),
            "taxAmount": money(tax),
            "discountAmount": money(discount) if discount else None,
            "unpaidAmount": money(unpaid),
            "file": self._file_object(index, number, finalized, "pdf"),
            "xmlFile": self._file_object(index, number, finalized, "xml")
            if customer.e_invoice
            else None,
            "positions": positions,
            "applicatedExchangeRates": [],
            "eInvoiceType": customer.e_invoice,
            "leitwegId": customer.leitweg_id,
            "customFields": {},
            "serviceDateFrom": min(starts) if starts else None,
            "serviceDateTo": max(ends) if ends else None,
            "usageBreakdownUrl": None,
            "cancellationDocument": None,
            "paymentProviderFeeCents": None,
            "sourceType": self._source_type(head, positions),
        }

    def _payment_state(
        self,
        head: Head,
        customer: Customer,
        rng: SandboxRandom,
        gross: int,
        finalized: datetime | None,
    ) -> tuple[int, datetime | None, datetime | None, datetime | None, int]:
        """unpaidAmount, payDate, dueDate, lastReminderDate and dunningLevel."""
        if finalized is None:
            return gross, None, None, None, 0
        if head.type == TYPE_CREDIT:
            return 0, finalized, None, None, 0
        terms = 7 if head.type == TYPE_REMINDER else customer.terms
        due = finalized + timedelta(days=terms)
        if head.status == PAID:
            paid_at = finalized + timedelta(days=rng.integer(0, terms), hours=rng.integer(0, 9))
            return 0, paid_at, due, None, 0
        unpaid = gross
        if head.type == TYPE_INVOICE and rng.chance(0.25):
            unpaid = gross - gross * rng.integer(20, 80) // 100  # paid in part
        if head.status == REMINDED:
            # Its reminder document's date, or a week past due for a reminder by e-mail.
            reminder = self.runs.reminder_of(head)
            sent = due + timedelta(days=7) if reminder is None else self._finalization(reminder)
            return unpaid, None, due, sent, 1
        return unpaid, None, due, None, 0

    def _finalization(self, index: int) -> datetime:
        """When document ``index`` is (or would be) finalized: minutes after its creation."""
        minutes = rng_for(self._seed, VENDOR, index, salt="finalized").integer(1, 240)
        return spread_instant(index, self._size) + timedelta(minutes=minutes)

    def _reference(self, head: Head) -> dict[str, Any]:
        created = spread_instant(head.ordinal, self._size)
        finalized = self._finalization(head.ordinal)
        customer = self.customers[head.customer]
        return {
            "id": self.ids[head.ordinal],
            "number": self.runs.number(head),
            "type": head.type,
            "status": head.status,
            "currencyCode": customer.currency,
            "creationDate": timestamp(created),
            "finalizationDate": timestamp(finalized),
            "dueDate": timestamp(finalized + timedelta(days=customer.terms)),
        }

    @staticmethod
    def _introduction(head: Head, reference: Head | None) -> str:
        if head.type == TYPE_CREDIT and reference is not None:
            return f"Wir schreiben Ihnen Leistungen aus Rechnung {invoice_number(reference)} gut."
        if head.type == TYPE_REMINDER and reference is not None:
            number = invoice_number(reference)
            return f"Sicher ist Ihnen entgangen, dass Rechnung {number} noch offen ist."
        return "Vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:"

    @staticmethod
    def _closing(head: Head, customer: Customer) -> str:
        if head.type == TYPE_CREDIT:
            return "Der Betrag wird Ihrem Kundenkonto gutgeschrieben."
        if head.type == TYPE_REMINDER:
            return "Bitte begleichen Sie den offenen Betrag innerhalb von 7 Tagen."
        method = customer.payment_method
        if method is not None and method["type"] == "sepa_debit":
            return "Der Betrag wird per SEPA-Lastschrift von Ihrem Konto eingezogen."
        if method is not None:
            return "Der Betrag wird von Ihrer hinterlegten Karte abgebucht."
        return f"Bitte begleichen Sie den Betrag innerhalb von {customer.terms} Tagen."

    @staticmethod
    def _source_type(head: Head, positions: list[dict[str, Any]]) -> str:
        if head.type != TYPE_INVOICE:
            return "manual"
        if any(p["subscriptionItem"] for p in positions):
            return "subscription"
        return "cart" if head.ordinal % 3 == 0 else "manual"

    def _file_object(
        self, index: int, number: str | None, finalized: datetime | None, extension: str
    ) -> dict[str, Any] | None:
        if number is None or finalized is None:
            return None
        rendered = finalized + timedelta(seconds=2)
        file_id = ulid(rendered, stable_int(self._seed, VENDOR, index, extension, bits=80))
        return {
            "id": file_id,
            "isPrivate": True,
            "mimeType": "application/pdf" if extension == "pdf" else "application/xml",
            "fileExtension": extension,
            "fileName": f"{number}.{extension}",
            "storageFileName": f"{file_id}.{extension}",
            "createdAt": timestamp(rendered),
        }

    def _credited(
        self,
        index: int,
        reference: Head,
        customer: Customer,
        created: datetime,
        rng: SandboxRandom,
    ) -> list[dict[str, Any]]:
        """A credit note's positions: all of the referenced invoice's, or its first one."""
        original = invoice_positions(
            self._seed, reference.ordinal, customer, spread_instant(reference.ordinal, self._size)
        )
        return credited(self._seed, index, original, created, rng)
