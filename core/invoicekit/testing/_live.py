"""The kit's checks through the vendor's sandbox: the real generated client, over HTTP semantics.

Every check connects with `invoicekit.sandbox.SandboxServer.connect` (the in-process sandbox
transport: no socket), so the vendor's flows, its generated client, the core's retries and
error mapping all run as in production. Where the vendor's declared capabilities rule a check
out (no PDF, no such filter), the check proves instead that the client refuses the operation
(`invoicekit.Unsupported`) before any request, so nothing is skipped silently.

Mixed into `invoicekit.testing.VendorConformance`; each ``test_*`` method reads the class
attributes documented there.
"""

from __future__ import annotations

import asyncio
import contextlib
import tracemalloc
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar

import httpx
import pytest

import invoicekit
import invoicekit.plugin
from invoicekit import Invoice, InvoiceStatus
from invoicekit._retry import RetryPolicy
from invoicekit.sandbox import IN_PROCESS_ORIGIN, Faults, SandboxServer, SandboxTransport
from invoicekit.testing._base import KitBase
from invoicekit.testing._invariants import scale_problems
from invoicekit.testing._paths import decode_exact

__all__ = ["FAULTS", "LAZY_SIZE", "AnswerOverride", "SandboxChecks", "connect_through"]

#: The faults `SandboxChecks.test_retries_ride_out_sandbox_faults` lists through.
FAULTS = Faults(
    rate_429=0.1,
    retry_after=0.001,
    rate_500=0.1,
    rate_503=0.1,
    rate_disconnect=0.05,
    rate_truncate=0.05,
    seed=7,
)
#: Retries that wait next to nothing, so that riding out faults does not sleep.
_QUICK_RETRIES = RetryPolicy(attempts=10, backoff=0.0005, backoff_max=0.002, jitter=0.0)
#: Invoices of the sandbox `test_sandbox_is_lazy` builds; nothing may be generated up front.
LAZY_SIZE = 100_000
#: Bytes a sandbox of `LAZY_SIZE` invoices may allocate when built: far less than the data.
_LAZY_BUDGET = 16 * 1024 * 1024
#: How long an injected 429 asks to wait, in seconds (fractional: no test sleeps).
_RETRY_AFTER = 0.05
_PROBE_MESSAGE = "invoicekit conformance probe"
_WRONG = "-invoicekit-wrong-3f9c"


def _server(vendor: str, **options: Any) -> SandboxServer:
    """A sandbox of ``vendor`` only; its clients answer in-process, so it is never started."""
    return SandboxServer([vendor], **options)


#: The typed error each vendor error status must become.
_STATUS_ERRORS: dict[int, type[invoicekit.VendorError]] = {
    401: invoicekit.AuthenticationError,
    403: invoicekit.AuthenticationError,
    404: invoicekit.NotFound,
    429: invoicekit.RateLimited,
}


class AnswerOverride(httpx.BaseTransport):
    """The sandbox, except that requests whose URL path ``matches`` get ``answer`` (a vendor
    error, a documented example); logins and token requests still reach the sandbox."""

    def __init__(
        self, inner: SandboxTransport, matches: Callable[[str], bool], answer: httpx.Response
    ) -> None:
        self.inner, self.matches, self.answer = inner, matches, answer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """``answer`` for a matching request, else the sandbox's."""
        if self.matches(request.url.path):
            return httpx.Response(
                self.answer.status_code, content=self.answer.content, headers=self.answer.headers
            )
        return self.inner.handle_request(request)


def connect_through(
    server: SandboxServer, vendor: str, transport: httpx.BaseTransport
) -> invoicekit.InvoiceClient:
    """A client of ``vendor`` with the sandbox's credentials, sending through ``transport``
    (in-process, never retrying)."""
    options: dict[str, Any] = {
        **server.credentials(vendor),
        "transport": transport,
        "base_url": f"{IN_PROCESS_ORIGIN}/{vendor}",
        "retries": 0,
    }
    return invoicekit.connect(vendor, **options)


def _differences(left: Invoice, right: Invoice) -> list[str]:
    """The fields other than ``raw`` in which two invoices differ."""
    names = [name for name in left.__struct_fields__ if name != "raw"]
    return [name for name in names if getattr(left, name) != getattr(right, name)]


def _as_json(invoices: Iterable[Invoice]) -> list[bytes]:
    return [invoicekit.to_json(invoice) for invoice in invoices]


