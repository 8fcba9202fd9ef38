"""Daftra (daftra.com, api2) invoices for invoicekit.

``invoicekit.connect("daftra", base_url="https://<subdomain>.daftra.com", api_key=...)`` (or
``token=...``, or an OAuth app's ``client_id``, ``client_secret`` with a user's ``username`` and
``password``, or with a ``refresh_token``: see `invoicekit_daftra._auth`) reads invoices from one
Daftra account. How each Daftra field is normalized is
documented in `invoicekit_daftra._mapping`; how the API is called in `invoicekit_daftra._api`.

Filters: ``issued_since``/``issued_until`` become ``date_from``/``date_to`` (the invoice
``date``), ``status`` one ``payment_status`` code or ``draft=1``, ``page_size`` ``limit``
(at most 1000, default 100). Daftra has no changed-since filter (``created_from`` is a creation
date, not a change), so ``updated_since`` is unsupported. Every other documented list parameter
(``client_id``, ``currency_code``, ``no``, ``due_date_from``, ``type``...) passes through as given.
``kind=credit_note`` / ``kind=refund`` lists credit notes / refund receipts instead (their
lists take only ``page_size``); `get_invoice` finds every kind by id (`_documents`).

Account data: a client reads the account's taxes, its own business and its time zone once, on
first use (`_session`), and fills each line's ``tax_rate``, the ``tax_breakdown``,
``prices_include_tax`` (`_taxes`), the ``seller`` and ``created_at``/``updated_at``
(`_times`). ``invoicekit.normalize("daftra", body)`` reads none of them and leaves those
fields as before, unless given the bodies as options: ``taxes=<GET /api2/taxes.json body>``,
``site_info=<GET /api2/site_info.json body>`` and ``timezone=<IANA name>`` (`_account`). The
same options at `invoicekit.connect` replace what the client would read.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any

import msgspec

from invoicekit.plugin import (
    ConfigurationError,
    CredentialSet,
    InvoiceKind,
    InvoiceStatus,
    Unsupported,
    Vendor,
    deferred,
    hookimpl,
    read_invoice,
    rooted,
)

from . import _account, _codes, _declared, _documents
from ._account import NOTHING_KNOWN, Account

if TYPE_CHECKING:
    from collections.abc import Generator, Sequence

    import httpx

    from invoicekit.plugin import Call, Flow, Invoice, ListFlow, ListQuery, RawPage

    from . import _session
    from ._sandbox import DaftraSandbox

__all__ = ["DaftraVendor", "register_vendors"]


def _list_params() -> ModuleType:
    """The list parameters (`_query`), imported on first use: the generated list endpoint loads
    httpx, which `invoicekit.normalize` never needs."""
    from . import _query  # noqa: PLC0415 - see the docstring

    return _query


# Where a single-document body holds its document (`_declared.ENVELOPE`), for errors.
_DATA_PATH = "$" + "".join(f".{step}" for step in _declared.ENVELOPE.invoice)
# A positive integer without leading zeros, small enough for a 64-bit column.
_INVOICE_ID = re.compile(r"[1-9][0-9]{0,18}")


def _reraise(exc: Exception) -> Invoice:
    raise exc


class DaftraVendor(Vendor):
    """Daftra: cloud ERP and invoicing, one subdomain per tenant (api2 invoices).

    Args:
        clock: returns the current Unix time, used to renew OAuth access tokens before they
            expire; tests pass a fake one.
        account: what the ``taxes``, ``site_info`` and ``timezone`` options state about the
            account (`configured` builds it); nothing by default.
    """

    name = "daftra"
    title = "Daftra"
    docs_url = "https://docs.daftara.dev"
    credentials = (
        CredentialSet("api_key", description="API key from Daftra Settings > API"),
        CredentialSet(
            "token", description="OAuth2 access token from POST /v2/oauth/token (password grant)"
        ),
        CredentialSet(
            *_declared.PASSWORD_CREDENTIALS,
            description="an OAuth2 app's client id and secret and a Daftra user's login;"
            " traded for an access token at POST /v2/oauth/token, renewed before it expires",
        ),
        CredentialSet(
            *_declared.REFRESH_CREDENTIALS,
            description="an OAuth2 app's client id and secret and a refresh token",
        ),
    )
    filters = frozenset({"issued_since", "issued_until", "status", "page_size"})
    # Daftra's payment_status filter does not say whether it excludes drafts, and a draft is
    # never the open invoice that was asked for: invoicekit keeps only the statuses asked for.
    coarse_statuses = frozenset(_codes.FILTER_STATUSES)
    options = _account.OPTIONS
    supports_pdf = True
    # The API's docs name no maximum; the daftradocs222 page says 1000.
    max_page_size = 1000
    default_page_size = _declared.DEFAULT_PAGE_SIZE
    envelope = _declared.ENVELOPE
    paging = _declared.PAGING
    # api2's result and code, beside every kind of document object.
    body_context = staticmethod(_documents.check_answer)
    number_filter = "no"
    webhooks_unsupported_reason = (
        "Daftra's API (docs.daftara.dev) documents no webhooks or event subscriptions; "
        "poll with updated_since-style listings instead"
    )

    def __init__(
        self, *, clock: Callable[[], float] = time.time, account: Account = NOTHING_KNOWN
    ) -> None:
        self._clock = clock
        self._account = account

    def configured(self, options: Mapping[str, str]) -> DaftraVendor:
        """This vendor with the ``taxes``, ``site_info`` and ``timezone`` options applied
        (`invoicekit_daftra._account.from_options`; a bad one is a `ConfigurationError`)."""
        return DaftraVendor(clock=self._clock, account=_account.from_options(dict(options)))

    def normalize(self, body: bytes) -> Invoice:
        """The declared way (`invoicekit.Vendor.normalize`) in one decode fewer: the answer's
        ``result``, ``code`` and ``data`` are read together (`_documents.single_document`).
        A body that does not read so goes the declared way, which words the error."""
        document = _documents.single_document(body)
        if document is None:
            return super().normalize(body)
        try:
            return _documents.normalize_document(document, None, self._account)
        except Exception as exc:
            # Only a failure pays for the rooting: `rooted` translates the error it re-raises.
            return rooted(self.name, _DATA_PATH, functools.partial(_reraise, exc))

    def map_invoice(self, raw: msgspec.Raw, context: Any) -> Invoice:
        """Every kind of document object (``data``, or a list item), with the account data
        the options gave (`normalize`; a client's flows pass what they read)."""
        return _documents.normalize_document(raw, context, self._account)

    def check_id(self, invoice_id: str) -> None:
        """Daftra invoice ids are positive integers."""
        if not _INVOICE_ID.fullmatch(invoice_id):
            raise ConfigurationError(
                f"{invoice_id[:40]!r} is not a Daftra invoice id (a positive integer)",
                vendor=self.name,
            )

    def authenticate(self, credentials: Mapping[str, str], base_url: httpx.URL) -> httpx.Auth:
        """The ``apikey`` header for an API key, ``Authorization: Bearer`` for a token, and
        the OAuth 2.0 token endpoint (`invoicekit_daftra._auth`) for the other sets, wrapped
        in `invoicekit_daftra._session.AccountAuth`."""
        # The HTTP side loads httpx, which `invoicekit.normalize` never needs.
        from invoicekit.plugin import HeaderAuth  # noqa: PLC0415

        from . import _api, _auth, _session  # noqa: PLC0415

        inner: httpx.Auth
        if credentials.get("api_key"):
            inner = _api.ApiKeyAuth(credentials["api_key"])
        elif credentials.get("token"):
            inner = HeaderAuth.bearer(credentials["token"])
        else:
            inner = _auth.oauth(credentials, base_url, clock=self._clock)
        # The client's one object of its own, so it carries the account read (`_session`).
        return _session.AccountAuth(inner)

    def accepts_native_filter(self, name: str) -> bool:
        """The documented list parameters, except those the plugin sets (page, limit, ...)."""
        return name in _list_params().NATIVE_FILTERS or name == _documents.KIND_FILTER

    def native_filters(self) -> Mapping[str, str]:
        """The documented list parameters with their value types, and ``kind``."""
        return {**_list_params().native_filter_types(), _documents.KIND_FILTER: "text"}

    def status_filter(self, statuses: tuple[InvoiceStatus, ...]) -> tuple[str, ...]:
        """One status per request: draft, open, partially_paid, paid or overpaid.

        Refunded is refused because the list filter documents its code 3 both as Refunded and
        as Subscriptions; issued, void and unknown have no Daftra counterpart.
        """
        wanted = set(statuses)
        if len(wanted) > 1:
            raise Unsupported(
                self.name,
                f"filtering by several statuses at once ({', '.join(sorted(wanted))})",
                "its list takes one payment_status (or draft=1) per request",
            )
        tokens = []
        for status in wanted:
            token = _codes.FILTER_STATUSES.get(status)
            if token is None:
                supported = ", ".join(sorted(_codes.FILTER_STATUSES))
                raise Unsupported(
                    self.name, f"the {status.value!r} status filter", f"it can filter {supported}"
                )
            tokens.append(token)
        return tuple(tokens)

    def get_invoice_flow(self, invoice_id: str) -> Flow:
        """The invoice, credit note or refund receipt with this id (`_documents`), with the
        account's taxes, seller and zone (read on the client's first call, `_session`)."""
        return self._get_document(invoice_id)

    def _get_document(self, invoice_id: str) -> Generator[Call, httpx.Response, Invoice]:
        from . import _session  # noqa: PLC0415 - it imports httpx

        response = yield from _documents.find_document_flow(invoice_id)
        account = yield from _session.account_flow(response, self._account)
        mapping = functools.partial(_documents.normalize_document, account=account)
        assert self.envelope is not None
        return read_invoice(self.name, self.envelope, response.content, mapping, self.body_context)

    def list_invoices_flow(self, query: ListQuery) -> ListFlow:
        """The declared paging over `list_request`, each page read with the account's data."""
        # `_session` imports httpx; the paging loop is the listing side (dataclasses).
        from invoicekit.plugin import list_flow  # noqa: PLC0415

        from . import _session  # noqa: PLC0415

        watch = _session.Watch(self._account)
        assert self.envelope is not None
        flow = list_flow(
            self.name,
            self.paging,
            request=lambda params: self.list_request(query, params),
            read=lambda page: self._read_page(query, page, watch),
            page_size=query.page_size or self.default_page_size,
            items=self.envelope.items,
        )
        return watch.around(flow)

    def list_request(self, query: ListQuery, params: dict[str, Any]) -> Mapping[str, Any]:
        """A page of ``/api2/invoices.json``, oldest first by id, lines included; with
        ``kind=credit_note`` or ``kind=refund`` of the credit-note or refund-receipt list."""
        kind = _documents.wanted_kind(query)
        if kind is not InvoiceKind.INVOICE:
            return _documents.documents_request(query, kind, params)
        from dataclasses import replace  # noqa: PLC0415 - the listing side only

        native = {k: v for k, v in query.native.items() if k != _documents.KIND_FILTER}
        kwargs: Mapping[str, Any] = _list_params().list_call_kwargs(
            replace(query, native=native), params
        )
        return kwargs

    def _read_page(
        self, query: ListQuery, page: RawPage, watch: _session.Watch
    ) -> Generator[Call, httpx.Response, Sequence[Invoice]]:
        """The page's documents, mapped with the account data (the core then keeps only the
        statuses asked for: see `coarse_statuses`)."""
        account = yield from watch.account()
        context = rooted(self.name, "$", lambda: self.body_context(page.body))
        return page.invoices(lambda raw: _documents.normalize_document(raw, context, account))

    # The HTTP side (`_api`, which loads httpx), imported on first use: Daftra's code and
    # message (plus any validation_errors), and the invoice then the document at its
    # invoice_pdf_url.
    parse_error = deferred(f"{__name__}._api")
    download_pdf_flow = deferred(f"{__name__}._api")

    def sandbox(self) -> type[DaftraSandbox]:
        """A local fake of api2's invoices: `invoicekit_daftra._sandbox.DaftraSandbox`."""
        from ._sandbox import DaftraSandbox  # noqa: PLC0415 - keeps importing the plugin light

        return DaftraSandbox


@hookimpl
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the Daftra vendor."""
    register(DaftraVendor())
