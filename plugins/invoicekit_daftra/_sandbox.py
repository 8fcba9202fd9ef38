"""A local fake of Daftra's api2 invoices, for tests and demos (``invoicekit sandbox``).

What it emulates (vendors.md §B, ``specs/daftra/openapi.yaml``):

Paths
    ``GET /api2/invoices.json`` (the list) and ``GET /api2/invoices/{id}.json`` (one invoice),
    also without the ``.json`` suffix (the official WooCommerce plugin calls ``/api2/invoices``)
    and as ``/api2/invoices/`` (the form of the documented ``pagination.next`` links). Answers
    are ``application/json; charset=UTF-8``, as CakePHP sends them. Outside ``/api2`` the web
    routes behind ``invoice_pdf_url`` and ``invoice_html_url`` serve the PDF and the preview.

Authentication
    The ``apikey`` header (any case) with `API_KEY`, or ``Authorization: Bearer`` with
    `ACCESS_TOKEN` (what ``POST /v2/oauth/token`` would have issued; the sandbox has no OAuth
    endpoint). Sending *both* headers fails, valid or not: Daftra's docs warn that an
    ``Authorization`` header next to the API key makes authentication fail. Failures answer
    401 ``{"result": "failed", "code": 401, "message": "Unauthorized"}``.

Envelope and errors
    ``{"code": 200, "result": "successful", "data": ..., "pagination": ...}`` (``pagination``
    is ``null`` on the single invoice); errors ``{"result": "failed", "code": <int>,
    "message": ...}``, with ``validation_errors`` (parameter -> reason) on 400. An unknown id
    (or one that is not an integer) answers 404 "Invoice not found".

List parameters
    ``page`` (default 1), ``limit`` (default 20; above 1000, the maximum the daftradocs222 page
    states, is a 400, as are a non-integer or a value below 1), ``recursive`` (-1 header only;
    0 header and ``Client`` beside it, the default; 1 the full invoice with ``Client``,
    ``InvoiceItem`` and ``InvoicePayment`` nested inside ``Invoice``, exactly as the
    single-invoice endpoint answers), ``sort`` (``id``, ``date``, ``no`` or ``created``; default
    ``date``; another field is a 400) and ``direction`` (``ASC``/``DESC``, default ``DESC``).
    ``recursive`` is read with PHP's ``(int)`` cast (``"a"`` is 0, values beyond +-1 clamp) and
    a ``direction`` other than ``ASC`` means the default, as a CakePHP app reads them. Ids,
    dates, numbers and creation times all grow with the invoice's index, so every sort is index
    order (ties on ``date`` broken by id in the same direction) and the plugin's
    ``sort=id&direction=ASC`` is oldest first, the order of `invoice_ids`. ``pagination`` is
    ``{"prev", "next", "page", "page_count", "total_results"}`` with relative
    ``/api2/invoices/?...`` links (the documented form) that keep the other parameters; a page
    past the end has an empty ``data``.

Filters
    Every documented list filter is accepted and applied to the sandbox's data (``_predicate``);
    blank values are ignored, as CakePHP list filters skip empty ones, and so is ``draft=0``
    (documented only as "1 = drafts only"; PHP's ``empty("0")`` is true). ``date_from``/
    ``date_to`` (on ``date``) and ``created_from``/``created_to`` are bisections, free at any
    size. The others scan the candidates' cheap facts (`_Facts`, a hash each, about a second
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
    sources) match nothing, as they would on a real account without such records. A parameter
    Daftra does not document, or a value of the wrong type, answers 400 with
    ``validation_errors`` (a sandbox choice: the docs do not say what api2 does with them, and
    silently ignoring a typo would hide a bug).

PDF and preview links (the documented uncertainty)
    The docs call ``invoice_pdf_url`` (``/invoices/view/{id}.pdf?hash=...``) a "direct url to
    download pdf"; one third-party client reports that it redirects to a login page without a
    browser session. The sandbox's choice: the per-invoice ``hash`` *is* the authorization.
    With the right hash the PDF is served whatever headers come along (the plugin sends its API
    key, because the link is on the account's own host); API credentials neither replace a
    wrong or missing hash nor are they required. Without the right hash the answer is a 302 to
    ``/owner/login``, an HTML page, so a client sees what a browser-less request would see.
    ``invoice_html_url`` (``/invoices/preview/{id}?hash=...``) behaves the same and serves HTML.

Data
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
import html
import re
import urllib.parse
from array import array
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from invoicekit.sandbox import (
    DEFAULT_PERIOD,
    NumericIds,
    Router,
    SandboxError,
    SandboxRandom,
    SandboxRequest,
    SandboxResponse,
    company_name,
    minimal_pdf,
    rng_for,
    sorted_range,
    spread_instant,
    stable_int,
)

__all__ = ["ACCESS_TOKEN", "API_KEY", "SANDBOX_TODAY", "DaftraSandbox"]

#: The sandbox's API key: ``invoicekit.connect("daftra", api_key=API_KEY, base_url=...)``.
API_KEY = "sandbox-daftra-key"
#: An access token the sandbox accepts as ``Authorization: Bearer`` (``token=`` credential).
ACCESS_TOKEN = "sandbox-daftra-token"
#: "Today" for the Due/Overdue pseudo statuses: the day after the data's period, fixed.
SANDBOX_TODAY = DEFAULT_PERIOD[1] + timedelta(days=1)

_VENDOR = "daftra"
_JSON = "application/json; charset=UTF-8"
_FIRST_ID = 1  # invoice ids count up from here, as in a new account (api2 ids are integers)
_MAX_LIMIT = 1000
_DEFAULT_LIMIT = 20
_LOGIN_PATH = "/owner/login"

# -- per-invoice facts, cheap enough to scan 100,000 of them for a filter -------------------

_STATUS_WEIGHTS = ((0, 24), (1, 14), (2, 52), (3, 3), (4, 3))  # payment_status: weight
_DRAFT_PERCENT = 6
_DUE_AFTER = (0, 7, 14, 15, 30, 30, 30, 45, 60)
_MAX_LINES = 5
_MAX_PAYMENTS = 4


class _Bits:
    """Uniform draws carved from one big ``stable_int``: much cheaper than seeding a Random.

    Each draw takes ``value mod n`` and divides it away; 256 bits leave every draw of `_facts`
    practically uniform. Stable across Python versions, like everything from ``blake2b``.
    """

    __slots__ = ("_value",)

    def __init__(self, *parts: object) -> None:
        self._value = stable_int(*parts, bits=256)

    def below(self, n: int) -> int:
        self._value, drawn = divmod(self._value, n)
        return drawn

    def percent(self, threshold: int) -> bool:
        return self.below(100) < threshold


class _Facts(NamedTuple):
    """What the list filters test, drawn without building the invoice."""

    draft: bool
    #: The ``payment_status`` as sent: ``"-1"``..``"4"`` or ``None`` (unpaid, written as null).
    payment_status: str | None
    #: The payment state behind the amounts: 0 unpaid .. 4 overpaid; -1 for drafts.
    state: int
    client: int
    due_after: int
    products: tuple[int, ...]
    po_number: str | None
    fixed_scale: bool


class _Client(NamedTuple):
    id: int
    type: int  # 2 individual, 3 business
    business_name: str
    first_name: str
    last_name: str
    email: str
    address1: str
    address2: str | None
    city: str
    state: str
    postal_code: str
    country: str
    phone1: str
    phone2: str | None
    currency: str
    bn1: str | None
    bn1_label: str | None
    bn2: str | None
    bn2_label: str | None
    created: str


class _Invoice(NamedTuple):
    """One generated invoice: its header (without the links) and its associations."""

    header: dict[str, Any]
    client: dict[str, Any]
    items: list[dict[str, Any]]
    payments: list[dict[str, Any]]


# -- reference data -------------------------------------------------------------------------


class _Market(NamedTuple):
    currency: str
    country: str
    scale: int
    fx: Decimal  # units of the currency per USD, for prices
    vat: Decimal | None
    tax_id: int | None
    cities: tuple[tuple[str, str, str], ...]  # (city, state, postal code prefix)
    phone: str
    weight: int


_MARKETS = (
    _Market(
        "SAR",
        "SA",
        2,
        Decimal("3.75"),
        Decimal("0.15"),
        1,
        (
            ("Riyadh", "Riyadh Province", "12"),
            ("Jeddah", "Makkah Province", "21"),
            ("Dammam", "Eastern Province", "32"),
        ),
        "+966",
        40,
    ),
    _Market(
        "EGP",
        "EG",
        2,
        Decimal("48"),
        Decimal("0.14"),
        2,
        (
            ("Cairo", "Cairo Governorate", "11"),
            ("Alexandria", "Alexandria Governorate", "21"),
            ("Giza", "Giza Governorate", "12"),
        ),
        "+20",
        25,
    ),
    _Market(
        "USD",
        "US",
        2,
        Decimal("1"),
        None,
        None,
        (("New York", "NY", "10"), ("Austin", "TX", "78"), ("Seattle", "WA", "98")),
        "+1",
        25,
    ),
    _Market(
        "KWD",
        "KW",
        3,
        Decimal("0.307"),
        None,
        None,
        (
            ("Kuwait City", "Al Asimah", "13"),
            ("Hawalli", "Hawalli", "32"),
            ("Salmiya", "Hawalli", "22"),
        ),
        "+965",
        10,
    ),
)
_MARKET_WEIGHTS = tuple(market.weight for market in _MARKETS)


class _Product(NamedTuple):
    id: int
    name: str
    description: str | None
    low: Decimal  # unit price range in USD
    high: Decimal
    max_quantity: int
    hourly: bool  # quantities in quarter hours


_CATALOG = (
    _Product(101, "Consulting services", "Advisory hours", Decimal(60), Decimal(180), 40, True),
    _Product(102, "Website maintenance", "Monthly retainer", Decimal(150), Decimal(900), 1, False),
    _Product(103, "Cloud hosting", "Monthly plan", Decimal(20), Decimal(400), 12, False),
    _Product(104, "Annual software license", "Per seat", Decimal(50), Decimal(600), 25, False),
    _Product(105, "Office chair", "Ergonomic, black", Decimal(90), Decimal(450), 10, False),
    _Product(106, "Printer paper A4", "Box of 5 reams", Decimal(15), Decimal(40), 50, False),
    _Product(107, "Delivery service", None, Decimal(5), Decimal(60), 1, False),
    _Product(108, "Installation", "On-site", Decimal(40), Decimal(350), 3, False),
    _Product(
        109, "Training session", "Half day, up to 10 people", Decimal(300), Decimal(1500), 4, False
    ),
    _Product(110, "Laptop stand", "Aluminium", Decimal(20), Decimal(80), 20, False),
    _Product(111, "Arabic coffee beans", "1 kg bag", Decimal(15), Decimal(45), 30, False),
    _Product(
        112, "Translation", "Arabic <> English, per page", Decimal(10), Decimal(35), 60, False
    ),
)


class _Line(NamedTuple):
    product: _Product
    unit_price: Decimal
    quantity: Decimal
    subtotal: Decimal  # unit_price x quantity, before any discount
    discount_type: int  # 1 percentage, 2 absolute
    discount: Decimal  # as entered: a percentage or an amount
    discount_amount: Decimal  # calculated_discount


def _draw_line(product: _Product, market: _Market, rng: SandboxRandom) -> _Line:
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


_REGION_NAMES = (
    "Al Noor",
    "Al Waha",
    "Nile",
    "Gulf",
    "Al Safwa",
    "Delta",
    "Al Manar",
    "Najd",
    "Sahara",
    "Al Rawda",
)
_REGION_KINDS = (
    "Trading",
    "Contracting",
    "Logistics",
    "Technology",
    "Foods",
    "Medical Supplies",
    "Consulting",
    "Printing",
)
_REGION_FORMS = ("Co.", "LLC", "Est.", "Group")
_ARABIC_NAMES = (
    "مؤسسة النور للتجارة",
    "شركة الواحة للمقاولات",
    "مؤسسة الصفوة للتقنية",
    "شركة المنار للخدمات اللوجستية",
    "مطبعة الروضة",
)
_FIRST_NAMES = (
    "Sara",
    "Omar",
    "Mona",
    "Khaled",
    "Fatima",
    "Ahmed",
    "Layla",
    "Yousef",
    "Nour",
    "Hassan",
    "Emily",
    "John",
)
_LAST_NAMES = (
    "Ali",
    "Hassan",
    "Al-Otaibi",
    "Mahmoud",
    "Al-Sabah",
    "Farouk",
    "Al-Qahtani",
    "Saleh",
    "Nasser",
    "Smith",
)
_STREETS = (
    "King Fahd Rd",
    "Tahrir St",
    "Olaya St",
    "Gulf Rd",
    "Main St",
    "Salem Al Mubarak St",
    "Corniche Rd",
    "Prince Sultan St",
)
_METHODS = ("cash", "bank_transfer", "cheque", "paypal", "stripe")
_NOTES = (
    "Thank you for your business.",
    "شكراً لتعاملكم معنا",
    "Payment by bank transfer to the account on file.",
)


def _market(currency: str) -> _Market:
    return next(market for market in _MARKETS if market.currency == currency)


def _quantize(value: Decimal, scale: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-scale), rounding=ROUND_HALF_UP)


def _amount(value: Decimal, scale: int, fixed: bool) -> str:
    """An amount as CakePHP writes it: ``"115.00"`` (fixed scale) or ``"115"`` (PHP float)."""
    if fixed:
        return f"{_quantize(value, scale):.{scale}f}"
    return f"{value.normalize():f}"


def _naive(instant: datetime) -> str:
    """A naive ``YYYY-MM-DD HH:MM:SS`` (site-local time, as api2 writes timestamps)."""
    return instant.strftime("%Y-%m-%d %H:%M:%S")


def _slug(text: str) -> str:
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum()) or "client"


# -- request parsing --------------------------------------------------------------------------


class _BadRequest(SandboxError):
    """A 400 with Daftra's ``validation_errors``."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(400, "Bad Request")
        self.errors = dict(errors)


