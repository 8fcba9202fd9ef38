"""The sandbox's account data: its taxes, its own business and its time zone listing.

``GET /api2/taxes.json`` (paged with ``page``/``limit``), ``GET /api2/site_info.json`` and
``GET /api2/listing/{model}.json`` (specs/daftra/openapi.yaml, tag ``account``). The taxes are
the VAT of each market that has one, with the ids the invoice lines carry in ``tax1`` (exclusive,
``included`` 0, as the line amounts are computed). The site's ``timezone`` is an id of the
``Timezone`` listing whose title is ``UTC``, because the sandbox writes its naive ``created``
and ``modified`` stamps in UTC. Other listing models answer 404 "Invalid Model".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from invoicekit.sandbox import Handler, SandboxError, SandboxRequest, SandboxResponse, SpecSandbox

from ._catalog import MARKETS
from ._envelope import page_answer, successful

__all__ = ["SITE", "TAXES", "TIMEZONES", "account_handlers", "listing_models"]

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


def _taxes(
    sandbox: SpecSandbox, request: SandboxRequest, params: Mapping[str, str]
) -> SandboxResponse:
    rows = [{"Tax": row} for row in TAXES]
    return page_answer(sandbox, request, "list_taxes", rows, path="/api2/taxes/")


def _site(
    sandbox: SpecSandbox, request: SandboxRequest, params: Mapping[str, str]
) -> SandboxResponse:
    return sandbox.respond("get_site_info", successful({"Site": SITE}))


def _listing(
    sandbox: SpecSandbox, request: SandboxRequest, params: Mapping[str, str]
) -> SandboxResponse:
    if params["model"] != "Timezone":
        raise SandboxError(404, "Invalid Model You must send Model from the models mentioned above")
    return sandbox.respond("get_listing", successful({"Listing": TIMEZONES}))


def account_handlers(sandbox: SpecSandbox) -> dict[str, Handler]:
    """The handlers of the account operations, by ``operationId``."""
    return {
        "list_taxes": functools.partial(_taxes, sandbox),
        "get_site_info": functools.partial(_site, sandbox),
        "get_listing": functools.partial(_listing, sandbox),
    }


def listing_models(path: str) -> list[str] | None:
    """The models the ``{model}`` of the listing route takes (else None)."""
    return ["Timezone"] if path.startswith("/api2/listing/") else None
