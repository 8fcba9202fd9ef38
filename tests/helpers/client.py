"""Drive every built-in vendor through `connect()` and `connect_async()` with MockTransport."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import prepare

import invoicekit
from invoicekit._retry import AsyncRetryTransport, RetryTransport
from invoicekit.vendor import COMMON_FILTERS

PAYLOADS = Path(__file__).parents[1] / "payloads"
SECRET = "s3cr3t-KEY-123"


def listing_keywords(filters: Mapping[str, Any]) -> dict[str, Any]:
    """``filters`` as `list_invoices` keywords: the common ones as themselves, the vendor's own
    under ``native=`` (never the deprecated ``**native`` spelling)."""
    keywords = {name: value for name, value in filters.items() if name in COMMON_FILTERS}
    native = {name: value for name, value in filters.items() if name not in COMMON_FILTERS}
    return {**keywords, "native": native} if native else keywords


def _example(vendor: str, name: str) -> bytes:
    document = prepare.load(vendor)
    return json.dumps(document["components"]["examples"][name]["value"]).encode()


@dataclass(frozen=True)
class VendorCase:
    """How to reach one vendor's single-invoice endpoint with a MockTransport."""

    name: str
    invoice_id: str
    credentials: dict[str, str]
    body: bytes
    media_type: str = "application/json"
    #: Side lookups the vendor makes besides the invoice request (path suffix → JSON body),
    #: answered by `Driver` so that each test's handler sees only the invoice requests.
    lookups: tuple[tuple[str, bytes], ...] = ()

    def ok(self) -> httpx.Response:
        """A successful single-invoice response."""
        return httpx.Response(200, content=self.body, headers={"content-type": self.media_type})

    def lookup(self, request: httpx.Request) -> httpx.Response | None:
        """The answer to a side lookup (Fynn's payment transactions, Daftra's account data), None
        for other requests."""
        for suffix, body in self.lookups:
            if request.url.path.endswith(suffix):
                return httpx.Response(
                    200, content=body, headers={"content-type": "application/json"}
                )
        return None

    def answering_lookups(
        self, handler: Callable[[httpx.Request], httpx.Response]
    ) -> Callable[[httpx.Request], httpx.Response]:
        """``handler`` for the invoice requests, `lookup` for the side lookups."""
        return lambda request: self.lookup(request) or handler(request)


CASES = {
    "yeti": VendorCase(
        "yeti",
        "fd2e32c4-6674-11f1-867c-da575d109341",
        {"token": SECRET},
        (PAYLOADS / "yeti" / "seed_invoice.json").read_bytes(),
        "application/vnd.api+json",
    ),
    "daftra": VendorCase(
        "daftra",
        "123",
        {"api_key": SECRET},
        (PAYLOADS / "daftra" / "seed_invoice.json").read_bytes(),
        lookups=(
            ("/api2/taxes.json", _example("daftra", "tax_list_page")),
            ("/api2/site_info.json", _example("daftra", "documented_site")),
            ("/api2/listing/Timezone.json", _example("daftra", "timezone_listing")),
        ),
    ),
    "fynn": VendorCase(
        "fynn",
        json.loads(_example("fynn", "seed_invoice"))["id"],
        {"api_key": SECRET},
        _example("fynn", "seed_invoice"),
        lookups=(("/payment/transactions", b'{"data": []}'),),
    ),
}


class Driver:
    """Runs one client operation in the chosen mode, so each test is written once."""

    def __init__(self, mode: str, case: VendorCase) -> None:
        self.mode = mode
        self.case = case
        self.waits: list[float] = []

    def client_kwargs(
        self, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
    ) -> dict[str, Any]:
        """connect() keywords for a MockTransport wrapped in a retrying transport whose sleeps
        are recorded instead of slept."""
        policy = kwargs.pop("policy", invoicekit.RetryPolicy(attempts=3, jitter=0.0))
        mock = httpx.MockTransport(self.case.answering_lookups(handler))
        if self.mode == "sync":
            transport: Any = RetryTransport(mock, policy, sleep=self.waits.append)
        else:

            async def record(seconds: float) -> None:
                self.waits.append(seconds)

            transport = AsyncRetryTransport(mock, policy, sleep=record)
        return {
            "base_url": "https://vendor.example/prefix",
            "transport": transport,
            "retries": 0,
            **self.case.credentials,
            **kwargs,
        }

    async def run(self, operation: str, handler: Any, *args: Any, **kwargs: Any) -> Any:
        """Connect, run ``operation(*args)`` and close."""
        options = self.client_kwargs(handler, **kwargs)
        if self.mode == "sync":
            with invoicekit.connect(self.case.name, **options) as client:
                return getattr(client, operation)(*args)
        async with invoicekit.connect_async(self.case.name, **options) as client:
            return await getattr(client, operation)(*args)
