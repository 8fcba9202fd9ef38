"""A local fake of Fynn's invoice API (``specs/fynn/openapi.yaml``), served under ``/fynn``.

Endpoints
    ``GET /invoices``, ``GET /invoices/{id}`` and ``PUT /invoices/{id}/download-link``, each
    behind ``Authorization: Bearer sandbox-fynn-key`` (a missing or wrong key gets the JWT
    firewall's 401 as a problem body, with ``WWW-Authenticate: Bearer``). The download link
    points at ``GET /files/{token}.pdf`` on the sandbox: the token (invoice id, expiry, HMAC
    signature keyed by the seed) is the credential there, so that route takes no API key, and
    a tampered, foreign or expired token gets a 404 problem body.

Listing (API Platform conventions)
    ``page`` (from 1) and ``limit`` (1..100, API Platform's default 30 when absent); a value
    out of range or not an integer is a 400 problem body with Symfony ``violations``. Sorted
    by ``order[creationDate]`` (``asc`` when absent). Filters: ``type``, ``status`` (spec
    enums; another value is a 400), ``customer`` (customer id, or its IRI
    ``/customers/{id}``), ``number`` (exact document number) and ``search`` (case-insensitive
    substring of the customer's company name, person name or customer number, or the exact
    document number). Any other query parameter is ignored, as API Platform ignores unknown
    filters (and ``order[...]`` on properties that are not sortable). The body is
    ``{"data": [...], "_pagination": {itemsPerPage, currentPage, pageTotalItems, totalItems,
    lastPage}}``; a page past the end is empty.

Errors
    Every error is a problem body (``application/problem+json``): ``{"type", "title",
    "status", "detail"}``, plus ``violations`` for invalid query parameters. An unknown or
    malformed invoice id is a 404 ``"Not Found"``, as in the spec's example. A draft has no
    rendered document yet (``file: null``), so asking for its download link is a 422.

Data
    Invoice ``i`` is a pure function of ``(seed, i)``, built only when a response needs it.
    ``creationDate`` grows with ``i`` over 2024 and 2025 (oldest first). 41 customers (mostly
    German, in EUR; some Swiss, American and Japanese in CHF, USD and JPY) are each billed
    once per *billing run* of 41 consecutive documents; which customer holds which slot of a
    run is a keyed permutation, and the run's slots fall into segments by type and status
    (paid, reminded and unpaid invoices, then credit notes, then reminders). So the
    ``customer``, ``type`` and ``status`` filters are arithmetic on runs, never a scan of the
    invoices. The newest ``size // 40`` documents are drafts (no number, no finalization,
    no due date, no file).
    Credit notes (``TYPE_CREDIT``, positive amounts, as the plugin expects; status paid)
    credit all or the first of the positions of the customer's latest finalized invoice,
    named in ``referencedInvoice``. Reminders (``TYPE_REMINDER``, unpaid) charge a dunning
    fee for a reminded invoice of the same customer at least 45 days older, whose
    ``lastReminderDate`` is the reminder's finalization. Positions have quantities, unit
    prices, 19 % or 7 % German VAT (0 % for customers outside the EU) and some percentage
    discounts. All amounts are integers in minor units and exactly consistent: per position
    gross = net - discount + tax; the invoice's net, tax and discount are the sums over its
    positions (net after discount), gross = net + tax, and unpaid = gross - paid (a quarter
    of the open invoices are paid in part).
    Document numbers are ``RE-`` (invoice), ``GS-`` (credit note) or ``MA-`` (reminder)
    followed by the 1-based index, ten digits.
"""

from __future__ import annotations

import bisect
import calendar
import hashlib
import hmac
import re
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from typing import Any, NamedTuple, overload

from invoicekit.sandbox import (
    LazySequence,
    Router,
    SandboxError,
    SandboxRandom,
    SandboxRequest,
    SandboxResponse,
    UuidIds,
    company_name,
    minimal_pdf,
    rng_for,
    spread_instant,
    stable_int,
)

__all__ = ["API_KEY", "CUSTOMERS", "FynnSandbox"]

VENDOR = "fynn"
#: The public demo API key of the sandbox.
API_KEY = "sandbox-fynn-key"
#: Customers of the sandbox; also the length of a billing run. Prime, so any multiplier in
#: 1..40 permutes a run's slots.
CUSTOMERS = 41
#: Invoices per page when ``limit`` is absent (API Platform's default).
DEFAULT_LIMIT = 30
MAX_LIMIT = 100
#: ``secondsValid`` of a download link: default 24 hours, at least 5 (Fynn's docs).
DEFAULT_SECONDS_VALID = 86400
MIN_SECONDS_VALID = 5
_PERIOD_SECONDS = 731 * 86400  # creation dates spread over 2024 and 2025
_LAG_SECONDS = 45 * 86400  # from an invoice to its reminder: past any due date
_MAX_EXPIRES = 253402300799  # 9999-12-31T23:59:59Z: a larger expiry is "never"

TYPE_INVOICE, TYPE_CREDIT, TYPE_REMINDER = "TYPE_INVOICE", "TYPE_CREDIT", "TYPE_REMINDER"
DRAFT, UNPAID, PAID, REMINDED = "STATUS_DRAFT", "STATUS_UNPAID", "STATUS_PAID", "STATUS_REMINDED"
_TYPES = frozenset(
    {"TYPE_INVOICE", "TYPE_CREDIT", "TYPE_REFUND", "TYPE_REMINDER", "TYPE_CANCEL", "TYPE_DUNNING"}
)
_STATUSES = frozenset(
    {
        "STATUS_DRAFT",
        "STATUS_NEW",
        "STATUS_FINALIZING",
        "STATUS_UNPAID",
        "STATUS_PAID",
        "STATUS_REMINDED",
        "STATUS_REFUNDED",
        "STATUS_CANCELLED",
        "STATUS_CLOSED",
    }
)
_PREFIXES = {TYPE_INVOICE: "RE", TYPE_CREDIT: "GS", TYPE_REMINDER: "MA"}
_NUMBER = re.compile(r"(RE|GS|MA)-([0-9]{10})")
_TITLES = {TYPE_INVOICE: "Rechnung", TYPE_CREDIT: "Gutschrift", TYPE_REMINDER: "Zahlungserinnerung"}