def _integer(name: str, value: str) -> int:
    text = value.strip()
    digits = text[1:] if text.startswith("-") else text
    if not digits.isascii() or not digits.isdigit() or len(digits) > 18:
        raise _BadRequest({name: "must be an integer"})
    return int(text)


def _php_int(value: str) -> int:
    """PHP's ``(int)`` cast: the leading integer of ``value``, or 0 when there is none."""
    match = re.match(r"\s*([+-]?[0-9]{1,18})", value)
    return int(match.group(1)) if match else 0


def _day(name: str, value: str) -> date:
    text = value.strip()
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise _BadRequest({name: "Invalid date"})


def _decimal(name: str, value: str) -> Decimal:
    text = value.strip()
    whole, _, fraction = text.removeprefix("-").partition(".")
    if not (whole.isascii() and whole.isdigit()) or (
        fraction and not (fraction.isascii() and fraction.isdigit())
    ):
        raise _BadRequest({name: "must be a number"})
    return Decimal(text)


# Documented list parameters -> how a value is read. Blank values count as not given, as
# CakePHP list filters skip empty values.
_PAGING = {"page", "limit", "recursive", "sort", "direction"}
_INTEGER_FILTERS = {
    "client_id",
    "client_type",
    "payment_status",
    "draft",
    "follow_up_status",
    "subscription_id",
    "work_order_id",
    "source_type",
    "source_id",
    "order_source_id",
    "shipping_option_id",
    "einvoice_status",
    "requisition_delivery_status",
    "staff_id",
    "pos_shift_id",
    "store_id",
}
_DATE_FILTERS = {
    "date_from",
    "date_to",
    "due_date_from",
    "due_date_to",
    "created_from",
    "created_to",
}
_DECIMAL_FILTERS = {"summary_total_from", "summary_total_to"}
_TEXT_FILTERS = {
    "keywords",
    "currency_code",
    "no",
    "item",
    "tags",
    "po_number",
    "external_source",
    "custom_field",
    "custom_field_label",
}
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
_SORTS = ("id", "date", "no", "created")


