"""A fake Yeti-switch customer API (yeti-web, jsonapi-resources 0.9) for the plugin's tests.

`FakeYeti` answers the real paths under a base URL with a path prefix: login for a JWT, the
invoice list with jsonapi-resources' paged paginator, one invoice, its PDF, and the real
JSON:API error bodies (vendors.md §A.5). It checks the ``Authorization`` header the way Yeti
does (last word of the header; a JWT must not be past its ``exp`` by the shared fake clock).
`Harness` runs one operation through `invoicekit.connect()` or `invoicekit.connect_async()`,
so every client test is written once and runs in both modes.
"""

from __future__ import annotations

import base64
import copy
import json
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx
import prepare
import pytest
from helpers.client import listing_keywords

import invoicekit
from invoicekit_yeti import YetiVendor

PAYLOADS = Path(__file__).parents[2] / "payloads" / "yeti"
SECRET = "s3cr3t-KEY-123"
LOGIN = "acme-portal-login"
API = "/api/rest/customer/v1"
PREFIX = "/prefix"
BASE_URL = "https://yeti.example" + PREFIX
# The host Yeti's own docs put into links: proof that absolute links are never followed.
LINK_HOST = "http://example.org"
ACCOUNT: dict[str, Any] = json.loads((PAYLOADS / "invoice_with_account.json").read_bytes())[
    "included"
][0]
PDF = b"%PDF-1.7\n% fake invoice\n%%EOF\n"
START = 1_800_000_000.0  # the fake clock's first reading, in Unix seconds


def _spec_filter_keys() -> frozenset[str]:
    operation = prepare.load("yeti")["paths"][f"{API}/invoices"]["get"]
    return frozenset(p["name"] for p in operation["parameters"] if p["name"].startswith("filter["))


SPEC_FILTER_KEYS = _spec_filter_keys()


def error(status: int, title: str, detail: str, code: str | None = None) -> httpx.Response:
    """A JSON:API error answer as jsonapi-resources renders it."""
    body = {
        "errors": [
            {"title": title, "detail": detail, "code": code or str(status), "status": str(status)}
        ]
    }
    return httpx.Response(status, json=body, headers={"content-type": "application/vnd.api+json"})