_PROBLEM = "application/problem+json"
_HTTP_PROBLEM = "https://tools.ietf.org/html/rfc2616#section-10"
_VALIDATION_PROBLEM = "https://symfony.com/errors/validation"
_TITLE = "An error occurred"
# Symfony constraint codes: Type, Range, GreaterThanOrEqual, Choice.
_INVALID_TYPE = "ba785a8c-82cb-4283-967c-3cf342181b40"
_NOT_IN_RANGE = "04b91c99-a946-4221-afc5-e65ebac401eb"
_TOO_LOW = "ea4e51d1-3342-48bd-87f1-9e672cd90cad"
_NO_SUCH_CHOICE = "8e179f1b-97aa-4560-a02f-2a8b42e49df7"
_INTEGER = re.compile(r"[+-]?[0-9]+")
_EXPIRES = re.compile(r"[0-9]{1,12}")


# ------------------------------------------------------------------------------- catalogue


class _Product(NamedTuple):
    key: str
    name: str
    description: str
    eur_cents: int
    rate: int = 19  # German VAT in percent
    unit: str = "Stück"
    kind: str = "product"  # position type
    max_quantity: int = 1
    subscription: bool = False


_PLANS = (
    _Product("basic", "Basic", "Basic-Tarif, monatlich", 4900, unit="Monat", subscription=True),
    _Product(
        "pro",
        "Professional",
        "Professional-Tarif, monatlich",
        14900,
        unit="Monat",
        subscription=True,
    ),
    _Product(
        "enterprise",
        "Enterprise",
        "Enterprise-Tarif, monatlich",
        49900,
        unit="Monat",
        subscription=True,
    ),
)
_ADDONS = (
    _Product(
        "seat",
        "Zusätzlicher Nutzer",
        "Weitere Nutzerlizenz",
        990,
        unit="Lizenz",
        max_quantity=25,
        subscription=True,
    ),
    _Product(
        "api",
        "API-Kontingent",
        "10.000 zusätzliche API-Aufrufe",
        1500,
        unit="Paket",
        max_quantity=5,
        subscription=True,
    ),
)
_SETUP = _Product("setup", "Einrichtung", "Einmalige Einrichtung des Kontos", 25000, kind="setup")
_GOODS = (
    _Product(
        "book",
        'Fachbuch "Abonnements abrechnen"',
        "Gedruckte Ausgabe",
        3990,
        rate=7,
        max_quantity=3,
    ),
    _Product("manual", "Schulungsunterlagen", "Gedrucktes Handbuch", 1990, rate=7, max_quantity=5),
    _Product("workshop", "Workshop", "Onboarding-Workshop, halbtags", 45000, max_quantity=2),
)
_DUNNING_FEE = {"EUR": 500, "CHF": 500, "USD": 500, "JPY": 800}
_PRECISION = {"EUR": 2, "CHF": 2, "USD": 2, "JPY": 0}


def _price(eur_cents: int, currency: str) -> int:
    """A catalogue price in minor units of ``currency`` (fixed list prices, not a rate feed)."""
    if currency == "CHF":
        return (eur_cents * 96 + 250) // 500 * 5  # to 5 Rappen
    if currency == "USD":
        return (eur_cents * 108 + 50) // 100
    if currency == "JPY":
        return (eur_cents * 162 + 500) // 1000 * 10  # whole yen, to 10
    return eur_cents


def _percent_of(amount: int, percent: int) -> int:
    """``amount * percent / 100`` rounded half up, in minor units (amount >= 0)."""
    return (amount * percent * 2 + 100) // 200


# ------------------------------------------------------------------------------- customers

_FIRST_NAMES = ("Anna", "Jonas", "Lea", "Lukas", "Marie", "Felix", "Sophie", "Paul", "Emma", "Noah")
_LAST_NAMES = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann")


class _Place(NamedTuple):
    country: str
    currency: str
    zone: str
    cities: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]


_PLACES = {
    "DE": _Place(
        "DE",
        "EUR",
        "Europe/Berlin",
        (
            ("Berlin", "10115"),
            ("Hamburg", "20095"),
            ("München", "80331"),
            ("Köln", "50667"),
            ("Frankfurt am Main", "60311"),
            ("Leipzig", "04109"),
        ),
        ("Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Am Markt"),
    ),
    "CH": _Place(
        "CH", "CHF", "Europe/Zurich", (("Zürich", "8001"), ("Basel", "4051")), ("Bahnhofstrasse",)
    ),
    "US": _Place(
        "US",
        "USD",
        "America/New_York",
        (("New York", "10001"), ("Boston", "02108")),
        ("Broadway", "Main Street"),
    ),
    "JP": _Place("JP", "JPY", "Asia/Tokyo", (("Tokyo", "100-0005"),), ("Marunouchi",)),
}


class _Customer(NamedTuple):
    ordinal: int
    id: str
    number: str
    company: str | None
    first_name: str | None
    last_name: str | None
    place: _Place
    city: str
    zip: str
    street: str
    house_number: str
    vat_id: str | None
    salutation: str
    terms: int  # days to pay
    payment_method: dict[str, Any] | None
    e_invoice: str | None
    leitweg_id: str | None

    @property
    def currency(self) -> str:
        return self.place.currency

    @property
    def domestic(self) -> bool:
        return self.place.country == "DE"

    def texts(self) -> tuple[str, ...]:
        """What ``search`` looks in, lower case."""
        person = f"{self.first_name or ''} {self.last_name or ''}".strip()
        return tuple(text.casefold() for text in (self.company or "", person, self.number) if text)


