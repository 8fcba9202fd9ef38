"""The sandbox's account data: its taxes, its own business and its time zone listing.

``GET /api2/taxes.json`` (paged with ``page``/``limit``), ``GET /api2/site_info.json`` and
``GET /api2/listing/{model}.json`` (specs/daftra/openapi.yaml, tag ``account``). The taxes are
the VAT of each market that has one, with the ids the invoice lines carry in ``tax1`` (exclusive,
``included`` 0, as the line amounts are computed). The site's ``timezone`` is an id of the
``Timezone`` listing whose title is ``UTC``, because the sandbox writes its naive ``created``
and ``modified`` stamps in UTC. Other listing models answer 404 "Invalid Model".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from invoicekit.sandbox import SandboxError, SandboxRequest, SandboxResponse

from ._catalog import MARKETS
from ._errors import JSON
from ._params import paging

__all__ = ["SITE", "TAXES", "TIMEZONES", "account_routes", "listing_models"]

#: One exclusive VAT per market that charges one, keyed by the id its lines name.
TAXES = tuple(
    {
        "id": market.tax_id,
        "tax_id": market.tax_id,
        "name": f"VAT {market.country}",
        "value": str(market.vat * 100),
        "description": f"Value added tax, {market.country}",
        "included": "0",
        "created": "2020-01-01 00:00:00",
        "modified": "2020-01-01 00:00:00",
    }
    for market in sorted(MARKETS, key=lambda market: market.tax_id or 0)
    if market.tax_id is not None and market.vat is not None
)
#: The ``Timezone`` listing (titles as IANA names: the plugin's GUESS about the real one).
TIMEZONES = {"13": "Asia/Riyadh", "14": "Africa/Cairo", "83": "UTC"}
#: The sandbox account's own business, in the shape of the docs' example.
SITE = {
    "id": 44,
    "business_name": "Sandbox Trading Co.",
    "first_name": "Sara",
    "last_name": "Haddad",
    "subdomain": "sandbox.daftra.com",
    "address1": "King Fahd Road 12",
    "address2": None,
    "city": "Riyadh",
    "state": "Riyadh Province",
    "postal_code": "12211",
    "phone1": "+966 11 000 0000",
    "phone2": None,
    "country_code": "SA",
    "timezone": "83",
    "date_format": "3",
    "currency_code": "SAR",
    "language_code": 41,
    "email": "billing@sandbox.example",
    "staff_id": -1,
}

Handler = Callable[[SandboxRequest, Mapping[str, str]], SandboxResponse]


def _answer(data: Any, **more: Any) -> SandboxResponse:
    return SandboxResponse.json(
        200, {"code": 200, "result": "successful", "data": data, **more}, content_type=JSON
    )


def _taxes(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
    page = paging(request)
    rows = TAXES[(page.page - 1) * page.limit : page.page * page.limit]
    page_count = max(1, -(-len(TAXES) // page.limit))
    pagination = {
        "prev": f"/api2/taxes/?page={page.page - 1}" if page.page > 1 else None,
        "next": f"/api2/taxes/?page={page.page + 1}" if page.page < page_count else None,
        "page": page.page,
        "page_count": page_count,
        "total_results": len(TAXES),
    }
    return _answer([{"Tax": row} for row in rows], pagination=pagination)


def _site(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
    return _answer({"Site": SITE})


def _listing(request: SandboxRequest, params: Mapping[str, str]) -> SandboxResponse:
    if params["model"] != "Timezone":
        raise SandboxError(404, "Invalid Model You must send Model from the models mentioned above")
    return _answer({"Listing": TIMEZONES})


def account_routes() -> list[tuple[str, Handler]]:
    """``(path, handler)`` for each account route, with and without the ``.json`` suffix."""
    routes: list[tuple[str, Handler]] = []
    for suffix in (".json", ""):
        routes += [
            (f"/api2/taxes{suffix}", _taxes),
            (f"/api2/site_info{suffix}", _site),
            (f"/api2/listing/{{model}}{suffix}", _listing),
        ]
    return routes


def listing_models(path: str) -> list[str] | None:
    """The models the ``{model}`` of the listing route takes (else None)."""
    return ["Timezone"] if path.startswith("/api2/listing/") else None