def make_jwt(claims: dict[str, Any]) -> str:
    """An HS256-shaped JWT with these claims (the signature is not checked by clients)."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256'})}.{part(claims)}.c2lnbmF0dXJl"


def invoice_id(number: int) -> str:
    """A deterministic invoice UUID; larger numbers sort later."""
    return f"{number:08x}-6674-11f1-867c-{number:012x}"


def invoice_resource(
    number: int,
    *,
    start: str,
    end: str | None = None,
    amount: str = "1.5",
    has_pdf: bool = True,
) -> dict[str, Any]:
    """A customer invoice resource as Yeti renders it."""
    uuid = invoice_id(number)
    link = f"{LINK_HOST}{API}/invoices/{uuid}"
    resource: dict[str, Any] = {
        "id": uuid,
        "type": "invoices",
        "links": {"self": link},
        "attributes": {
            "reference": str(number),
            "start-date": start,
            "end-date": end or start,
            "has-pdf": has_pdf,
            "amount-spent": amount,
            "originated-amount-spent": amount,
            "originated-calls-count": 3,
            "originated-successful-calls-count": 2,
            "originated-calls-duration": 120,
            "originated-billing-duration": 180,
            "originated-first-call-at": start,
            "originated-last-call-at": start,
            "terminated-amount-spent": "0.0",
            "terminated-calls-count": 0,
            "terminated-successful-calls-count": 0,
            "terminated-calls-duration": 0,
            "terminated-billing-duration": 0,
            "terminated-first-call-at": None,
            "terminated-last-call-at": None,
            "services-amount-spent": "0.0",
            "service-transactions-count": 0,
        },
        "relationships": {
            "account": {
                "links": {
                    "self": f"{link}/relationships/account",
                    "related": f"{link}/account",
                }
            }
        },
    }
    return resource


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += seconds


class FakeYeti:
    """The customer API of one Yeti installation, as an `httpx.MockTransport` handler.

    Attributes:
        requests: every request received, in order.
        responses: every answer given, in order.
        token_lifetime: seconds a login JWT lives (``None``: no ``exp`` claim, expiry off).
        revoked: JWTs the server no longer accepts although not expired.
        next_link: ``"real"`` (jsonapi-resources: only before the last page), ``"always"`` or
            ``"never"``, to emulate misbehaving servers.
        ignore_page_number: always answer page 1 (a server that does not page).
        override: answers a request before the normal routing when it returns a response.
    """

    def __init__(
        self, invoices: Iterable[dict[str, Any]] = (), *, clock: FakeClock | None = None
    ) -> None:
        self.invoices = {invoice["id"]: invoice for invoice in invoices}
        self.clock = clock or FakeClock()
        self.requests: list[httpx.Request] = []
        self.responses: list[httpx.Response] = []
        self.max_requests = 500
        self.token_lifetime: float | None = 600
        self.static_tokens = {SECRET}
        self.issued: dict[str, float | None] = {}
        self.revoked: set[str] = set()
        self.next_link = "real"
        self.ignore_page_number = False
        self.override: Callable[[httpx.Request], httpx.Response | None] | None = None

    # -- what tests look at -------------------------------------------------------------------

    @property
    def logins(self) -> list[httpx.Request]:
        """The login requests received."""
        return [r for r in self.requests if r.url.path == f"{PREFIX}{API}/auth"]

    @property
    def api_requests(self) -> list[httpx.Request]:
        """Every request except logins."""
        return [r for r in self.requests if r.url.path != f"{PREFIX}{API}/auth"]

    def page_numbers(self) -> list[int]:
        """``page[number]`` of each list request, in order."""
        return [
            int(r.url.params["page[number]"])
            for r in self.api_requests
            if r.url.path == f"{PREFIX}{API}/invoices"
        ]

    # -- routing ------------------------------------------------------------------------------

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A client that loops forever fails the test instead of hanging it.
        assert len(self.requests) < self.max_requests, "the client does not stop requesting"
        # A snapshot: httpx sends the same Request object again after a 401, re-signed.
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.read()
            )
        )
        response = self._route(request)
        self.responses.append(response)
        return response

    def _route(self, request: httpx.Request) -> httpx.Response:
        if self.override is not None and (answer := self.override(request)) is not None:
            return answer
        path = request.url.path
        assert path.startswith(PREFIX + API), path
        route = path[len(PREFIX + API) :]
        if route == "/auth" and request.method == "POST":
            return self._login(request)
        if not self._authorized(request):
            return error(401, "Authorization failed", "Authorization token expired or incorrect.")
        if route == "/invoices" and request.method == "GET":
            return self._list(request)
        match = re.fullmatch(r"/invoices/([^/]+)(/download)?", route)
        if match and request.method == "GET":
            return self._download(match[1]) if match[2] else self._show(match[1], request)
        return error(404, "Not found", "route not found")

    def _login(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        credentials = body.get("auth", {})
        if credentials.get("login") != LOGIN or credentials.get("password") != SECRET:
            return error(401, "Authentication failed", "Incorrect login or password.")
        claims: dict[str, Any] = {"aud": ["customer-v1"], "sub": len(self.issued) + 1}
        expiry = None
        if self.token_lifetime is not None:
            expiry = math.floor(self.clock() + self.token_lifetime)
            claims["exp"] = expiry
        token = make_jwt(claims)
        self.issued[token] = expiry
        return httpx.Response(201, json={"jwt": token})

    def _authorized(self, request: httpx.Request) -> bool:
        words = request.headers.get("authorization", "").split()
        token = words[-1] if words else ""
        if token in self.static_tokens:
            return True
        if token not in self.issued or token in self.revoked:
            return False
        expiry = self.issued[token]
        return expiry is None or self.clock() < expiry

    def _document(self, data: Any, include: bool) -> dict[str, Any]:
        if not include:
            return {"data": data}
        # With include=account, jsonapi-resources adds the linkage and the account itself.
        items = copy.deepcopy(data if isinstance(data, list) else [data])
        for item in items:
            relationship = item.get("relationships", {}).get("account")
            if relationship is not None:
                relationship["data"] = {"type": "accounts", "id": ACCOUNT["id"]}
        linked = items if isinstance(data, list) else items[0]
        return {"data": linked, "included": [ACCOUNT] if items else []}

    def _show(self, uuid: str, request: httpx.Request) -> httpx.Response:
        if not re.fullmatch(r"[0-9a-f-]{36}", uuid, re.IGNORECASE):
            return error(400, "Invalid field value", f"{uuid} is not a valid value for id.", "103")
        invoice = self.invoices.get(uuid.lower())
        if invoice is None:
            return error(
                404, "Record not found", f"The record identified by {uuid} could not be found."
            )
        include = request.url.params.get("include") == "account"
        return httpx.Response(
            200,
            json=self._document(invoice, include),
            headers={"content-type": "application/vnd.api+json"},
        )

    def _download(self, uuid: str) -> httpx.Response:
        invoice = self.invoices.get(uuid)
        if invoice is None or not invoice["attributes"]["has-pdf"]:
            return httpx.Response(404)  # Yeti sends no body here
        return httpx.Response(
            200,
            content=PDF,
            headers={
                "content-type": "application/pdf",
                "content-disposition": 'attachment; filename="invoice.pdf"',
            },
        )

    def _list(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        for key in params:
            if key.startswith("filter[") and key not in SPEC_FILTER_KEYS:
                name = key[len("filter[") : -1]
                return error(400, "Filter not allowed", f"{name} is not allowed.", "102")
        size = int(params.get("page[size]", "50"))
        if not 1 <= size <= 1000:
            return error(
                400, "Invalid page value", "size exceeds maximum page size of 1000.", "118"
            )
        number = 1 if self.ignore_page_number else int(params.get("page[number]", "1"))
        rows = list(self.invoices.values())
        if reference := params.get("filter[reference_eq]"):
            rows = [row for row in rows if row["attributes"]["reference"] == reference]
        sort = params.get("sort", "-start-date")
        if sort == "start_date,id":
            rows.sort(key=lambda row: (row["attributes"]["start-date"], row["id"]))
        elif sort == "-start-date":
            rows.sort(key=lambda row: row["attributes"]["start-date"], reverse=True)
        else:
            return error(
                400, "Invalid sort criteria", f"{sort} is not a valid sort criteria.", "114"
            )
        last = max(1, math.ceil(len(rows) / size))
        chunk = rows[(number - 1) * size : number * size]

        def link(page: int) -> str:
            return f"{LINK_HOST}{API}/invoices?page%5Bnumber%5D={page}&page%5Bsize%5D={size}"

        links = {"first": link(1), "last": link(last)}
        if number > 1:
            links["prev"] = link(number - 1)
        if self.next_link == "always" or (self.next_link == "real" and number < last):
            links["next"] = link(number + 1)
        document = self._document(chunk, params.get("include") == "account")
        document.update(meta={"total-count": len(rows)}, links=links)
        return httpx.Response(
            200, json=document, headers={"content-type": "application/vnd.api+json"}
        )


class Harness:
    """Runs client operations against a `FakeYeti`, blocking or async."""

    def __init__(self, mode: str, server: FakeYeti) -> None:
        self.mode = mode
        self.server = server

    def _options(self, kwargs: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
        vendor = kwargs.pop("vendor", "yeti")
        credentials = kwargs.pop("credentials", {"token": SECRET})
        options = {
            "base_url": BASE_URL,
            "transport": httpx.MockTransport(self.server),
            "retries": 0,
            "credentials": credentials,
            **kwargs,
        }
        return vendor, options

    async def call(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Connect, run ``operation(*args)`` and close."""
        vendor, options = self._options(kwargs)
        if self.mode == "sync":
            with invoicekit.InvoiceClient(vendor, **options) as client:
                return getattr(client, operation)(*args)
        async with invoicekit.AsyncInvoiceClient(vendor, **options) as client:
            return await getattr(client, operation)(*args)

    async def list(
        self, *, client_options: dict[str, Any] | None = None, **filters: Any
    ) -> list[Any]:
        """Every invoice `list_invoices` yields for ``filters`` (the vendor's own under
        ``native``)."""
        vendor, options = self._options(dict(client_options or {}))
        if self.mode == "sync":
            with invoicekit.InvoiceClient(vendor, **options) as client:
                return list(client.list_invoices(**listing_keywords(filters)))
        async with invoicekit.AsyncInvoiceClient(vendor, **options) as client:
            return [invoice async for invoice in client.list_invoices(**listing_keywords(filters))]


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock shared by the server and the plugin's token renewal."""
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> FakeYeti:
    """A Yeti with no invoices yet; tests add them to ``server.invoices``."""
    return FakeYeti(clock=clock)


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest, server: FakeYeti) -> Harness:
    """Runs each client test once with `connect()` and once with `connect_async()`."""
    return Harness(str(request.param), server)


@pytest.fixture
def login_vendor(clock: FakeClock) -> YetiVendor:
    """A Yeti vendor whose token renewal reads the fake clock."""
    return YetiVendor(clock=clock)


@pytest.fixture
def login_credentials() -> dict[str, str]:
    """Login and password the fake server accepts."""
    return {"login": LOGIN, "password": SECRET}


@pytest.fixture
def fake_yeti() -> type[FakeYeti]:
    """The `FakeYeti` class, for tests that build servers of their own."""
    return FakeYeti


@pytest.fixture
def yeti_data() -> Any:
    """Helpers to build Yeti payloads: ``yeti_data.invoice_resource(...)`` and friends."""

    class Data:
        invoice_resource = staticmethod(invoice_resource)
        invoice_id = staticmethod(invoice_id)
        make_jwt = staticmethod(make_jwt)
        error = staticmethod(error)
        account = ACCOUNT
        secret = SECRET
        login = LOGIN
        base_url = BASE_URL
        prefix = PREFIX
        api = API
        pdf = PDF
        start = START
        link_host = LINK_HOST
        spec_filter_keys = SPEC_FILTER_KEYS
        payloads = PAYLOADS

    return Data