# ------------------------------------------------------------------------------- runs


class _Segment(NamedTuple):
    start: int
    end: int
    type: str
    status: str  # the status of a finalized document in these slots


class _Run(NamedTuple):
    """One billing run: ``CUSTOMERS`` consecutive documents, one per customer."""

    multiplier: int
    offset: int
    segments: tuple[_Segment, ...]
    reminded: range  # the slots of its reminded invoices
    reminders: range  # the slots of its reminders

    def customer(self, slot: int) -> int:
        return (self.multiplier * slot + self.offset) % CUSTOMERS

    def slot(self, customer: int) -> int:
        inverse = pow(self.multiplier, -1, CUSTOMERS)
        return (customer - self.offset) * inverse % CUSTOMERS

    def segment(self, slot: int) -> _Segment:
        for segment in self.segments:
            if segment.start <= slot < segment.end:
                return segment
        raise AssertionError(f"slot {slot} outside the run")  # segments cover 0..CUSTOMERS


class _Head(NamedTuple):
    """What the filters need of a document, without building it."""

    ordinal: int
    customer: int
    type: str
    status: str


class _Query(NamedTuple):
    type: str | None
    status: str | None
    customer: int | None  # customer index; -1 for an id no customer has
    number: str | None
    search: str | None


class _Invalid(Exception):
    """Query parameters that fail validation: rendered as a 400 with ``violations``."""

    def __init__(self, violations: list[dict[str, str]]) -> None:
        super().__init__("; ".join(item["message"] for item in violations))
        self.violations = violations


class _Matches(Sequence[int]):
    """The ascending indexes of the documents matching a query, run by run.

    Counting a run costs a few segment comparisons (or one per searched customer), never
    building a document; slicing enumerates only the runs the slice touches.
    """

    def __init__(self, runs: int, pieces: Callable[[int], list[range]]) -> None:
        self._pieces = pieces
        counts = [sum(len(piece) for piece in pieces(run)) for run in range(runs)]
        self._ends = list(accumulate(counts))

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def _iter_from(self, start: int) -> Iterator[int]:
        run = bisect.bisect_right(self._ends, start)
        skip = start - (self._ends[run - 1] if run else 0)
        for current in range(run, len(self._ends)):
            for piece in self._pieces(current):
                if skip >= len(piece):
                    skip -= len(piece)
                    continue
                yield from piece[skip:]
                skip = 0

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices")
            if start >= stop:
                return []
            found: list[int] = []
            for value in self._iter_from(start):
                found.append(value)
                if len(found) == stop - start:
                    break
            return found
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        return next(self._iter_from(position))


# ------------------------------------------------------------------------------- sandbox


