"""`connect()` and `connect_async()`: normalized invoices from a vendor's live API.

Both clients drive the vendor's sans-I/O flows (see `invoicekit.flows`) and apply one network
policy: retries with backoff in the transport (`RetryPolicy`), credentials only for the origin of
``base_url``, redirects followed by hand so that credential headers never reach another host,
capped body sizes, and typed errors for every failure.

Listing is lazy: one page is requested, its invoices are yielded, and only then is the next page
fetched. Within one iteration an invoice id is never yielded twice. If invoices are added while
you page, a vendor that lists oldest first appends them at the end, so they are picked up or not
depending on timing, but nothing already listed shifts; see each vendor's docs for its order.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Self

import httpx
import msgspec

from . import _http, _lookup
from ._client_options import DEFAULT_TIMEOUT, ClientOptions, resolve
from ._flowtypes import DECODED_EXTENSION
from ._plugins import get_vendor
from ._query import build_query, filters_of
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, _Schedule
from ._translate import advance
from .errors import NormalizationError, TransportError
from .flows import Call, ListQuery, Page
from .model import Invoice, InvoiceStatus
from .vendor import Vendor

__all__ = ["AsyncInvoiceClient", "InvoiceClient", "connect", "connect_async"]

logger = logging.getLogger("invoicekit.http")
#: A flow may take some error answers itself (`Call.tolerate`), never these: bad credentials
#: and rate limits must reach the caller as their typed errors.
_NEVER_TOLERATED = frozenset({401, 429})
_UNDECODED = object()


# Marks, among the ids seen, that the last page was all repeats (no id holds a NUL: check_id).
_REPEATED = "\0repeated page"


def _unseen(vendor: str, page: Page, seen: set[str]) -> Iterator[Invoice]:
    """The invoices of ``page`` not yielded before in this iteration, remembering them.

    Two pages in a row of nothing but invoices already listed are a pagination loop (a
    next-page link back to page 1): a typed error, never an endless listing. One such page is
    let through, so a plugin that detects the loop itself (a cursor that does not move) says so
    first.
    """
    fresh = [invoice for invoice in page.invoices if invoice.id not in seen]
    if page.invoices and not fresh:
        if _REPEATED in seen:
            raise NormalizationError(
                vendor, "$", "the next pages repeat invoices already listed: a pagination loop"
            )
        seen.add(_REPEATED)
    elif fresh:
        seen.discard(_REPEATED)
    for invoice in fresh:
        if invoice.id not in seen:  # an id twice on one page is yielded once too
            seen.add(invoice.id)
            yield invoice


class _Base:
    """Configuration shared by the two clients."""

    def __init__(
        self,
        vendor: str | Vendor,
        *,
        base_url: str | httpx.URL,
        options: ClientOptions,
        credentials: Mapping[str, str],
    ) -> None:
        self.options = options
        allow_insecure = options.allow_insecure
        self.vendor = get_vendor(vendor) if isinstance(vendor, str) else vendor
        # The vendor's non-secret options (Yeti's timezone) arrive among the keywords too.
        settings = {k: v for k, v in credentials.items() if k in self.vendor.options}
        if settings:
            self.vendor = self.vendor.configured(settings)
            credentials = {k: v for k, v in credentials.items() if k not in settings}
        self.base_url = _http.base_url(self.vendor.name, base_url, allow_insecure=allow_insecure)
        self.limits = options.limits
        self._allow_insecure = allow_insecure
        self._secrets = _http.check_credential_values(self.vendor.name, credentials)
        self.vendor.check_credentials(credentials)
        self._credential_names = _http.credential_repr(credentials)
        self._auth = self.vendor.authenticate(credentials, self.base_url)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} vendor={self.vendor.name!r} "
            f"base_url={_http.safe_url(self.base_url)!r} credentials=[{self._credential_names}]>"
        )

    def _query(
        self,
        *,
        issued_since: object,
        issued_until: object,
        updated_since: object,
        status: object,
        page_size: object,
        native: Mapping[str, object] | None,
        native_filters: Mapping[str, object],
    ) -> ListQuery:
        """The `ListQuery` of `list_invoices`' (or `pages`') arguments, validated.

        Called straight from those methods: the deprecation warning of ``**native`` names
        their caller's line.
        """
        common = {
            "issued_since": issued_since,
            "issued_until": issued_until,
            "updated_since": updated_since,
            "status": status,
            "page_size": page_size,
        }
        return build_query(self.vendor, filters_of(self.vendor, common, native, native_filters))

    def _page(self, query: ListQuery, page: Page, seen: set[str]) -> Page:
        """``page`` as the caller sees it: without repeats, and, after a coarse status filter,
        without the statuses not asked for (the vendor's total then counts more than is
        listed, so it is dropped)."""
        fresh = tuple(_unseen(self.vendor.name, page, seen))
        if query.keep is None:
            return Page(fresh, page.total, page.deleted)
        return Page(tuple(filter(query.keeps, fresh)), None, page.deleted)

    def _trusted(self, url: httpx.URL) -> bool:
        return _http.same_origin(url, self.base_url)

    def _finish(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        chunks: list[bytes],
        size: int,
    ) -> httpx.Response:
        """The fully read response, after the checks every call gets: status, then PDF."""
        self._log(request, response, size)
        final = _http.buffered(response, request, chunks)
        if final.status_code not in call.tolerate or final.status_code in _NEVER_TOLERATED:
            _http.raise_for_status(self.vendor, request, final, self._secrets)
        if call.purpose == "pdf":
            _http.check_pdf(self.vendor.name, final)
        return final

    def _complete(
        self,
        call: Call,
        request: httpx.Request,
        response: httpx.Response,
        chunks: list[bytes],
        size: int,
        *,
        schedule: _Schedule,
    ) -> httpx.Response | float:
        """The finished response, or the wait before retrying a JSON body cut short."""
        body = b"".join(chunks)
        decoded: Any = _UNDECODED
        if call.purpose == "api":
            decoder = call.decoder
            if decoder is not None and response.is_success:
                # The flow's own decode of the body, done here once: a body it decodes is
                # complete JSON, so the scan for one cut short would find nothing.
                try:
                    decoded = (decoder, decoder.decode(body))
                except msgspec.MsgspecError:
                    decoded = _UNDECODED  # the scan decides; the flow words the error
            if decoded is _UNDECODED:
                wait = schedule.after_body(response, body)
                if wait is not None:
                    return wait
        final = self._finish(call, request, response, [body], size)
        if decoded is not _UNDECODED:
            final.extensions[DECODED_EXTENSION] = decoded
        return final

    def _retry_or_raise(
        self, request: httpx.Request, schedule: _Schedule, exc: httpx.HTTPError
    ) -> float:
        """The wait before retrying after `exc`, or its typed error when the budget says no."""
        wait = schedule.after_error(exc)
        if wait is None:
            raise _http.transport_error(self.vendor.name, request, exc, self._secrets) from exc
        return wait

    def _too_many_redirects(self, request: httpx.Request) -> TransportError:
        return TransportError(
            self.vendor.name,
            method=request.method,
            path=request.url.path,
            reason="too many redirects",
        )

    def _log(self, request: httpx.Request, response: httpx.Response, size: int) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return  # the safe URL is a copy of the URL, built for nothing otherwise
        logger.debug(
            "%s %s %s -> %s (%d bytes)",
            self.vendor.name,
            request.method,
            _http.safe_url(request.url),
            response.status_code,
            size,
        )


class InvoiceClient(_Base):
    """A blocking client for one vendor account; create it with `invoicekit.connect()`.

    Use it as a context manager, or call `close()` when done.
    """

    def __init__(
        self,
        vendor: str | Vendor,
        *,
        base_url: str | httpx.URL,
        options: ClientOptions | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retries: RetryPolicy | int | None = None,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        allow_insecure: bool = False,
        limits: _http.Limits | None = None,
        credentials: Mapping[str, str] | None = None,
    ) -> None:
        settings = resolve(
            options,
            timeout=timeout,
            retries=retries,
            transport=transport,
            http_client=http_client,
            httpx_args=httpx_args,
            allow_insecure=allow_insecure,
            limits=limits,
        )
        super().__init__(vendor, base_url=base_url, options=settings, credentials=credentials or {})
        self._retry = RetryTransport(settings.sync_transport(), settings.retries)
        self._http = httpx.Client(
            base_url=self.base_url, transport=self._retry, **settings.client_args()
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connections (a `http_client` you passed in stays open)."""
        self._http.close()

    def get_invoice(self, invoice_id: str | int) -> Invoice:
        """Fetch one invoice by the vendor's id."""
        text = _http.check_id(self.vendor, invoice_id)
        result: Invoice = self._run(self.vendor.get_invoice_flow(text))
        return result

    def get_invoice_by_number(self, number: str | int) -> Invoice:
        """Fetch the one invoice whose number is exactly ``number`` (see `invoicekit._lookup`).

        Raises `Unsupported` (before any request) where the vendor cannot look numbers up,
        and `InvoiceNumberNotFound` when no invoice, or several, have that number.
        """
        text = _lookup.check_number(self.vendor, number)
        result: Invoice = self._run(_lookup.find_invoice_flow(self.vendor, text))
        return result

    def list_invoices(
        self,
        *,
        issued_since: date | str | None = None,
        issued_until: date | str | None = None,
        updated_since: datetime | str | None = None,
        status: InvoiceStatus | str | Iterable[InvoiceStatus | str] | None = None,
        page_size: int | None = None,
        native: Mapping[str, object] | None = None,
        **native_filters: object,
    ) -> Iterator[Invoice]:
        """Every invoice matching the filters, page by page, each id at most once.

        Args:
            issued_since: first issue date to include (a `date` or ``YYYY-MM-DD``).
            issued_until: last issue date to include.
            updated_since: only invoices the vendor changed at or after this aware instant.
            status: one `InvoiceStatus` (or its value) or several. Where the vendor's own
                status is coarser (`Vendor.coarse_statuses`), the vendor is asked for the
                coarse one and the others are dropped after mapping: exactly these statuses.
            page_size: invoices per request (at most the vendor's ``max_page_size``).
            native: the vendor's own filters, passed through (``{"filter[id]": "7"}``).
            **native_filters: the same as keywords: a deprecated spelling of ``native``
                (it warns with `DeprecationWarning`).

        Raises `Unsupported` for a common filter the vendor cannot apply and
        `ConfigurationError` for an unknown one or a bad value, before any request.
        """
        query = self._query(
            issued_since=issued_since,
            issued_until=issued_until,
            updated_since=updated_since,
            status=status,
            page_size=page_size,
            native=native,
            native_filters=native_filters,
        )
        return self._iterate(query)

    def download_pdf(self, invoice_id: str | int) -> bytes:
        """The invoice's PDF document."""
        text = _http.check_id(self.vendor, invoice_id)
        result: bytes = self._run(self.vendor.download_pdf_flow(text))
        return result

    def download_xml(self, invoice_id: str | int) -> bytes:
        """The vendor's own e-invoice XML of the invoice (see `invoicekit.einvoice.complete`)."""
        text = _http.check_id(self.vendor, invoice_id)
        result: bytes = self._run(self.vendor.download_xml_flow(text))
        return result

    def pages(
        self,
        *,
        issued_since: date | str | None = None,
        issued_until: date | str | None = None,
        updated_since: datetime | str | None = None,
        status: InvoiceStatus | str | Iterable[InvoiceStatus | str] | None = None,
        page_size: int | None = None,
        native: Mapping[str, object] | None = None,
        **native_filters: object,
    ) -> Iterator[Page]:
        """Like `list_invoices`, one `Page` at a time (a sync commits once per page)."""
        query = self._query(
            issued_since=issued_since,
            issued_until=issued_until,
            updated_since=updated_since,
            status=status,
            page_size=page_size,
            native=native,
            native_filters=native_filters,
        )
        return self._pages(query)

    def _iterate(self, query: ListQuery) -> Iterator[Invoice]:
        for page in self._pages(query):
            yield from page.invoices

    def _pages(self, query: ListQuery) -> Iterator[Page]:
        flow = self.vendor.list_invoices_flow(query)
        seen: set[str] = set()
        reply: httpx.Response | None = None
        while True:
            try:
                step = advance(self.vendor.name, flow, reply)
            except StopIteration:
                return
            if isinstance(step, Page):
                reply = None
                yield self._page(query, step, seen)
            else:
                reply = self._send(step)

    def _run(self, flow: Any) -> Any:
        reply: httpx.Response | None = None
        while True:
            try:
                call = advance(self.vendor.name, flow, reply)
            except StopIteration as done:
                return done.value
            reply = self._send(call)

    def _send(self, call: Call) -> httpx.Response:
        request = _http.build_request(
            self.vendor.name, self._http, call, allow_insecure=self._allow_insecure
        )
        schedule, hops = self._retry.begin(request), 0
        while True:
            outcome = self._attempt(call, request, schedule)
            if isinstance(outcome, httpx.Response):
                return outcome
            if isinstance(outcome, httpx.Request):
                hops += 1
                if hops > self.limits.max_redirects:
                    raise self._too_many_redirects(outcome)
                request, schedule = outcome, self._retry.begin(outcome)
            else:
                self._retry.pause(outcome)

    def _attempt(
        self, call: Call, request: httpx.Request, schedule: _Schedule
    ) -> httpx.Response | httpx.Request | float:
        """Send once: the final response, a redirect's request, or the wait before a retry."""
        name = self.vendor.name
        cap = _http.body_cap(call, self.limits)
        auth = self._auth if self._trusted(request.url) else None
        try:
            response = self._http.send(request, auth=auth, stream=True)
        except httpx.HTTPError as exc:
            # The transport retried this request's own sends; this is what broke around them
            # (the body of a login that an auth flow reads), which the shared budget may retry.
            return self._retry_or_raise(request, schedule, exc)
        try:
            if _http.is_redirect(response):
                return _http.redirect(name, request, response, allow_insecure=self._allow_insecure)
            _http.check_declared_size(name, request, response, cap)
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise _http.too_large(name, request, cap)
                chunks.append(chunk)
        except httpx.HTTPError as exc:
            # The connection broke mid-body: the transport never saw it, so retry it here.
            return self._retry_or_raise(request, schedule, exc)
        finally:
            response.close()
        return self._complete(call, request, response, chunks, size, schedule=schedule)


