"""``list_invoices(native={...})`` is the spelling of a vendor's own filters; the old
``list_invoices(**native)`` still filters, with a `DeprecationWarning` at the caller's line."""

from __future__ import annotations

import asyncio
import warnings

import pytest

import invoicekit
from invoicekit import InvoiceKind
from invoicekit.sandbox import SandboxServer

CREDIT = {"type": "TYPE_CREDIT"}


@pytest.fixture(scope="module")
def server() -> SandboxServer:
    """An in-process Fynn sandbox: its generated client, its real filters."""
    return SandboxServer(["fynn"], size=150, seed=3)


def _ids(invoices: list[invoicekit.Invoice]) -> list[str]:
    return [invoice.id for invoice in invoices]


def test_native_keyword_filters_without_a_warning(server: SandboxServer) -> None:
    with server.connect("fynn") as client, warnings.catch_warnings():
        warnings.simplefilter("error")
        credits = list(client.list_invoices(native=CREDIT, page_size=5))
        pages = list(client.pages(native=CREDIT))
    assert credits
    assert {invoice.kind for invoice in credits} == {InvoiceKind.CREDIT_NOTE}
    assert _ids([invoice for page in pages for invoice in page.invoices]) == _ids(credits)


def test_the_old_spelling_warns_at_the_caller_and_still_filters(server: SandboxServer) -> None:
    with server.connect("fynn") as client:
        expected = _ids(list(client.list_invoices(native=CREDIT)))
        with pytest.warns(DeprecationWarning, match=r"native=\{\.\.\.\}") as caught:
            listed = _ids(list(client.list_invoices(type="TYPE_CREDIT")))
        with pytest.warns(DeprecationWarning, match="type"):
            paged = [i.id for page in client.pages(type="TYPE_CREDIT") for i in page.invoices]
    assert expected
    assert listed == paged == expected
    assert [warning.filename for warning in caught] == [__file__]


def test_the_old_spelling_warns_in_the_async_client(server: SandboxServer) -> None:
    async def listed() -> list[str]:
        async with server.connect_async("fynn") as client:
            return [invoice.id async for invoice in client.list_invoices(type="TYPE_CREDIT")]

    with server.connect("fynn") as client:
        expected = _ids(list(client.list_invoices(native=CREDIT)))
    with pytest.warns(DeprecationWarning, match="type") as caught:
        assert asyncio.run(listed()) == expected
    assert [warning.filename for warning in caught] == [__file__]


def test_a_filter_given_both_ways_is_refused(server: SandboxServer) -> None:
    with (
        server.connect("fynn") as client,
        pytest.warns(DeprecationWarning, match="deprecated"),
        pytest.raises(invoicekit.ConfigurationError, match="given twice"),
    ):
        client.list_invoices(native=CREDIT, type="TYPE_CREDIT")
