"""What a Daftra account tells about its invoices beyond them: its taxes, its business, its zone.

Sources ("Default module.md" in ``AlazabDev/daftra-connect-hub``; ``specs/daftra/openapi.yaml``):

``GET /api2/taxes.json`` (L10028)
    ``{"data": [{"Tax": {id, name, value, included, ...}}], "pagination": ...}``, paged with
    ``page``/``limit`` like the invoice list. ``value`` is the percentage; ``included`` null or
    0 means exclusive (prices do not include the tax), 1 inclusive. An item that does not decode
    (the docs' own example is ``{"Tax": null}``; a non-numeric ``value``; no ``id``) is skipped,
    so its id is simply unknown. Lines name taxes by ``id`` (GUESS, see the spec).
``GET /api2/site_info.json`` (L99)
    ``data.Site``: the owner's business (the seller, `invoicekit_daftra._parties.seller`) and
    ``timezone``, an id of the general listing ``Timezone``. Its ``currency_code`` (the
    account's default) is not used: every document states its own ``currency_code``.
``GET /api2/listing/Timezone.json`` (L12895)
    ``{"data": {"Listing": {"13": "<title>"}}}``. Whether titles are IANA names is not
    documented (GUESS): a title that is one (``Asia/Riyadh``), or that holds one
    (``(GMT+03:00) Asia/Riyadh``), gives the zone; any other title, a missing id or a body of
    another shape leaves the zone unknown, and timestamps stay as they are today (not read).

None of these fail an invoice: a body that does not decode, or a 403/404 (a key without that
permission), means "not known", and the mapping falls back to what it does without them.
"""

from __future__ import annotations

import re
import zoneinfo
from decimal import Decimal

import msgspec

from invoicekit.plugin import ConfigurationError, Party, checked_amount, present
from invoicekit_daftra_client.models import ListingResponse, SiteInfoResponse, TaxEnvelope

from . import _parties
from ._values import VENDOR, text

__all__ = [
    "NOTHING_KNOWN",
    "Account",
    "Tax",
    "TaxPage",
    "from_options",
    "seller_and_zone_id",
    "taxes_from_items",
    "zone_from_listing",
]

#: The options `invoicekit.normalize` and `invoicekit.connect` take for Daftra.
OPTIONS = frozenset({"taxes", "site_info", "timezone"})

# An IANA name inside a display title: "Area/City" (with sub-areas), or UTC itself.
_IANA = re.compile(r"\b(?:[A-Z][A-Za-z_\-]+(?:/[A-Za-z0-9_\-+]+)+|UTC)\b")


class Tax(msgspec.Struct, frozen=True):
    """One tax of the account, as far as its record says (frozen: equal and hashable by its
    fields; a Struct, not a dataclass, so that `invoicekit.normalize` imports no
    `dataclasses`).

    Attributes:
        id: the id that ``InvoiceItem.tax1``/``tax2`` name.
        name: its name (``VAT``).
        rate: the percentage (``15``), exactly as sent; None when not sent.
        included: whether prices include it (``included`` 1), False for 0 or null, None when
            the key is absent.
    """

    id: int
    name: str | None
    rate: Decimal | None
    included: bool | None


class Account(msgspec.Struct, frozen=True, kw_only=True):
    """What one account states around its invoices; each part None while not known (a frozen
    Struct, as `Tax`).

    Attributes:
        taxes: tax id -> `Tax`; None when the taxes were not read (then no line gets a rate
            and no tax breakdown is built, as without this class).
        seller: the account's own business as a `Party`.
        zone: the site's time zone, in which ``created``/``modified`` are read.
        zone_id: the site's ``timezone`` listing id, while its zone is not resolved yet.
    """

    taxes: dict[int, Tax] | None = None
    seller: Party | None = None
    zone: zoneinfo.ZoneInfo | None = None
    zone_id: int | None = None

    def merged(self, preset: Account) -> Account:
        """This account with the parts ``preset`` states (the vendor's options) put first."""
        return msgspec.structs.replace(
            self,
            taxes=preset.taxes if preset.taxes is not None else self.taxes,
            seller=preset.seller or self.seller,
            zone=preset.zone or self.zone,
        )


#: Nothing read about the account: the mapping as without these lookups.
NOTHING_KNOWN = Account()


