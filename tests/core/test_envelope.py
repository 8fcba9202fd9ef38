"""The envelope helpers: an invoice's own bytes at a declared path, errors rooted at the body."""

from __future__ import annotations

import httpx
import msgspec
import pytest

from invoicekit._envelope import Envelope, decoded, json_path, locate, locate_items
from invoicekit._flowtypes import DECODED_EXTENSION
from invoicekit.errors import NormalizationError

DAFTRA = b'{"code": 200, "data": {"Invoice": {"id": "7",  "summary_total": 1.50}}}'


def test_locate_returns_the_invoice_objects_own_bytes() -> None:
    assert bytes(locate("daftra", DAFTRA, ("data", "Invoice"))) == (
        b'{"id": "7",  "summary_total": 1.50}'
    )


def test_an_empty_path_is_the_whole_body() -> None:
    assert bytes(locate("fynn", b'{"id":1}', ())) == b'{"id":1}'


def test_locate_follows_array_indexes() -> None:
    body = b'{"Invoices": [{"InvoiceID": "a"}, {"InvoiceID": "b"}]}'
    assert bytes(locate("xero", body, ("Invoices", 1))) == b'{"InvoiceID": "b"}'


def test_locate_items_keeps_each_items_bytes() -> None:
    body = b'{"data": [{"id": 1.0}, {"id": 2.00}], "links": {}}'
    items = locate_items("fynn", body, Envelope().items)
    assert [bytes(item) for item in items] == [b'{"id": 1.0}', b'{"id": 2.00}']


def test_a_missing_key_names_its_path_from_the_body() -> None:
    with pytest.raises(NormalizationError) as caught:
        locate("daftra", b'{"code": 200, "data": {}}', ("data", "Invoice"))
    assert caught.value.vendor == "daftra"
    assert caught.value.path == "$.data.Invoice"


def test_a_wrong_type_on_the_way_names_the_level_it_is_at() -> None:
    with pytest.raises(NormalizationError) as caught:
        locate("daftra", b'{"data": [1, 2]}', ("data", "Invoice"))
    assert caught.value.path == "$.data"


def test_a_list_that_is_not_an_array_names_its_path() -> None:
    with pytest.raises(NormalizationError) as caught:
        locate_items("fynn", b'{"data": {"id": 1}}', ("data",))
    assert caught.value.path == "$.data"


def test_malformed_json_is_a_normalization_error_at_the_root() -> None:
    with pytest.raises(NormalizationError) as caught:
        locate_items("fynn", b'{"data": [', ("data",))
    assert caught.value.path == "$"


def test_json_path_spells_keys_and_indexes() -> None:
    assert json_path(("data", 0, "lines")) == "$.data[0].lines"
    assert json_path(()) == "$"


class _Counted(msgspec.Struct):
    count: int


def test_decoded_takes_the_clients_decode_of_its_own_decoder() -> None:
    decoder = msgspec.json.Decoder(_Counted)
    response = httpx.Response(200, content=b'{"count": 1}')
    response.extensions[DECODED_EXTENSION] = (decoder, _Counted(7))  # what the client did
    assert decoded("acme", response, decoder) == _Counted(7)
    # Another decoder's result is not this one's: the body is decoded here.
    other = msgspec.json.Decoder(_Counted)
    assert decoded("acme", response, other) == _Counted(1)


def test_decoded_words_a_bad_body_at_its_json_path() -> None:
    response = httpx.Response(200, content=b'{"count": "many"}')
    with pytest.raises(NormalizationError) as caught:
        decoded("acme", response, msgspec.json.Decoder(_Counted))
    assert caught.value.vendor == "acme"
    assert caught.value.path == "$.count"