def _filters(request: SandboxRequest) -> dict[str, object]:
    """The list's filter parameters, checked and converted; 400 on anything undocumented."""
    found: dict[str, object] = {}
    for name, value in request.query:
        if name in _PAGING or name in found:
            continue
        if name == "type":
            converted: object = _php_int(value) if value.strip() else None
        elif name in _INTEGER_FILTERS:
            converted = _integer(name, value) if value.strip() else None
        elif name in _DATE_FILTERS:
            converted = _day(name, value) if value.strip() else None
        elif name in _DECIMAL_FILTERS:
            converted = _decimal(name, value) if value.strip() else None
        elif name in _TEXT_FILTERS:
            converted = value.strip() or None
        else:
            raise _BadRequest({name: "Unknown parameter"})
        found[name] = converted
    if found.get("draft") not in {None, 0, 1}:
        raise _BadRequest({"draft": "must be 0 or 1"})
    # `draft` is documented as "1 = drafts only"; CakePHP's empty() reads "0" as not given.
    if found.get("draft") == 0:
        found["draft"] = None
    return {name: value for name, value in found.items() if value is not None}


class _Paging(NamedTuple):
    page: int
    limit: int
    recursive: int
    descending: bool


def _paging(request: SandboxRequest) -> _Paging:
    def value(name: str) -> str | None:
        raw = request.param(name)
        return raw.strip() if raw is not None and raw.strip() else None

    page_text, limit_text, recursive_text = value("page"), value("limit"), value("recursive")
    page = _integer("page", page_text) if page_text else 1
    limit = _integer("limit", limit_text) if limit_text else _DEFAULT_LIMIT
    # CakePHP reads `recursive` with PHP's (int) cast ("a" is 0) and falls back to the default
    # direction for anything but asc/desc; page and limit, by contrast, are checked.
    recursive = max(-1, min(1, _php_int(recursive_text))) if recursive_text else 0
    errors = {}
    if page < 1:
        errors["page"] = "must be 1 or more"
    if not 1 <= limit <= _MAX_LIMIT:
        errors["limit"] = f"must be between 1 and {_MAX_LIMIT}"
    sort = value("sort") or "date"
    if sort not in _SORTS:
        errors["sort"] = f"cannot sort by {sort!r}; use one of {', '.join(_SORTS)}"
    if errors:
        raise _BadRequest(errors)
    return _Paging(page, limit, recursive, (value("direction") or "").upper() != "ASC")


