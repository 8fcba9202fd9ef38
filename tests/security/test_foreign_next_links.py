"""A next-page link that points at another host is never followed (so no credential goes there).

No vendor follows the vendor's own next-page URL: each asks for the next page by number or
cursor on ``base_url``, so a link to another host (hostile, or a proxy's own name as in Yeti's
docs) cannot redirect the listing. These tests serve such links and check that every request
stays on ``base_url``'s host, carries the credential there, and that the listing still ends.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.mock_vendor import ATTACKER, json_response, options, run

pytestmark = pytest.mark.anyio

PAYLOADS = Path(__file__).parents[1] / "payloads"
STRIPE_PAYLOADS = (
    Path(__file__).parents[2] / "examples" / "invoicekit-stripe" / "tests" / "payloads"
)
SECRET = "sk_test_FOREIGN-LINK-SECRET-42"
FOREIGN = f"https://{ATTACKER}/collect"


def _load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_bytes())
    return loaded


class _Server:
    """Records every request; ``answer`` serves the pages."""

    def __init__(self, answer: Any) -> None:
        self.requests: list[httpx.Request] = []
        self._answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) > 20:
            raise AssertionError("the listing did not stop")
        response: httpx.Response = self._answer(request)
        return response

    def assert_stayed_home(self) -> None:
        assert self.requests
        assert {r.url.host for r in self.requests} == {"vendor.example"}
        for request in self.requests:
            assert ATTACKER not in str(request.url)
            assert any(SECRET in value for value in request.headers.values())


def _yeti(request: httpx.Request) -> httpx.Response:
    page = _load(PAYLOADS / "yeti" / "list_page.json")
    for name in ("first", "next", "last"):
        page["links"][name] = f"{FOREIGN}?page%5Bnumber%5D=2"
    if request.url.params.get("page[number]") != "1":
        page["data"] = []
    return json_response(json.dumps(page).encode(), "application/vnd.api+json")


def _daftra(request: httpx.Request) -> httpx.Response:
    page = _load(PAYLOADS / "daftra" / "list_page.json")
    page["pagination"].update(next=f"{FOREIGN}/api2/invoices/?page=2", page_count=2)
    if request.url.params.get("page", "1") != "1":
        page["data"] = []
        page["pagination"].update(next=None, page=2)
    return json_response(json.dumps(page).encode())


def _stripe(request: httpx.Request) -> httpx.Response:
    if request.url.params.get("starting_after"):
        page = _load(STRIPE_PAYLOADS / "invoice_list_empty.json")
    else:
        page = _load(STRIPE_PAYLOADS / "invoice_list_page.json")
    page["url"] = FOREIGN  # Stripe's list object names its own URL; a hostile one is ignored
    return json_response(json.dumps(page).encode())


@pytest.mark.parametrize(
    ("vendor", "answer", "credentials", "listed", "page_size"),
    [
        ("yeti", _yeti, {"token": SECRET}, 2, 2),
        ("daftra", _daftra, {"api_key": SECRET}, 2, None),
        ("stripe", _stripe, {"api_key": SECRET}, 2, None),
    ],
)
async def test_a_next_link_to_another_host_is_not_followed(
    mode: str,
    vendor: str,
    answer: Any,
    credentials: dict[str, str],
    listed: int,
    page_size: int | None,
) -> None:
    server = _Server(answer)
    invoices = await run(
        mode, vendor, options(server, **credentials), "list_invoices", page_size=page_size
    )
    assert len(invoices) == listed
    # The next page was asked for, on base_url's host (beside Daftra's account lookups).
    assert len([r for r in server.requests if "invoices" in r.url.path]) == 2
    server.assert_stayed_home()