class AsyncInvoiceClient(_Base):
    """The `InvoiceClient` API for asyncio; create it with `invoicekit.connect_async()`.

    Use it as ``async with``, or await `close()` when done.
    """

    def __init__(
        self,
        vendor: str | Vendor,
        *,
        base_url: str | httpx.URL,
        options: ClientOptions | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retries: RetryPolicy | int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        allow_insecure: bool = False,
        limits: _http.Limits | None = None,
        credentials: Mapping[str, str] | None = None,
    ) -> None:
        settings = resolve(
            options,
            timeout=timeout,
            retries=retries,
            transport=transport,
            http_client=http_client,
            httpx_args=httpx_args,
            allow_insecure=allow_insecure,
            limits=limits,
        )
        super().__init__(vendor, base_url=base_url, options=settings, credentials=credentials or {})
        self._retry = AsyncRetryTransport(settings.async_transport(), settings.retries)
        self._http = httpx.AsyncClient(
            base_url=self.base_url, transport=self._retry, **settings.client_args()
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connections (a `http_client` you passed in stays open)."""
        await self._http.aclose()

    async def get_invoice(self, invoice_id: str | int) -> Invoice:
        """Fetch one invoice by the vendor's id."""
        text = _http.check_id(self.vendor, invoice_id)
        result: Invoice = await self._run(self.vendor.get_invoice_flow(text))
        return result

    async def get_invoice_by_number(self, number: str | int) -> Invoice:
        """Fetch the one invoice whose number is exactly ``number``, as the blocking client."""
        text = _lookup.check_number(self.vendor, number)
        result: Invoice = await self._run(_lookup.find_invoice_flow(self.vendor, text))
        return result

    def list_invoices(
        self,
        *,
        issued_since: date | str | None = None,
        issued_until: date | str | None = None,
        updated_since: datetime | str | None = None,
        status: InvoiceStatus | str | Iterable[InvoiceStatus | str] | None = None,
        page_size: int | None = None,
        native: Mapping[str, object] | None = None,
        **native_filters: object,
    ) -> AsyncIterator[Invoice]:
        """Every invoice matching the filters, page by page, each id at most once.

        Args:
            issued_since: first issue date to include (a `date` or ``YYYY-MM-DD``).
            issued_until: last issue date to include.
            updated_since: only invoices the vendor changed at or after this aware instant.
            status: one `InvoiceStatus` (or its value) or several. Where the vendor's own
                status is coarser (`Vendor.coarse_statuses`), the vendor is asked for the
                coarse one and the others are dropped after mapping: exactly these statuses.
            page_size: invoices per request (at most the vendor's ``max_page_size``).
            native: the vendor's own filters, passed through (``{"filter[id]": "7"}``).
            **native_filters: the same as keywords: a deprecated spelling of ``native``
                (it warns with `DeprecationWarning`).

        Raises `Unsupported` for a common filter the vendor cannot apply and
        `ConfigurationError` for an unknown one or a bad value, before any request.
        """
        query = self._query(
            issued_since=issued_since,
            issued_until=issued_until,
            updated_since=updated_since,
            status=status,
            page_size=page_size,
            native=native,
            native_filters=native_filters,
        )
        return self._iterate(query)

    async def download_pdf(self, invoice_id: str | int) -> bytes:
        """The invoice's PDF document."""
        text = _http.check_id(self.vendor, invoice_id)
        result: bytes = await self._run(self.vendor.download_pdf_flow(text))
        return result

    async def download_xml(self, invoice_id: str | int) -> bytes:
        """The vendor's own e-invoice XML of the invoice (see `invoicekit.einvoice.complete`)."""
        text = _http.check_id(self.vendor, invoice_id)
        result: bytes = await self._run(self.vendor.download_xml_flow(text))
        return result

    def pages(
        self,
        *,
        issued_since: date | str | None = None,
        issued_until: date | str | None = None,
        updated_since: datetime | str | None = None,
        status: InvoiceStatus | str | Iterable[InvoiceStatus | str] | None = None,
        page_size: int | None = None,
        native: Mapping[str, object] | None = None,
        **native_filters: object,
    ) -> AsyncIterator[Page]:
        """Like `list_invoices`, one `Page` at a time (a sync commits once per page)."""
        query = self._query(
            issued_since=issued_since,
            issued_until=issued_until,
            updated_since=updated_since,
            status=status,
            page_size=page_size,
            native=native,
            native_filters=native_filters,
        )
        return self._pages(query)

    async def _iterate(self, query: ListQuery) -> AsyncIterator[Invoice]:
        async for page in self._pages(query):
            for invoice in page.invoices:
                yield invoice

    async def _pages(self, query: ListQuery) -> AsyncIterator[Page]:
        flow = self.vendor.list_invoices_flow(query)
        seen: set[str] = set()
        reply: httpx.Response | None = None
        while True:
            try:
                step = advance(self.vendor.name, flow, reply)
            except StopIteration:
                return
            if isinstance(step, Page):
                reply = None
                yield self._page(query, step, seen)
            else:
                reply = await self._send(step)

    async def _run(self, flow: Any) -> Any:
        reply: httpx.Response | None = None
        while True:
            try:
                call = advance(self.vendor.name, flow, reply)
            except StopIteration as done:
                return done.value
            reply = await self._send(call)

    async def _send(self, call: Call) -> httpx.Response:
        request = _http.build_request(
            self.vendor.name, self._http, call, allow_insecure=self._allow_insecure
        )
        schedule, hops = self._retry.begin(request), 0
        while True:
            outcome = await self._attempt(call, request, schedule)
            if isinstance(outcome, httpx.Response):
                return outcome
            if isinstance(outcome, httpx.Request):
                hops += 1
                if hops > self.limits.max_redirects:
                    raise self._too_many_redirects(outcome)
                request, schedule = outcome, self._retry.begin(outcome)
            else:
                await self._retry.pause(outcome)

    async def _attempt(
        self, call: Call, request: httpx.Request, schedule: _Schedule
    ) -> httpx.Response | httpx.Request | float:
        """Send once: the final response, a redirect's request, or the wait before a retry."""
        name = self.vendor.name
        cap = _http.body_cap(call, self.limits)
        auth = self._auth if self._trusted(request.url) else None
        try:
            response = await self._http.send(request, auth=auth, stream=True)
        except httpx.HTTPError as exc:
            # The transport retried this request's own sends; this is what broke around them
            # (the body of a login that an auth flow reads), which the shared budget may retry.
            return self._retry_or_raise(request, schedule, exc)
        try:
            if _http.is_redirect(response):
                return _http.redirect(name, request, response, allow_insecure=self._allow_insecure)
            _http.check_declared_size(name, request, response, cap)
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise _http.too_large(name, request, cap)
                chunks.append(chunk)
        except httpx.HTTPError as exc:
            # The connection broke mid-body: the transport never saw it, so retry it here.
            return self._retry_or_raise(request, schedule, exc)
        finally:
            await response.aclose()
        return self._complete(call, request, response, chunks, size, schedule=schedule)


def connect(
    vendor: str,
    *,
    base_url: str,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | None = None,
    transport: httpx.BaseTransport | None = None,
    http_client: httpx.Client | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    allow_insecure: bool = False,
    limits: _http.Limits | None = None,
    **credentials: str,
) -> InvoiceClient:
    """Connect to a vendor's API and return a blocking `InvoiceClient`.

    Args:
        vendor: a registered vendor name (`invoicekit.vendors()`).
        base_url: the root the vendor's own paths hang from, e.g. ``https://acme.daftra.com``;
            may carry a path prefix (a proxy, the sandbox's ``/daftra``).
        timeout: seconds per request, or an `httpx.Timeout`.
        retries: a `RetryPolicy`, or a number of retries with the default backoff.
        transport: an httpx transport to send through (`httpx.MockTransport` in tests).
        http_client: your own configured `httpx.Client` (proxies, CA bundle, mTLS, event hooks).
        httpx_args: or httpx settings for the client invoicekit builds (``verify``, ``cert``,
            ``proxy``, ``headers``, ``event_hooks``...).
        allow_insecure: allow plain http to a non-loopback host.
        limits: body size and redirect caps (`Limits`).
        **credentials: the vendor's credentials, e.g. ``api_key=...`` (see the vendor's docs).
    """
    return InvoiceClient(
        vendor,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        http_client=http_client,
        httpx_args=httpx_args,
        allow_insecure=allow_insecure,
        limits=limits,
        credentials=credentials,
    )


def connect_async(
    vendor: str,
    *,
    base_url: str,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.AsyncClient | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    allow_insecure: bool = False,
    limits: _http.Limits | None = None,
    **credentials: str,
) -> AsyncInvoiceClient:
    """Like `connect`, for asyncio: ``async with invoicekit.connect_async(...) as client:``."""
    return AsyncInvoiceClient(
        vendor,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        http_client=http_client,
        httpx_args=httpx_args,
        allow_insecure=allow_insecure,
        limits=limits,
        credentials=credentials,
    )
