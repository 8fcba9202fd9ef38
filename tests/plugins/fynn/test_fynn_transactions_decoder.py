"""Fynn's transaction pages are decoded once, by the client, with the flow's own decoder."""

from __future__ import annotations

from invoicekit_fynn._payments import transactions_flow


def test_a_transactions_page_names_its_decoder() -> None:
    call = next(transactions_flow(None))
    assert call.decoder is not None
    assert call.tolerate == frozenset({403, 404})