# -- the sandbox --------------------------------------------------------------------------


class DaftraSandbox:
    """Daftra's api2 invoices on loopback, with ``size`` invoices derived from ``seed``."""

    vendor = _VENDOR
    credentials: Mapping[str, str] = {"api_key": API_KEY}

    def __init__(self, *, size: int, seed: int) -> None:
        if size < 0:
            raise ValueError(f"size must be >= 0, got {size}")
        self._seed = seed
        self._size = size
        self._ids = NumericIds(size, start=_FIRST_ID)
        self._clients = max(8, min(size // 5, 20_000))
        self._id_width = max(6, len(str(size)))
        # The caches are thread-safe and bounded (clients are at most 20,000); none is filled
        # up front.
        self._client = functools.lru_cache(maxsize=4096)(self._make_client)
        self._client_kind = functools.lru_cache(maxsize=None)(self._make_client_kind)
        self._matches = functools.lru_cache(maxsize=64)(self._scan)
        self._router = Router()
        for suffix in (".json", "", "/"):
            self._router.add("GET", f"/api2/invoices{suffix}", self._list)
        self._router.add("GET", "/api2/invoices/{id}.json", self._get)
        self._router.add("GET", "/api2/invoices/{id}", self._get)
        self._router.add("GET", "/invoices/view/{id}.pdf", self._pdf)
        self._router.add("GET", "/invoices/preview/{id}", self._preview)
        self._router.add("GET", _LOGIN_PATH, self._login)

    def __repr__(self) -> str:
        return f"<DaftraSandbox size={self._size} seed={self._seed}>"

    def invoice_ids(self) -> NumericIds:
        """Every invoice id, oldest first (the plugin's ``sort=id&direction=ASC``)."""
        return self._ids

    # -- protocol ------------------------------------------------------------------------

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        """Check the credentials on ``/api2``, then route; a 400 carries its validation errors."""
        try:
            if request.path == "/api2" or request.path.startswith("/api2/"):
                self._authenticate(request)
            return self._router.dispatch(request)
        except _BadRequest as exc:
            body = {
                "result": "failed",
                "code": 400,
                "message": exc.message,
                "validation_errors": exc.errors,
            }
            return SandboxResponse.json(400, body, content_type=_JSON)

    def error(self, status: int, message: str) -> SandboxResponse:
        """Daftra's error body: ``{"result": "failed", "code": ..., "message": ...}``."""
        body = {"result": "failed", "code": status, "message": message}
        return SandboxResponse.json(status, body, content_type=_JSON)

    def _authenticate(self, request: SandboxRequest) -> None:
        api_key = request.header("apikey")
        authorization = request.header("authorization")
        if api_key is not None and authorization is not None:
            # Daftra's docs: with the API key, do not also send an Authorization header.
            raise SandboxError(401, "Unauthorized")
        if api_key is not None:
            if api_key == API_KEY:
                return
        elif authorization is not None:
            scheme, _, token = authorization.partition(" ")
            if scheme.lower() == "bearer" and token.strip() == ACCESS_TOKEN:
                return
        raise SandboxError(401, "Unauthorized")

    # -- data ----------------------------------------------------------------------------

    def _instant(self, index: int) -> datetime:
        return spread_instant(index, self._size)

    def _date(self, index: int) -> date:
        # Invoices are dated the day they are created, so `date` and `created` grow together.
        return self._instant(index).date()

    def _number(self, index: int) -> str:
        return f"{index + 1:0{self._id_width}d}"

    def _facts(self, index: int) -> _Facts:
        bits = _Bits(self._seed, _VENDOR, index, "facts")
        draft = bits.percent(_DRAFT_PERCENT)
        point = bits.below(sum(weight for _, weight in _STATUS_WEIGHTS))
        state = 0
        for code, weight in _STATUS_WEIGHTS:
            if point < weight:
                state = code
                break
            point -= weight
        payment_status: str | None = str(state)
        if draft:
            state = -1
            payment_status = "0" if bits.percent(25) else "-1"
        elif state == 0 and bits.percent(15):
            payment_status = None
        client = bits.below(self._clients)
        due_after = _DUE_AFTER[bits.below(len(_DUE_AFTER))]
        count = 1 + bits.below(_MAX_LINES) if bits.percent(70) else 1
        products = tuple(bits.below(len(_CATALOG)) for _ in range(count))
        po_number = f"PO-{1000 + bits.below(9000)}" if bits.percent(20) else None
        return _Facts(
            draft=draft,
            payment_status=payment_status,
            state=state,
            client=client,
            due_after=due_after,
            products=products,
            po_number=po_number,
            fixed_scale=bits.percent(60),
        )

    def _make_client_kind(self, number: int) -> tuple[_Market, bool]:
        """Client ``number``'s market (currency, country) and whether it is a business."""
        bits = _Bits(self._seed, _VENDOR, "client-kind", number)
        point, market = bits.below(sum(_MARKET_WEIGHTS)), _MARKETS[-1]
        for candidate in _MARKETS:
            if point < candidate.weight:
                market = candidate
                break
            point -= candidate.weight
        return market, bits.percent(75)

    def _make_client(self, number: int) -> _Client:
        market, business = self._client_kind(number)
        bits = _Bits(self._seed, _VENDOR, "client", number)
        first = _FIRST_NAMES[bits.below(len(_FIRST_NAMES))]
        last = _LAST_NAMES[bits.below(len(_LAST_NAMES))]
        if not business:
            name, slug = "", _slug(first + last)
        elif market.country == "US":
            name = company_name(SandboxRandom(bits.below(1 << 32)))
            slug = _slug(name.split(" ")[0])
        elif bits.percent(20):
            choice = bits.below(len(_ARABIC_NAMES))
            name, slug = _ARABIC_NAMES[choice], f"arabic{choice}"
        else:
            stem = _REGION_NAMES[bits.below(len(_REGION_NAMES))]
            kind = _REGION_KINDS[bits.below(len(_REGION_KINDS))]
            name = f"{stem} {kind} {_REGION_FORMS[bits.below(len(_REGION_FORMS))]}"
            slug = _slug(stem + kind)
        city, state, postal_prefix = market.cities[bits.below(len(market.cities))]
        vat = bn1_label = registration = bn2_label = None
        if business and market.country == "SA":
            vat = f"3{bits.below(10**13):013d}3"
            bn1_label = "VAT Number" if bits.percent(70) else "الرقم الضريبي"
            registration, bn2_label = f"10{bits.below(10**8):08d}", "Commercial Registration"
        elif business and market.country == "EG":
            vat, bn1_label = f"{bits.below(10**9):09d}", "Tax ID"
        subscriber = f"{bits.below(10**8):08d}"
        created = datetime(2023, 1, 1) + timedelta(seconds=bits.below(365 * 86400))
        return _Client(
            id=number + 1,
            type=3 if business else 2,
            business_name=name,
            first_name=first,
            last_name=last,
            email=f"{'accounts' if business else 'me'}@{slug}{number + 1}.example",
            address1=f"{_STREETS[bits.below(len(_STREETS))]} {1 + bits.below(250)}",
            address2=f"Floor {1 + bits.below(12)}" if bits.percent(30) else None,
            city=city,
            state=state,
            postal_code=f"{postal_prefix}{bits.below(1000):03d}",
            country=market.country,
            phone1=f"{market.phone} {subscriber}",
            phone2=f"{market.phone} 5{bits.below(10**7):07d}" if bits.percent(50) else None,
            currency=market.currency,
            bn1=vat,
            bn1_label=bn1_label,
            bn2=registration,
            bn2_label=bn2_label,
            created=_naive(created),
        )

    def _client_record(self, client: _Client) -> dict[str, Any]:
        return {
            "id": str(client.id),
            "is_offline": "0",
            "client_number": f"{client.id:06d}",
            "staff_id": "0",
            "business_name": client.business_name,
            "first_name": client.first_name,
            "last_name": client.last_name,
            "email": client.email,
            "address1": client.address1,
            "address2": client.address2,
            "city": client.city,
            "state": client.state,
            "postal_code": client.postal_code,
            "phone1": client.phone1,
            "phone2": client.phone2,
            "country_code": client.country,
            "notes": None,
            "default_currency_code": client.currency,
            "bn1": client.bn1,
            "bn1_label": client.bn1_label,
            "bn2": client.bn2,
            "bn2_label": client.bn2_label,
            "type": str(client.type),
            "credit_limit": "0",
            "credit_period": "0",
            "branch_id": "1",
            "created": client.created,
            "modified": client.created,
        }

    def _invoice(self, index: int) -> _Invoice:
        """Invoice ``index``, built from ``(seed, index)`` alone (the one expensive step)."""
        facts = self._facts(index)
        client = self._client(facts.client)
        market = _market(client.currency)
        scale, fixed = market.scale, facts.fixed_scale
        rng = rng_for(self._seed, _VENDOR, index, salt="amounts")
        invoice_id = self._ids[index]
        issued = self._instant(index)
        stamp = _naive(issued)

        lines = [_draw_line(_CATALOG[product], market, rng) for product in facts.products]
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
                    "id": str(_MAX_LINES * index + k + 1),
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
            "no": self._number(index),
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
            "notes": _NOTES[rng.integer(0, len(_NOTES) - 1)] if rng.chance(0.3) else None,
            "html_notes": None,
            "created": stamp,
            "modified": _naive(max(issued, last_paid)),
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
        return _Invoice(header, self._client_record(client), items, payments)

    def _payments(
        self,
        index: int,
        *,
        facts: _Facts,
        total: Decimal,
        market: _Market,
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
        for k, (amount, status) in enumerate(attempts[:_MAX_PAYMENTS]):
            pause = timedelta(
                days=rng.integer(0, facts.due_after + 10), seconds=rng.integer(600, 36_000)
            )
            when = min(when + pause, latest)
            method = rng.pick(_METHODS)
            processed = status == 1
            if processed:
                paid += amount
                last = when
            records.append(
                {
                    "id": str(_MAX_PAYMENTS * index + k + 1),
                    "invoice_id": self._ids[index],
                    "payment_method": method,
                    "amount": _amount(amount, scale, fixed),
                    "transaction_id": (
                        f"TXN{rng.integer(10**7, 10**8 - 1)}" if method != "cash" else None
                    ),
                    "treasury_id": "1",
                    "date": _naive(when),
                    "status": str(status),
                    "notes": None,
                    "response_message": None if status != 0 else "card_declined",
                    "currency_code": market.currency,
                    "processed": "1" if processed else "0",
                    "staff_id": "0",
                    "created": _naive(when),
                    "modified": _naive(when),
                }
            )
        return records, paid, last

    # -- filters -------------------------------------------------------------------------

    def _span(self, filters: Mapping[str, object]) -> range:
        """The indexes left by the range filters on ``date`` and ``created`` (bisection)."""
        dates = _DateView(self)
        span = sorted_range(dates, filters.get("date_from"), filters.get("date_to"))
        created = sorted_range(dates, filters.get("created_from"), filters.get("created_to"))
        return range(max(span.start, created.start), min(span.stop, created.stop))

    def _predicates(self, filters: Mapping[str, object]) -> list[Callable[[int], bool]]:
        """One test per filter that is not a range; each reads cheap facts where it can."""
        tests: list[Callable[[int], bool]] = []
        for name, wanted in sorted(filters.items()):
            test = self._predicate(name, wanted)
            if test is not None:
                tests.append(test)
        return tests

    def _predicate(self, name: str, wanted: object) -> Callable[[int], bool] | None:
        facts, kind = self._facts, self._client_kind
        if name in {"date_from", "date_to", "created_from", "created_to", "custom_field_label"}:
            return None  # ranges are bisected; the label only qualifies `custom_field`
        if name in _ABSENT_RECORDS:
            return lambda index: False
        if name == "type":  # read as PHP does; every invoice here is type 0, none 16 or 19
            return None if wanted == 0 else (lambda index: False)
        if name == "staff_id":
            return None if wanted == 0 else (lambda index: False)  # all made by the owner
        if name == "store_id":
            return None if wanted == 1 else (lambda index: False)  # one warehouse
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
            return self._payment_status_test(wanted)
        if name == "no":
            text = str(wanted).lower()
            return lambda index: text in self._number(index)
        if name == "po_number":
            text = str(wanted).lower()
            return lambda index: text in (facts(index).po_number or "").lower()
        if name == "keywords":
            return self._keywords_test(str(wanted).lower())
        if name == "item":
            text = str(wanted).lower()
            return lambda index: any(
                text in _CATALOG[product].name.lower() for product in facts(index).products
            )
        if name in {"due_date_from", "due_date_to"}:
            assert isinstance(wanted, date)
            after = name == "due_date_from"

            def due(index: int) -> bool:
                day = self._date(index) + timedelta(days=facts(index).due_after)
                return day >= wanted if after else day <= wanted

            return due
        if name in {"summary_total_from", "summary_total_to"}:
            assert isinstance(wanted, Decimal)
            low = name == "summary_total_from"

            def total(index: int) -> bool:
                value = Decimal(self._invoice(index).header["summary_total"])
                return value >= wanted if low else value <= wanted

            return total
        raise AssertionError(f"unhandled filter {name}")  # pragma: no cover - _filters guards

    def _payment_status_test(self, wanted: int) -> Callable[[int], bool]:
        facts = self._facts
        if wanted == -1:  # pseudo code: drafts
            return lambda index: facts(index).draft
        if wanted in {-2, -3}:  # pseudo codes: Due (not yet overdue) and Overdue, unpaid part

            def outstanding(index: int) -> bool:
                found = facts(index)
                if found.draft or found.state not in {0, 1}:
                    return False
                due = self._date(index) + timedelta(days=found.due_after)
                return (due < SANDBOX_TODAY) == (wanted == -3)

            return outstanding
        # 0 also matches null (null, '' and 0 all mean unpaid). 3 is documented both as
        # Refunded and as "Subscriptions"; with no subscriptions here it finds the refunded.
        return lambda index: int(facts(index).payment_status or 0) == wanted

    def _keywords_test(self, text: str) -> Callable[[int], bool]:
        """Client name, email or number, invoice number or order number containing ``text``."""
        clients = set()
        for number in range(self._clients):  # each client once, not once per invoice
            client = self._make_client(number)
            names = (
                client.business_name,
                f"{client.first_name} {client.last_name}",
                client.email,
                f"{client.id:06d}",
            )
            if any(text in name.lower() for name in names):
                clients.add(number)

        def matches(index: int) -> bool:
            found = self._facts(index)
            return (
                found.client in clients
                or text in self._number(index)
                or text in (found.po_number or "").lower()
            )

        return matches

    def _scan(self, key: tuple[tuple[str, object], ...]) -> Sequence[int]:
        """The matching indexes, in index order (cached per filter set by ``_matches``)."""
        filters = dict(key)
        span = self._span(filters)
        tests = self._predicates(filters)
        if not tests:
            return span
        return array("q", (i for i in span if all(test(i) for test in tests)))

    # -- routes --------------------------------------------------------------------------

    def _header(self, invoice: _Invoice, request: SandboxRequest) -> dict[str, Any]:
        invoice_id = invoice.header["id"]
        query = urllib.parse.urlencode({"hash": self._hash(invoice_id)})
        return {
            **invoice.header,
            "invoice_html_url": request.url(f"/invoices/preview/{invoice_id}?{query}"),
            "invoice_pdf_url": request.url(f"/invoices/view/{invoice_id}.pdf?{query}"),
        }

    def _full(self, invoice: _Invoice, request: SandboxRequest) -> dict[str, Any]:
        """``{"Invoice": {...}}`` with every association nested, as the single endpoint answers."""
        return {
            "Invoice": {
                **self._header(invoice, request),
                "Client": invoice.client,
                "InvoiceItem": invoice.items,
                "InvoicePayment": invoice.payments,
                "InvoiceCustomField": [],
                "Document": [],
            }
        }

    def _lookup(self, invoice_id: str) -> int:
        text = invoice_id.strip()
        index = None
        if text.isascii() and text.isdigit() and len(text) <= 18:
            index = self._ids.lookup(str(int(text)))  # PHP reads "0012" as 12
        if index is None:
            raise SandboxError(404, "Invoice not found")
        return index

    def _get(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._invoice(self._lookup(params["id"]))
        body = {
            "code": 200,
            "result": "successful",
            "data": self._full(invoice, request),
            "pagination": None,
        }
        return SandboxResponse.json(200, body, content_type=_JSON)

    def _list(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        paging = _paging(request)
        filters = _filters(request)
        matches = self._matches(tuple(sorted(filters.items())))
        total = len(matches)
        start = (paging.page - 1) * paging.limit
        positions = range(start, min(start + paging.limit, total))
        if paging.descending:
            indexes = [matches[total - 1 - position] for position in positions]
        else:
            indexes = [matches[position] for position in positions]
        data = []
        for index in indexes:
            invoice = self._invoice(index)
            if paging.recursive == 1:
                data.append(self._full(invoice, request))
            elif paging.recursive == 0:
                data.append({"Invoice": self._header(invoice, request), "Client": invoice.client})
            else:
                data.append({"Invoice": self._header(invoice, request)})
        page_count = -(-total // paging.limit)
        body = {
            "code": 200,
            "result": "successful",
            "data": data,
            "pagination": {
                "prev": _link(request, paging.page - 1) if paging.page > 1 else None,
                "next": _link(request, paging.page + 1) if paging.page < page_count else None,
                "page": paging.page,
                "page_count": page_count,
                "total_results": total,
            },
        }
        return SandboxResponse.json(200, body, content_type=_JSON)

    # -- the web routes behind invoice_pdf_url and invoice_html_url -------------------------

    def _hash(self, invoice_id: str) -> str:
        return f"{stable_int(self._seed, _VENDOR, 'hash', invoice_id, bits=128):032x}"

    def _by_hash(self, request: SandboxRequest, invoice_id: str) -> _Invoice | None:
        """The invoice when ``hash`` matches; the hash alone authorizes (module docstring)."""
        text = invoice_id.strip()
        if not (text.isascii() and text.isdigit()):
            return None
        index = self._ids.lookup(text)
        if index is None or request.param("hash") != self._hash(text):
            return None
        return self._invoice(index)

    def _to_login(self, request: SandboxRequest) -> SandboxResponse:
        location = request.url(_LOGIN_PATH)
        return SandboxResponse(302, b"", {"location": location})

    def _pdf(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._by_hash(request, params["id"])
        if invoice is None:
            return self._to_login(request)
        header = invoice.header
        currency = header["currency_code"]
        title = "Tax Invoice" if currency == "SAR" else "Invoice"
        client = header["client_business_name"] or (
            f"{header['client_first_name']} {header['client_last_name']}"
        )
        lines = [
            f"Daftra sandbox - {title} {header['no']}",
            "DRAFT" if header["draft"] == "1" else "",
            f"Date: {header['date']}   Due after: {header['due_after']} days",
            f"Client: {client}",
            "",
        ]
        lines += [
            f"{item['item']}: {item['quantity']} x {item['unit_price']} = {item['subtotal']}"
            for item in invoice.items
        ]
        lines += [
            "",
            f"Subtotal: {header['summary_subtotal']} {currency}",
            f"Discount: {header['summary_discount']} {currency}",
            f"Total: {header['summary_total']} {currency}",
            f"Paid: {header['summary_paid']} {currency}",
            f"Balance due: {header['summary_unpaid']} {currency}",
        ]
        return SandboxResponse.pdf(minimal_pdf(lines), filename=f"Invoice-{header['no']}.pdf")

    def _preview(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        invoice = self._by_hash(request, params["id"])
        if invoice is None:
            return self._to_login(request)
        header = invoice.header
        rows = "".join(
            f"<tr><td>{html.escape(item['item'])}</td><td>{item['quantity']}</td>"
            f"<td>{item['unit_price']}</td><td>{item['subtotal']}</td></tr>"
            for item in invoice.items
        )
        page = (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Invoice {header["no"]}'
            f"</title></head><body><h1>Invoice {header['no']}</h1>"
            f"<p>{html.escape(header['client_business_name'] or header['client_first_name'])}</p>"
            f"<table>{rows}</table><p>Total: {header['summary_total']} "
            f"{header['currency_code']}</p></body></html>"
        )
        return SandboxResponse(200, page.encode(), {"content-type": "text/html; charset=UTF-8"})

    def _login(self, request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
        page = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Login</title></head>'
        page += b"<body><form method=post><input name=email><input name=password type=password>"
        page += b"</form></body></html>"
        return SandboxResponse(200, page, {"content-type": "text/html; charset=UTF-8"})


class _DateView(Sequence[date]):
    """The invoices' dates as a sequence, for `sorted_range` (reads O(log n) of them)."""

    __slots__ = ("_sandbox",)

    def __init__(self, sandbox: DaftraSandbox) -> None:
        self._sandbox = sandbox

    def __len__(self) -> int:
        return self._sandbox._size

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self._sandbox._date(i) for i in range(*index.indices(len(self)))]
        return self._sandbox._date(index)


def _link(request: SandboxRequest, page: int) -> str:
    """A relative page link in Daftra's form, ``/api2/invoices/?...&page=2``, other params kept."""
    query = [(name, value) for name, value in request.query if name != "page"]
    query.append(("page", str(page)))
    return f"/api2/invoices/?{urllib.parse.urlencode(query)}"