class SandboxChecks(KitBase):
    """Checks on the vendor's sandbox, through `invoicekit.connect` and `connect_async`."""

    list_page_size: ClassVar[int] = 7
    sandbox_size: ClassVar[int] = 40
    missing_invoice_id: ClassVar[str | None] = None
    pdf_attempts: ClassVar[int] = 10

    # -- fixtures -------------------------------------------------------------------------------

    @pytest.fixture(scope="class")
    @classmethod
    def kit_sandbox(cls) -> SandboxServer:
        """A fault-free sandbox of ``sandbox_size`` invoices of this vendor only, seed 0."""
        if not invoicekit.get_vendor(cls.vendor).capabilities().has_sandbox:
            pytest.skip(f"{cls.vendor} has no sandbox")
        return _server(cls.vendor, size=cls.sandbox_size)

    @pytest.fixture(scope="class")
    @classmethod
    def kit_listing(cls, kit_sandbox: SandboxServer) -> list[Invoice]:
        """Every invoice of `kit_sandbox`, listed once."""
        with kit_sandbox.connect(cls.vendor) as client:
            return list(client.list_invoices(page_size=cls.list_page_size))

    def _implementation(self) -> invoicekit.plugin.Vendor:
        return invoicekit.get_vendor(self.vendor)

    def _missing_id(self, server: SandboxServer) -> str:
        """An id the vendor could have, that ``server`` does not serve: the newest of a sandbox
        a hundred times larger (the first new ones may name other documents, such as Daftra's
        credit notes, that share the invoices' numbering). Newest is the last of the list order,
        or the first for a vendor that lists newest first."""
        if self.missing_invoice_id is not None:
            return self.missing_invoice_id
        served = {str(known) for known in server.app.sandbox(self.vendor).invoice_ids()}
        factory = self._implementation().sandbox()
        assert factory is not None
        larger = factory(size=len(served) * 100 + 10, seed=server.app.seed).invoice_ids()
        for candidate in (str(larger[-1]), str(larger[0])):
            if candidate not in served:
                return candidate
        pytest.fail("set missing_invoice_id: a larger sandbox serves no new id")

    def _secrets(self, server: SandboxServer) -> list[str]:
        return [value for value in server.credentials(self.vendor).values() if len(value) >= 8]

    def _assert_masked(self, error: BaseException, secrets: list[str]) -> None:
        shown = " ".join(
            str(part)
            for part in (error, repr(error), *vars(error).values(), error.__cause__)
            if part is not None
        )
        for secret in secrets:
            assert secret not in shown, f"a credential appears in {type(error).__name__}"

    # -- listing --------------------------------------------------------------------------------

    def test_sandbox_lists_every_invoice_exactly_once(self, invoicekit_sandbox: Any) -> None:
        """Listing the sandbox yields each of its invoices once, each conformant, with the
        scale the vendor wrote."""
        expected = list(invoicekit_sandbox.app.sandbox(self.vendor).invoice_ids())
        with invoicekit_sandbox.connect(self.vendor) as client:
            invoices = list(client.list_invoices(page_size=self.list_page_size))
        ids = [invoice.id for invoice in invoices]
        assert len(ids) == len(set(ids)), "an invoice was listed twice"
        assert sorted(ids) == sorted(expected), "listing lost or invented invoices"
        for invoice in invoices:
            self._check(invoice)
            problems = scale_problems(invoice, decode_exact(bytes(invoice.raw)))
            assert not problems, f"{invoice.id}: " + "; ".join(problems)

    def test_listing_order_is_the_vendors(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """The listing comes in the vendor's list order (the sandbox's `invoice_ids`)."""
        expected = [str(item) for item in kit_sandbox.app.sandbox(self.vendor).invoice_ids()]
        assert [invoice.id for invoice in kit_listing] == expected

    def _picks(self, listing: list[Invoice]) -> list[Invoice]:
        return [listing[index] for index in sorted({0, len(listing) // 2, len(listing) - 1})]

    def test_sandbox_get_matches_the_listing(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """Fetching an invoice by id gives the listed invoice, equal on every field but ``raw``
        (see `test_get_and_list_keep_the_same_raw`)."""
        with kit_sandbox.connect(self.vendor) as client:
            for listed in self._picks(kit_listing):
                fetched = client.get_invoice(listed.id)
                self._check(fetched)
                differences = _differences(fetched, listed)
                assert not differences, f"{listed.id}: get and list differ in {differences}"

    def test_get_and_list_keep_the_same_raw(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """``raw`` is the invoice object's own JSON whether the invoice was fetched or listed."""
        with kit_sandbox.connect(self.vendor) as client:
            for listed in self._picks(kit_listing):
                fetched = client.get_invoice(listed.id)
                assert decode_exact(bytes(fetched.raw)) == decode_exact(bytes(listed.raw)), (
                    f"{listed.id}: get's raw is not the listed invoice object"
                )

    def test_async_client_matches_the_blocking_one(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """`connect_async` lists, gets and fails exactly as `connect` does."""
        missing = self._missing_id(kit_sandbox)
        last = kit_listing[-1].id

        async def run() -> tuple[list[Invoice], Invoice, BaseException | None]:
            async with kit_sandbox.connect_async(self.vendor) as client:
                listed = [
                    invoice async for invoice in client.list_invoices(page_size=self.list_page_size)
                ]
                fetched = await client.get_invoice(last)
                try:
                    await client.get_invoice(missing)
                except invoicekit.InvoiceKitError as exc:
                    return listed, fetched, exc
                return listed, fetched, None

        listed, fetched, error = asyncio.run(run())
        assert _as_json(listed) == _as_json(kit_listing)
        with kit_sandbox.connect(self.vendor) as client:
            assert invoicekit.to_json(fetched) == invoicekit.to_json(client.get_invoice(last))
        assert isinstance(error, invoicekit.NotFound), error

    # -- page size and filters ------------------------------------------------------------------

    def test_page_size_is_honoured_within_its_bounds(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """Each page holds ``page_size`` invoices (the last may hold fewer); sizes outside
        ``1..max_page_size`` are refused before any request (and ``page_size`` itself, by a
        vendor that does not declare it)."""
        implementation = self._implementation()
        if not self._declares(kit_sandbox, "page_size", 1):
            return
        with kit_sandbox.connect(self.vendor) as client:
            for size in (1, self.list_page_size):
                sizes = [len(page.invoices) for page in client.pages(page_size=size)]
                assert sum(sizes) == len(kit_listing)
                assert all(count == size for count in sizes[:-1]), sizes
                assert 0 < sizes[-1] <= size, sizes
            for wrong in (0, -1):
                with pytest.raises(invoicekit.ConfigurationError):
                    client.list_invoices(page_size=wrong)
            if implementation.max_page_size is not None:
                largest = [
                    page.invoices for page in client.pages(page_size=implementation.max_page_size)
                ]
                assert sum(map(len, largest)) == len(kit_listing)
                with pytest.raises(invoicekit.ConfigurationError):
                    client.list_invoices(page_size=implementation.max_page_size + 1)

    def _filtered(self, server: SandboxServer, **filters: Any) -> list[str]:
        with server.connect(self.vendor) as client:
            return [i.id for i in client.list_invoices(page_size=self.list_page_size, **filters)]

    def _declares(self, server: SandboxServer, name: str, probe: Any) -> bool:
        """Whether the vendor declares the common filter ``name``; when it does not, the client
        must refuse it (`Unsupported`) before any request, never ignore it."""
        if name in self._implementation().filters:
            return True
        with server.connect(self.vendor) as client, pytest.raises(invoicekit.Unsupported):
            client.list_invoices(**{name: probe})
        return False

    def test_issued_since_and_until_are_honoured_exactly(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """``issued_since``/``issued_until`` keep exactly the invoices issued on or after /
        on or before the date (bounds inclusive); an undeclared one is refused."""
        declared = {
            name
            for name in ("issued_since", "issued_until")
            if self._declares(kit_sandbox, name, kit_listing[0].issue_date or date(2026, 1, 1))
        }
        if not declared:
            return
        dates = sorted({i.issue_date for i in kit_listing if i.issue_date is not None})
        assert dates, "the sandbox's invoices have no issue dates"
        middle = dates[len(dates) // 2]
        if "issued_since" in declared:
            expected = [i.id for i in kit_listing if i.issue_date and i.issue_date >= middle]
            assert self._filtered(kit_sandbox, issued_since=middle) == expected
        if "issued_until" in declared:
            expected = [i.id for i in kit_listing if i.issue_date and i.issue_date <= middle]
            assert self._filtered(kit_sandbox, issued_until=middle) == expected

    def test_status_filter_is_honoured_exactly(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """``status=S`` keeps exactly the invoices whose normalized status is S (a status the
        vendor cannot filter, or the filter if undeclared, is refused)."""
        if not self._declares(kit_sandbox, "status", InvoiceStatus.PAID):
            return
        statuses = sorted({invoice.status for invoice in kit_listing})
        filtered = 0
        for status in statuses:
            expected = [i.id for i in kit_listing if i.status is status]
            try:
                assert self._filtered(kit_sandbox, status=status) == expected, status
            except invoicekit.Unsupported:
                continue  # a status the vendor cannot filter is refused before any request
            filtered += 1
        assert filtered, f"none of the statuses {statuses} can be filtered"
        absent = [s for s in InvoiceStatus if s not in statuses and s is not InvoiceStatus.UNKNOWN]
        for status in absent[:1]:
            with contextlib.suppress(invoicekit.Unsupported):
                assert self._filtered(kit_sandbox, status=status) == [], status

    def test_updated_since_is_honoured_exactly(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """``updated_since=T`` keeps exactly the invoices the vendor changed at or after T; an
        undeclared filter is refused."""
        if not self._declares(kit_sandbox, "updated_since", datetime(2026, 1, 1, tzinfo=UTC)):
            return
        instants = sorted({i.updated_at for i in kit_listing if i.updated_at is not None})
        assert instants, "the sandbox's invoices carry no updated_at"
        middle = instants[len(instants) // 2]
        expected = {i.id for i in kit_listing if i.updated_at and i.updated_at >= middle}
        assert set(self._filtered(kit_sandbox, updated_since=middle)) == expected

    # -- documents and errors -------------------------------------------------------------------

    def test_pdf_download(self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]) -> None:
        """A vendor that `supports_pdf` serves PDFs (some invoices, such as drafts, may have
        none: `Unsupported`), and 404s for an unknown invoice; others refuse before any request.
        """
        implementation = self._implementation()
        with kit_sandbox.connect(self.vendor) as client:
            if not implementation.supports_pdf:
                with pytest.raises(invoicekit.Unsupported):
                    client.download_pdf(kit_listing[0].id)
                assert implementation.pdf_unsupported_reason, "say why there are no PDFs"
                return
            documents = []
            for invoice in kit_listing[: self.pdf_attempts]:
                try:
                    documents.append(client.download_pdf(invoice.id))
                except invoicekit.Unsupported:
                    continue
            assert documents, f"none of the first {self.pdf_attempts} invoices has a PDF"
            assert all(document.startswith(b"%PDF-") for document in documents)
            with pytest.raises((invoicekit.NotFound, invoicekit.Unsupported)):
                client.download_pdf(self._missing_id(kit_sandbox))

    def test_unknown_invoice_is_not_found(self, kit_sandbox: SandboxServer) -> None:
        """404 → `NotFound`, with the vendor's message parsed and no credential in it."""
        missing = self._missing_id(kit_sandbox)
        with (
            kit_sandbox.connect(self.vendor) as client,
            pytest.raises(invoicekit.NotFound) as caught,
        ):
            client.get_invoice(missing)
        error = caught.value
        assert (error.vendor, error.status_code) == (self.vendor, 404)
        assert error.vendor_message, "the vendor's error message was not parsed"
        self._assert_masked(error, self._secrets(kit_sandbox))

    def test_vendor_error_bodies_are_parsed(self, kit_sandbox: SandboxServer) -> None:
        """`Vendor.parse_error` reads the message out of the sandbox's own error body."""
        sandbox = kit_sandbox.app.sandbox(self.vendor)
        for status in (400, 401, 403, 404, 429, 500):
            answer = sandbox.error(status, _PROBE_MESSAGE)
            response = httpx.Response(status, content=answer.body, headers=dict(answer.headers))
            detail = self._implementation().parse_error(response)
            assert detail.message, f"no message parsed from the {status} body {answer.body!r}"
            if _PROBE_MESSAGE.encode() in answer.body:  # some bodies are fixed texts
                assert _PROBE_MESSAGE in detail.message, (status, detail)

    def test_vendor_errors_map_to_typed_errors(self, kit_sandbox: SandboxServer) -> None:
        """The vendor's own error body for 401/403 → `AuthenticationError`, 404 → `NotFound`,
        429 → `RateLimited` with its ``Retry-After``: status, code and message parsed as
        `Vendor.parse_error` reads them, and a credential the body echoes masked."""
        sandbox = kit_sandbox.app.sandbox(self.vendor)
        known = str(sandbox.invoice_ids()[0])
        secrets = self._secrets(kit_sandbox)
        for status, expected in _STATUS_ERRORS.items():
            answer = sandbox.error(status, " ".join([_PROBE_MESSAGE, *secrets]))
            headers = {**dict(answer.headers), "retry-after": str(_RETRY_AFTER)}
            response = httpx.Response(status, content=answer.body, headers=headers)
            detail = self._implementation().parse_error(response)
            override = AnswerOverride(
                SandboxTransport(kit_sandbox.app), lambda path: known in path, response
            )
            with (
                connect_through(kit_sandbox, self.vendor, override) as client,
                pytest.raises(invoicekit.VendorError) as caught,
            ):
                client.get_invoice(known)
            error = caught.value
            assert isinstance(error, expected), (status, error)
            assert (error.vendor, error.status_code) == (self.vendor, status)
            if detail.code:
                assert error.code, f"{status}: the vendor's code {detail.code!r} was dropped"
            assert error.vendor_message, f"{status}: the vendor's message was not parsed"
            if _PROBE_MESSAGE.encode() in answer.body:
                assert _PROBE_MESSAGE in error.vendor_message, (status, error.vendor_message)
            if isinstance(error, invoicekit.RateLimited):
                assert error.retry_after == pytest.approx(_RETRY_AFTER)
            self._assert_masked(error, secrets)

    def test_wrong_credentials_are_rejected(self, kit_sandbox: SandboxServer) -> None:
        """Each credential, wrong, is refused: `AuthenticationError`, and no credential shows.

        This also proves the sandbox checks credentials at all.
        """
        good = kit_sandbox.credentials(self.vendor)
        known = str(kit_sandbox.app.sandbox(self.vendor).invoice_ids()[0])
        for name in good:
            wrong = {**good, name: good[name] + _WRONG}
            with kit_sandbox.connect(self.vendor, **wrong) as client:
                with pytest.raises(invoicekit.AuthenticationError) as caught:
                    client.get_invoice(known)
                assert caught.value.status_code in {401, 403}
                self._assert_masked(caught.value, [wrong[name], *self._secrets(kit_sandbox)])
                with pytest.raises(invoicekit.AuthenticationError):
                    next(iter(client.list_invoices()))

    def test_rate_limits_raise_rate_limited_with_retry_after(self) -> None:
        """429 (still, without retries) → `RateLimited` with the ``Retry-After`` seconds."""
        faults = Faults(rate_429=1.0, retry_after=_RETRY_AFTER)
        server = _server(self.vendor, size=3, faults=faults)
        known = str(server.app.sandbox(self.vendor).invoice_ids()[0])
        client = server.connect(self.vendor, retries=0)
        with client, pytest.raises(invoicekit.RateLimited) as caught:
            client.get_invoice(known)
        assert caught.value.retry_after == pytest.approx(_RETRY_AFTER)
        assert caught.value.vendor_message, "the vendor's error message was not parsed"
        self._assert_masked(caught.value, self._secrets(server))

    def test_retries_ride_out_sandbox_faults(
        self, kit_sandbox: SandboxServer, kit_listing: list[Invoice]
    ) -> None:
        """Through 429s, 500s, 503s, dropped connections and cut bodies, the retrying client
        lists and gets exactly what a fault-free one does."""
        ids = [invoice.id for invoice in kit_listing[:5]]
        with kit_sandbox.connect(self.vendor) as client:
            expected = [client.get_invoice(invoice_id) for invoice_id in ids]
        server = _server(self.vendor, size=self.sandbox_size, faults=FAULTS)
        with server.connect(self.vendor, retries=_QUICK_RETRIES) as client:
            listed = list(client.list_invoices(page_size=self.list_page_size))
            fetched = [client.get_invoice(invoice_id) for invoice_id in ids]
        assert _as_json(listed) == _as_json(kit_listing)
        assert _as_json(fetched) == _as_json(expected)

    # -- the sandbox itself ---------------------------------------------------------------------

    def test_sandbox_is_lazy(self) -> None:
        """A sandbox of 100,000 invoices costs next to nothing until asked, yet serves them."""
        factory = self._implementation().sandbox()
        if factory is None:
            pytest.skip(f"{self.vendor} has no sandbox")
        tracemalloc.start()
        try:
            sandbox = factory(size=LAZY_SIZE, seed=0)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < _LAZY_BUDGET, f"building it allocated {peak:,} bytes"
        ids = sandbox.invoice_ids()
        assert len(ids) == LAZY_SIZE
        with _server(self.vendor, size=LAZY_SIZE).connect(self.vendor) as client:
            assert client.get_invoice(str(ids[-1])).id == str(ids[-1])

    def test_sandbox_is_deterministic_per_seed(self) -> None:
        """The same seed serves the same invoices; another seed serves others."""

        def first_page(seed: int) -> list[bytes]:
            with _server(self.vendor, size=10, seed=seed).connect(self.vendor) as client:
                return [invoicekit.to_json(i) for i in client.list_invoices(page_size=5)]

        assert first_page(3) == first_page(3)
        assert first_page(3) != first_page(4)