def _tax(raw: msgspec.Raw) -> Tax | None:
    try:
        record = msgspec.json.decode(raw, type=TaxEnvelope, strict=False).tax
    except msgspec.MsgspecError:
        return None
    if record is None or record is msgspec.UNSET:
        return None
    value = present(record.value)
    try:
        rate = None if value is None else checked_amount(VENDOR, value, "$.Tax.value")
    except ValueError:  # NaN, infinities, absurd sizes: not a rate
        return None
    included = present(record.included)
    return Tax(
        id=record.id,
        name=text(record.name),
        rate=rate,
        included=None if record.included is msgspec.UNSET else bool(included),
    )


def taxes_from_items(items: list[msgspec.Raw]) -> dict[int, Tax]:
    """The taxes of the ``data[]`` items of every ``/api2/taxes.json`` page, by id.

    Items that do not decode are left out; an id listed twice with different records is
    ambiguous and left out too (its lines get no rate rather than a guessed one).
    """
    found: dict[int, Tax] = {}
    ambiguous: set[int] = set()
    for raw in items:
        tax = _tax(raw)
        if tax is None:
            continue
        if tax.id in found and found[tax.id] != tax:
            ambiguous.add(tax.id)
        found[tax.id] = tax
    for tax_id in ambiguous:
        del found[tax_id]
    return found


def seller_and_zone_id(body: bytes) -> tuple[Party | None, int | None]:
    """The seller and the ``timezone`` listing id of a ``/api2/site_info.json`` body."""
    try:
        site = msgspec.json.decode(body, type=SiteInfoResponse, strict=False).data.site
    except msgspec.MsgspecError:
        return None, None
    if site is None or site is msgspec.UNSET:
        return None, None
    return _parties.seller(site), present(site.timezone)


def zone_named(title: str) -> zoneinfo.ZoneInfo | None:
    """The IANA zone a listing title is or holds (GUESS), else None."""
    candidates = [title.strip(), *_IANA.findall(title)]
    for name in candidates:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    return None


def zone_from_listing(body: bytes, zone_id: int) -> zoneinfo.ZoneInfo | None:
    """The zone of ``zone_id`` in a ``/api2/listing/Timezone.json`` body, when it names one."""
    try:
        listing = msgspec.json.decode(body, type=ListingResponse, strict=False).data.listing
    except msgspec.MsgspecError:
        return None
    if not isinstance(listing, dict):
        return None
    entry = listing.get(str(zone_id))
    # The docs' example maps ids to titles; their schema to {item_id, title}.
    title = entry.get("title") if isinstance(entry, dict) else entry
    return zone_named(title) if isinstance(title, str) else None


def _option_body(name: str, value: str) -> bytes:
    body = value.encode()
    try:
        msgspec.json.decode(body)
    except msgspec.MsgspecError as exc:
        raise ConfigurationError(
            f"option {name!r} must be the JSON body of GET /api2/{name}.json ({exc})",
            vendor=VENDOR,
        ) from exc
    return body


def from_options(options: dict[str, str]) -> Account:
    """The `Account` that the ``taxes``, ``site_info`` and ``timezone`` options state.

    ``taxes`` is a ``GET /api2/taxes.json`` body (one page: ask for a ``limit`` that holds
    them all), ``site_info`` a ``GET /api2/site_info.json`` body, ``timezone`` an IANA name
    (it wins over the site's zone, which `normalize` cannot resolve without the listing).
    """
    taxes = seller = zone = None
    if "taxes" in options:
        body = _option_body("taxes", options["taxes"])
        try:
            items = msgspec.json.decode(body, type=TaxPage, strict=False).data
        except msgspec.MsgspecError as exc:
            raise ConfigurationError(
                f"option 'taxes' is not a /api2/taxes.json body ({exc})", vendor=VENDOR
            ) from exc
        taxes = taxes_from_items(items)
    if "site_info" in options:
        seller, _ = seller_and_zone_id(_option_body("site_info", options["site_info"]))
    if name := options.get("timezone"):
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigurationError(
                f"option 'timezone' must be an IANA time zone name, got {name[:40]!r}",
                vendor=VENDOR,
            ) from exc
    return Account(taxes=taxes, seller=seller, zone=zone)


class PageFacts(msgspec.Struct):
    """The paging facts of a taxes page (absent or null when not sent)."""

    next: str | None = None
    page_count: int | None = None


class TaxPage(msgspec.Struct):
    """A taxes page: its items' bytes, each decoded on its own (`taxes_from_items`), so that
    one odd item costs only itself, and its paging facts."""

    data: list[msgspec.Raw]
    pagination: PageFacts | None = None