class FynnSandbox:
    """Fynn's invoice API on loopback, with ``size`` documents derived from ``seed``.

    ``clock`` (seconds since the epoch) decides when download links expire; tests pass a
    fake one.
    """

    vendor = VENDOR
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int, clock: Callable[[], float] = time.time) -> None:
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self._seed = seed
        self._size = size
        self._clock = clock
        self._runs = -(-size // CUSTOMERS)
        # Runs per turn of source and reminder runs: at least 45 days' worth (see `_run`).
        self._lag = max(1, -(-_LAG_SECONDS * size // (CUSTOMERS * _PERIOD_SECONDS)))
        # The newest documents are drafts: a fortieth of them, within the last `lag` runs (so
        # no reminder refers to one) and, if there are credit notes, not in run 0.
        first_run = min(max(self._runs - self._lag, 1), self._runs - 1)
        self._drafts_from = size - min(size // 40, size - first_run * CUSTOMERS)
        self._ids = UuidIds(seed, VENDOR, size)
        self._invoices = LazySequence(size, self._document)
        self._customer_ids = UuidIds(seed, f"{VENDOR}-customers", CUSTOMERS)
        # Constant work at any size: the customers, not the invoices.
        foreign = stable_int(seed, VENDOR, "foreign") % 10
        self._customers = tuple(self._make_customer(c, foreign) for c in range(CUSTOMERS))
        self._texts = tuple(customer.texts() for customer in self._customers)
        self._link_key = stable_int(seed, VENDOR, "download-link-key", bits=256).to_bytes(32)
        self._router = Router()
        self._router.add("GET", "/invoices", self._list)
        self._router.add("GET", "/invoices/{id}", self._get)
        self._router.add("PUT", "/invoices/{id}/download-link", self._download_link)
        self._files = Router()
        self._files.add("GET", "/files/{token}.pdf", self._file)

    def __repr__(self) -> str:
        return f"<FynnSandbox size={self._size} seed={self._seed}>"

    # -- protocol ----------------------------------------------------------------------

    def invoice_ids(self) -> UuidIds:
        """Every invoice id, in list order (oldest first)."""
        return self._ids

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Serve one request: the file host without a key, the API behind the bearer key."""
        if request.path.startswith("/files/"):
            # The signed link is the credential of a download; no API key is asked for.
            return self._files.dispatch(request)
        self._authenticate(request)
        try:
            return self._router.dispatch(request)
        except _Invalid as invalid:
            return self._violations(invalid.violations)

    def error(self, status: int, message: str) -> SandboxResponse:
        """Fynn's (API Platform's) problem body."""
        return SandboxResponse.json(
            status,
            {"type": _HTTP_PROBLEM, "title": _TITLE, "status": status, "detail": message},
            content_type=_PROBLEM,
        )

    # -- auth and errors ---------------------------------------------------------------

    @staticmethod
    def _authenticate(request: SandboxRequest) -> None:
        challenge = {"www-authenticate": "Bearer"}
        header = request.header("authorization")
        if header is None:
            raise SandboxError(401, "JWT Token not found", headers=challenge)
        scheme, _, token = header.partition(" ")
        valid = scheme.lower() == "bearer" and hmac.compare_digest(
            token.strip().encode(), API_KEY.encode()
        )
        if not valid:
            raise SandboxError(401, "Invalid JWT Token", headers=challenge)

    @staticmethod
    def _violations(violations: list[dict[str, str]]) -> SandboxResponse:
        detail = "\n".join(f"{item['propertyPath']}: {item['message']}" for item in violations)
        body = {
            "type": _VALIDATION_PROBLEM,
            "title": _TITLE,
            "status": 400,
            "detail": detail,
            "violations": violations,
        }
        return SandboxResponse.json(400, body, content_type=_PROBLEM)

    # -- routes ------------------------------------------------------------------------

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        return SandboxResponse.json(200, self._invoices[self._lookup(params["id"])])

    def _lookup(self, invoice_id: str) -> int:
        index = self._ids.lookup(invoice_id)
        if index is None:
            raise SandboxError(404, "Not Found")
        return index

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        violations: list[dict[str, str]] = []
        page = _integer(request, "page", default=1, low=1, high=None, violations=violations)
        limit = _integer(
            request, "limit", default=DEFAULT_LIMIT, low=1, high=MAX_LIMIT, violations=violations
        )
        order = _choice(request, "order[creationDate]", ("asc", "desc"), violations)
        query = _Query(
            type=_choice(request, "type", sorted(_TYPES), violations),
            status=_choice(request, "status", sorted(_STATUSES), violations),
            customer=self._customer_filter(_last(request, "customer")),
            number=_last(request, "number"),
            search=_last(request, "search"),
        )
        if violations:
            raise _Invalid(violations)
        matches = self._matches(query)
        total = len(matches)
        offset = (page - 1) * limit
        if order == "desc":
            stop = max(total - offset, 0)
            indexes = list(reversed(matches[max(stop - limit, 0) : stop]))
        else:
            indexes = list(matches[offset : offset + limit])
        body = {
            "data": [self._invoices[index] for index in indexes],
            "_pagination": {
                "itemsPerPage": limit,
                "currentPage": page,
                "pageTotalItems": len(indexes),
                "totalItems": total,
                "lastPage": max(1, -(-total // limit)),
            },
        }
        return SandboxResponse.json(200, body)

    def _download_link(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        index = self._lookup(params["id"])
        violations: list[dict[str, str]] = []
        seconds = _integer(
            request,
            "secondsValid",
            default=DEFAULT_SECONDS_VALID,
            low=MIN_SECONDS_VALID,
            high=None,
            violations=violations,
        )
        if violations:
            raise _Invalid(violations)
        if self._head(index).status == DRAFT:
            raise SandboxError(
                422, "The invoice is a draft: its document is rendered when it is finalized."
            )
        invoice_id = self._ids[index]
        expires = min(int(self._clock()) + seconds, _MAX_EXPIRES)
        token = f"{invoice_id}.{expires}.{self._signature(invoice_id, expires)}"
        body = {
            "url": request.url(f"/files/{token}.pdf"),
            "expiresAt": _timestamp(datetime.fromtimestamp(expires, UTC)),
        }
        return SandboxResponse.json(200, body)

    def _signature(self, invoice_id: str, expires: int) -> str:
        message = f"{invoice_id}.{expires}".encode()
        return hmac.new(self._link_key, message, hashlib.sha256).hexdigest()[:32]

    def _file(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice_id, _, rest = params["token"].partition(".")
        expires, _, signature = rest.partition(".")
        index = self._ids.lookup(invoice_id)
        if (
            index is None
            or not _EXPIRES.fullmatch(expires)
            or not hmac.compare_digest(
                signature.encode(), self._signature(invoice_id, int(expires)).encode()
            )
            or self._head(index).status == DRAFT
        ):
            raise SandboxError(404, "Not Found")
        if self._clock() > int(expires):
            raise SandboxError(404, "The download link has expired.")
        invoice = self._invoices[index]
        return SandboxResponse.pdf(_pdf(invoice), filename=f"{invoice['number']}.pdf")

    # -- filters -----------------------------------------------------------------------

    def _customer_filter(self, value: str | None) -> int | None:
        if value is None:
            return None
        # API Platform's SearchFilter takes a relation as its id or its IRI.
        found = self._customer_ids.lookup(value.removeprefix("/customers/"))
        return -1 if found is None else found

    def _number_index(self, number: str) -> int | None:
        match = _NUMBER.fullmatch(number)
        if match is None:
            return None
        index = int(match[2]) - 1
        if not 0 <= index < self._size or self._number(self._head(index)) != number:
            return None
        return index

    def _matches(self, query: _Query) -> Sequence[int]:
        if query == _Query(None, None, None, None, None):
            return range(self._size)
        if query.number is not None:
            index = self._number_index(query.number)
            return [] if index is None or not self._accepts(index, query) else [index]
        if query.customer == -1:
            return []
        if query.customer is not None:
            customers = [query.customer]
        elif query.search is not None:
            customers = self._searched_customers(query.search)
        else:
            return _Matches(self._runs, lambda run: self._segment_pieces(run, query))
        extra = None if query.search is None else self._number_index(query.search.upper())
        return _Matches(self._runs, lambda run: self._customer_pieces(run, query, customers, extra))
        return _Matches(self._runs, lambda run: self._segment_pieces(run, query))

    def _searched_customers(self, search: str) -> list[int]:
        needle = search.casefold()
        return [c for c, texts in enumerate(self._texts) if any(needle in t for t in texts)]

    def _accepts(self, index: int, query: _Query) -> bool:
        head = self._head(index)
        if query.type is not None and head.type != query.type:
            return False
        if query.status is not None and head.status != query.status:
            return False
        if query.customer is not None and head.customer != query.customer:
            return False
        if query.number is not None and self._number(head) != query.number:
            return False
        if query.search is not None:
            needle = query.search.casefold()
            number = self._number(head)
            by_number = number is not None and number.casefold() == needle
            if not by_number and not any(needle in text for text in self._texts[head.customer]):
                return False
        return True

    def _customer_pieces(
        self, run: int, query: _Query, customers: Sequence[int], extra: int | None
    ) -> list[range]:
        """One run's matching documents, found through the slots of ``customers``.

        ``extra`` is a document that matches by its number rather than by its customer.
        """
        info = self._run(run)
        first = run * CUSTOMERS
        candidates = {first + info.slot(c) for c in customers}
        if extra is not None:
            candidates.add(extra)
        return [
            range(index, index + 1)
            for index in sorted(candidates)
            if first <= index < min(first + CUSTOMERS, self._size) and self._accepts(index, query)
        ]

    def _segment_pieces(self, run: int, query: _Query) -> list[range]:
        """The matching documents of one run by type and status: ranges of slots."""
        first = run * CUSTOMERS
        last = min(first + CUSTOMERS, self._size)
        pieces = []
        for segment in self._run(run).segments:
            if query.type is not None and segment.type != query.type:
                continue
            start, end = first + segment.start, min(first + segment.end, last)
            if start >= end:
                continue
            if query.status is None:
                pieces.append(range(start, end))
            elif query.status == DRAFT:
                pieces.append(range(max(start, self._drafts_from), end))
            elif query.status == segment.status:
                pieces.append(range(start, min(end, self._drafts_from)))
        return [piece for piece in pieces if piece]

    # -- structure ---------------------------------------------------------------------

    def _run(self, run: int) -> _Run:
        """Run ``run``'s permutation of customers and its segments, from its hash.

        Runs come in turns of ``self._lag`` runs (45 days or more): a turn of *source* runs,
        whose reminded invoices are the ones reminded, then a turn of *reminder* runs, where
        run ``r`` holds the reminders of the reminded invoices of run ``r - lag``. A reminder
        run's permutation puts those invoices' customers on its reminder slots, so it derives
        from its source run alone, which derives from nothing.
        """
        bits = stable_int(self._seed, VENDOR, "run", run)
        credits = 0 if run == 0 else (bits >> 16) % 3
        # The last 45 days are mostly not due yet: more of them are unpaid.
        unpaid = 1 + (bits >> 28) % 4 + (20 if self._runs - run <= self._lag else 0)
        if (run // self._lag) % 2 == 0:
            multiplier = 1 + bits % (CUSTOMERS - 1)
            offset = (bits >> 8) % CUSTOMERS
            reminded, reminders = 1 + (bits >> 24) % 2, 0
        else:
            source = self._run(run - self._lag)
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
            _Segment(bounds[k], bounds[k + 1], *kinds[k])
            for k in range(len(kinds))
            if bounds[k] < bounds[k + 1]
        )
        return _Run(
            multiplier,
            offset,
            segments,
            reminded=range(bounds[1], bounds[2]),
            reminders=range(bounds[4], bounds[5]),
        )

    def _head(self, index: int) -> _Head:
        run, slot = divmod(index, CUSTOMERS)
        info = self._run(run)
        segment = info.segment(slot)
        status = DRAFT if index >= self._drafts_from else segment.status
        return _Head(index, info.customer(slot), segment.type, status)

    @staticmethod
    def _number(head: _Head) -> str | None:
        return None if head.status == DRAFT else _invoice_number(head)

    def _previous_invoice(self, head: _Head) -> _Head:
        """What a credit note or reminder refers to: an earlier invoice of its customer.

        A reminder's is the reminded invoice of its source run (see `_run`). A credit note's
        is the customer's latest finalized invoice: run 0 holds only invoices and no drafts
        when later runs exist, so the walk back always ends.
        """
        run, slot = divmod(head.ordinal, CUSTOMERS)
        if head.type == TYPE_REMINDER:
            info, source = self._run(run), run - self._lag
            reminded = self._run(source).reminded[slot - info.reminders.start]
            return self._head(source * CUSTOMERS + reminded)
        for earlier in range(run - 1, -1, -1):
            candidate = self._head(earlier * CUSTOMERS + self._run(earlier).slot(head.customer))
            if candidate.type == TYPE_INVOICE and candidate.status != DRAFT:
                return candidate
        raise AssertionError(f"document {head.ordinal} has no earlier invoice")

    def _reminder_of(self, head: _Head) -> int | None:
        """The index of the finalized reminder of a reminded invoice, if the sandbox has it."""
        run, slot = divmod(head.ordinal, CUSTOMERS)
        later = run + self._lag
        if later >= self._runs:
            return None
        position = slot - self._run(run).reminded.start
        index = later * CUSTOMERS + self._run(later).reminders[position]
        return index if index < self._drafts_from else None

    # -- data --------------------------------------------------------------------------

    def _uuid(self, *parts: object) -> str:
        return str(uuid.UUID(int=stable_int(self._seed, VENDOR, *parts, bits=128), version=4))

    def _make_customer(self, index: int, foreign: int) -> _Customer:
        rng = rng_for(self._seed, VENDOR, index, salt="customer")
        residue = (index + foreign) % 10
        country = {3: "CH", 6: "US"}.get(residue, "DE")
        if (index + foreign) % 20 == 9:
            country = "JP"
        place = _PLACES[country]
        city, zip_code = rng.pick(place.cities)
        person = country == "DE" and rng.chance(0.2)
        public = country == "DE" and not person and index % 13 == 5
        first, last = rng.pick(_FIRST_NAMES), rng.pick(_LAST_NAMES)
        if public:
            company: str | None = f"Stadtverwaltung {city}"
        elif person:
            company = None
        else:
            company = company_name(rng)
        vat_id = None
        if company and country == "DE":
            vat_id = f"DE{rng.integer(100000000, 999999999)}"
        elif company and country == "CH":
            digits = f"{rng.integer(100000000, 999999999)}"
            vat_id = f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:]} MWST"
        customer_id = self._customer_ids[index]
        return _Customer(
            ordinal=index,
            id=customer_id,
            number=f"CUSTOMER-{index + 1:03d}",
            company=company,
            first_name=first,
            last_name=last,
            place=place,
            city=city,
            zip=zip_code,
            street=rng.pick(place.streets),
            house_number=str(rng.integer(1, 120)),
            vat_id=vat_id,
            salutation="Firma" if company else rng.pick(("Herr", "Frau")),
            terms=rng.pick((14, 14, 30)),
            payment_method=self._payment_method(rng, index, first, last),
            e_invoice=_e_invoice(
                public=public, german_company=bool(vat_id) and country == "DE", rng=rng
            ),
            leitweg_id=f"05315000-{rng.integer(10000, 99999)}-{rng.integer(10, 99)}"
            if public
            else None,
        )

    def _payment_method(
        self, rng: SandboxRandom, index: int, first: str, last: str
    ) -> dict[str, Any] | None:
        kind = rng.pick(("sepa_debit", "sepa_debit", "card", "invoice"))
        if kind == "invoice":
            return None  # pays by bank transfer
        created = datetime(2023, 1, 1, tzinfo=UTC) + timedelta(days=rng.integer(0, 360))
        method: dict[str, Any] = {
            "id": self._uuid("payment-method", index),
            "gatewayName": "stripe" if kind == "card" else "wallet",
            "type": kind,
            "referenceId": None,
            "default": True,
            "status": "active",
            "source": "api",
            "enabled": True,
            "name": "",
            "data": [],
            "creationDate": _timestamp(created),
            "expirationDate": None,
            "sepaMandate": {},
            "card": None,
            "sepaDebit": None,
            "paypal": None,
        }
        if kind == "card":
            last4 = f"{rng.integer(0, 9999):04d}"
            brand = rng.pick(("Visa", "Mastercard"))
            method["name"] = f"{brand} ({last4})"
            method["card"] = {
                "brand": brand.lower(),
                "last4": last4,
                "expMonth": rng.integer(1, 12),
                "expYear": rng.integer(2026, 2030),
                "cardHolder": f"{first} {last}",
            }
        else:
            tail = f"{rng.integer(0, 9999):04d}"
            method["name"] = f"SEPA (DE89 **** {tail})"
            method["sepaDebit"] = {
                "iban": f"DE89{'*' * 14}{tail}",
                "bic": "COBADEFFXXX",
                "mandateReference": f"MNDT-{index + 1:06d}",
                "signingDate": _timestamp(created),
            }
        return method

    def _document(self, index: int) -> dict[str, Any]:
        """The JSON of document ``index``, as both endpoints serve it."""
        head = self._head(index)
        customer = self._customers[head.customer]
        currency = customer.currency
        rng = rng_for(self._seed, VENDOR, index)
        created = spread_instant(index, self._size)
        draft = head.status == DRAFT
        finalized = None if draft else self._finalization(index)
        number = self._number(head)
        reference = None if head.type == TYPE_INVOICE else self._previous_invoice(head)
        if head.type == TYPE_INVOICE:
            positions = self._positions(index, customer, created)
        elif head.type == TYPE_CREDIT:
            assert reference is not None
            positions = self._credited(index, reference, customer, created, rng)
        else:
            positions = [self._dunning_fee(index, customer, created)]
        net = sum(p["netAmount"]["amount"] - _minor(p["discountAmount"]) for p in positions)
        tax = sum(p["taxAmount"]["amount"] for p in positions)
        discount = sum(_minor(p["discountAmount"]) for p in positions)
        gross = net + tax
        unpaid, pay_date, due, reminded_at, level = self._payment_state(
            head, customer, rng, gross, finalized
        )
        title = _TITLES[head.type]
        money = _MoneyMaker(currency)
        starts = [p["serviceDateFrom"] for p in positions if p["serviceDateFrom"]]
        ends = [p["serviceDateTo"] for p in positions if p["serviceDateTo"]]
        return {
            "id": self._ids[index],
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
            "creationDate": _timestamp(created),
            "finalizationDate": _timestamp(finalized),
            "dueDate": _timestamp(due),
            "lastReminderDate": _timestamp(reminded_at),
            "lastSentAt": _timestamp(finalized + timedelta(minutes=2) if finalized else None),
            "payDate": _timestamp(pay_date),
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
        head: _Head,
        customer: _Customer,
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
            reminder = self._reminder_of(head)
            sent = due + timedelta(days=7) if reminder is None else self._finalization(reminder)
            return unpaid, None, due, sent, 1
        return unpaid, None, due, None, 0

    def _finalization(self, index: int) -> datetime:
        """When document ``index`` is (or would be) finalized: minutes after its creation."""
        minutes = rng_for(self._seed, VENDOR, index, salt="finalized").integer(1, 240)
        return spread_instant(index, self._size) + timedelta(minutes=minutes)

    def _reference(self, head: _Head) -> dict[str, Any]:
        created = spread_instant(head.ordinal, self._size)
        finalized = self._finalization(head.ordinal)
        customer = self._customers[head.customer]
        return {
            "id": self._ids[head.ordinal],
            "number": self._number(head),
            "type": head.type,
            "status": head.status,
            "currencyCode": customer.currency,
            "creationDate": _timestamp(created),
            "finalizationDate": _timestamp(finalized),
            "dueDate": _timestamp(finalized + timedelta(days=customer.terms)),
        }

    @staticmethod
    def _introduction(head: _Head, reference: _Head | None) -> str:
        if head.type == TYPE_CREDIT and reference is not None:
            return f"Wir schreiben Ihnen Leistungen aus Rechnung {_invoice_number(reference)} gut."
        if head.type == TYPE_REMINDER and reference is not None:
            number = _invoice_number(reference)
            return f"Sicher ist Ihnen entgangen, dass Rechnung {number} noch offen ist."
        return "Vielen Dank für Ihren Auftrag. Wir berechnen Ihnen folgende Leistungen:"

    @staticmethod
    def _closing(head: _Head, customer: _Customer) -> str:
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
    def _source_type(head: _Head, positions: list[dict[str, Any]]) -> str:
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
        file_id = _ulid(rendered, stable_int(self._seed, VENDOR, index, extension, bits=80))
        return {
            "id": file_id,
            "isPrivate": True,
            "mimeType": "application/pdf" if extension == "pdf" else "application/xml",
            "fileExtension": extension,
            "fileName": f"{number}.{extension}",
            "storageFileName": f"{file_id}.{extension}",
            "createdAt": _timestamp(rendered),
        }

    # -- positions ---------------------------------------------------------------------

    def _positions(
        self, index: int, customer: _Customer, created: datetime
    ) -> list[dict[str, Any]]:
        """An invoice's positions: a plan with add-ons, or goods and services, or both."""
        rng = rng_for(self._seed, VENDOR, index, salt="positions")
        chosen: list[_Product] = []
        if rng.chance(0.75):
            chosen.append(_PLANS[(customer.ordinal + index // CUSTOMERS // 12) % len(_PLANS)])
            for addon in _ADDONS:
                if rng.chance(0.4):
                    chosen.append(addon)
            if rng.chance(0.08):
                chosen.append(_SETUP)
            if rng.chance(0.15):
                chosen.append(rng.pick(_GOODS))
        else:
            first = rng.pick(_GOODS)
            chosen.append(first)
            others = [item for item in _GOODS if item is not first]
            if rng.chance(0.5):
                chosen.append(rng.pick(others))
        positions = []
        for number, product in enumerate(chosen, start=1):
            quantity = rng.integer(1, product.max_quantity)
            discount = rng.pick((10, 15, 20, 25)) if rng.chance(0.15) else None
            positions.append(
                self._position(
                    index,
                    number,
                    product=product,
                    quantity=quantity,
                    discount_percent=discount,
                    customer=customer,
                    created=created,
                )
            )
        return positions

    def _position(
        self,
        index: int,
        number: int,
        *,
        product: _Product,
        quantity: int,
        discount_percent: int | None,
        customer: _Customer,
        created: datetime,
    ) -> dict[str, Any]:
        currency = customer.currency
        rate = product.rate if customer.domestic else 0
        unit_price = _price(product.eur_cents, currency)
        net = unit_price * quantity
        discount = _percent_of(net, discount_percent) if discount_percent else 0
        tax = _percent_of(net - discount, rate)
        money = _MoneyMaker(currency)
        if product.subscription:
            last_day = calendar.monthrange(created.year, created.month)[1]
            start = created.replace(day=1, hour=0, minute=0, second=0)
            end = created.replace(day=last_day, hour=23, minute=59, second=59)
        else:
            start = end = created.replace(hour=0, minute=0, second=0)
        return {
            "id": self._uuid("position", index, number),
            "position": number,
            "name": product.name,
            "description": product.description,
            "quantity": quantity,
            "unit": {"id": self._uuid("unit", product.unit), "name": product.unit},
            "unitPrice": money(unit_price),
            "netAmount": money(net),
            "grossAmount": money(net - discount + tax),
            "taxAmount": money(tax),
            "discountAmount": money(discount) if discount_percent else None,
            "discountFixed": None,
            "discountPercentage": str(discount_percent) if discount_percent else None,
            "taxGroup": self._tax_group(rate),
            "tax": {
                "id": self._uuid("tax", rate),
                "description": f"{rate}%",
                "code": str(rate),
                "rate": rate,
            },
            "serviceDateFrom": _timestamp(start),
            "serviceDateTo": _timestamp(end),
            "type": product.kind,
            "parent": None,
            "group": None,
            "createdAt": _timestamp(created),
            "product": {
                "id": self._uuid("product", product.key),
                "name": product.name,
                "description": product.description,
                "type": "product",
            },
            "subscriptionItem": {
                "id": self._uuid("subscription-item", customer.ordinal, product.key),
                "name": product.name,
                "status": "active",
                "subscriptionId": self._uuid("subscription", customer.ordinal),
            }
            if product.subscription
            else None,
            "isCreditable": True,
            "isFullyCredited": False,
            "creditableQuantity": quantity,
        }

    def _tax_group(self, rate: int) -> dict[str, Any]:
        description = {19: "19%", 7: "7%"}.get(rate, "Steuerfrei (Drittland)")
        return {
            "id": self._uuid("tax-group", rate),
            "internalDescription": description,
            "reverseChargeType": "REVERSE_CHARGE",
            "type": "standard" if rate == 19 else ("reduced" if rate == 7 else "exempt"),
        }

    def _credited(
        self,
        index: int,
        reference: _Head,
        customer: _Customer,
        created: datetime,
        rng: SandboxRandom,
    ) -> list[dict[str, Any]]:
        """A credit note's positions: all of the referenced invoice's, or its first one."""
        original = self._positions(
            reference.ordinal, customer, spread_instant(reference.ordinal, self._size)
        )
        credited = original if rng.chance(0.6) else original[:1]
        positions = []
        for number, item in enumerate(credited, start=1):
            copy = dict(item)
            copy["id"] = self._uuid("position", index, number)
            copy["position"] = number
            copy["createdAt"] = _timestamp(created)
            copy["isCreditable"] = False
            copy["creditableQuantity"] = 0
            positions.append(copy)
        return positions

    def _dunning_fee(self, index: int, customer: _Customer, created: datetime) -> dict[str, Any]:
        """A reminder's one position: the dunning fee, which is not subject to VAT."""
        money = _MoneyMaker(customer.currency)
        fee = _DUNNING_FEE[customer.currency]
        return {
            "id": self._uuid("position", index, 1),
            "position": 1,
            "name": "Mahngebühr",
            "description": "Gebühr für die Zahlungserinnerung",
            "quantity": 1,
            "unit": {"id": self._uuid("unit", "Stück"), "name": "Stück"},
            "unitPrice": money(fee),
            "netAmount": money(fee),
            "grossAmount": money(fee),
            "taxAmount": money(0),
            "discountAmount": None,
            "discountFixed": None,
            "discountPercentage": None,
            "taxGroup": self._tax_group(0),
            "tax": {"id": self._uuid("tax", 0), "description": "0%", "code": "0", "rate": 0},
            "serviceDateFrom": None,
            "serviceDateTo": None,
            "type": "dunning_fee",
            "parent": None,
            "group": None,
            "createdAt": _timestamp(created),
            "product": None,
            "subscriptionItem": None,
            "isCreditable": False,
            "isFullyCredited": False,
            "creditableQuantity": 0,
        }


# ------------------------------------------------------------------------------- helpers


class _MoneyMaker:
    """Fynn money objects ``{amount, precision, currencyCode}`` in one currency."""

    def __init__(self, currency: str) -> None:
        self.currency = currency
        self.precision = _PRECISION[currency]

    def __call__(self, minor: int) -> dict[str, Any]:
        return {"amount": minor, "precision": self.precision, "currencyCode": self.currency}


def _invoice_number(head: _Head) -> str:
    """The document number ``head`` has (or will have, for a draft)."""
    return f"{_PREFIXES[head.type]}-{head.ordinal + 1:010d}"


def _e_invoice(*, public: bool, german_company: bool, rng: SandboxRandom) -> str | None:
    """Public bodies take XRechnung; some German companies ZUGFeRD."""
    if public:
        return "xrechnung"
    return "zugferd" if german_company and rng.chance(0.3) else None


def _minor(money: dict[str, Any] | None) -> int:
    return 0 if money is None else int(money["amount"])


def _timestamp(moment: datetime | None) -> str | None:
    """An instant as API Platform writes it: ``2024-01-31T12:00:00+00:00``."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _ulid(moment: datetime, randomness: int) -> str:
    """A ULID: 48 bits of milliseconds, 80 random bits, in Crockford base32."""
    value = (int(moment.timestamp() * 1000) << 80) | randomness
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def _last(request: SandboxRequest, name: str) -> str | None:
    """A query parameter's value; PHP keeps the last of repeated ones."""
    values = request.params(name)
    return values[-1] if values else None


def _violation(path: str, message: str, code: str) -> dict[str, str]:
    return {"propertyPath": path, "message": message, "code": code}


def _integer(
    request: SandboxRequest,
    name: str,
    *,
    default: int,
    low: int,
    high: int | None,
    violations: list[dict[str, str]],
) -> int:
    raw = _last(request, name)
    if raw is None:
        return default
    try:
        # int() refuses more than 4300 digits: not an int PHP could hold either.
        value = int(raw) if _INTEGER.fullmatch(raw.strip()) else None
    except ValueError:
        value = None
    if value is None:
        violations.append(_violation(name, "This value should be of type int.", _INVALID_TYPE))
        return default
    if high is not None and not low <= value <= high:
        message = f"This value should be between {low} and {high}."
        violations.append(_violation(name, message, _NOT_IN_RANGE))
    elif value < low:
        message = f"This value should be greater than or equal to {low}."
        violations.append(_violation(name, message, _TOO_LOW))
    return value


def _choice(
    request: SandboxRequest,
    name: str,
    choices: Sequence[str],
    violations: list[dict[str, str]],
) -> str | None:
    raw = _last(request, name)
    if raw is not None and raw not in choices:
        message = "The value you selected is not a valid choice."
        violations.append(_violation(name, message, _NO_SUCH_CHOICE))
        return None
    return raw


def _amount_text(money: dict[str, Any] | None) -> str:
    if money is None:
        return "-"
    amount, precision = int(money["amount"]), int(money["precision"])
    whole, fraction = divmod(abs(amount), 10**precision)
    sign = "-" if amount < 0 else ""
    text = f"{sign}{whole}" + (f".{fraction:0{precision}d}" if precision else "")
    return f"{text} {money['currencyCode']}"


def _pdf(invoice: Mapping[str, Any]) -> bytes:
    """The invoice rendered as a one-page PDF."""
    address = invoice["invoiceAddress"]
    recipient = address["companyName"] or f"{address['firstName']} {address['lastName']}"
    issued = (invoice["finalizationDate"] or "")[:10]
    lines = [
        "Fynn sandbox",
        str(invoice["title"]),
        "",
        recipient,
        f"{address['street']} {address['houseNumber']}",
        f"{address['zip']} {address['city']} {address['countryCode']}",
        "",
        f"Datum: {issued}",
        "",
    ]
    for item in invoice["positions"]:
        lines.append(
            f"{item['position']}. {item['quantity']} x {item['name']}: "
            f"{_amount_text(item['netAmount'])} ({item['tax']['description']} USt)"
        )
    lines += [
        "",
        f"Netto: {_amount_text(invoice['netAmount'])}",
        f"USt: {_amount_text(invoice['taxAmount'])}",
        f"Brutto: {_amount_text(invoice['grossAmount'])}",
        f"Offen: {_amount_text(invoice['unpaidAmount'])}",
    ]
    return minimal_pdf(lines)
