"""The helpers `invoicekit.flows` offers plugin authors: decoding, list items, values, auth."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import msgspec
import pytest

from invoicekit import ConfigurationError, Invoice, InvoiceKind, InvoiceStatus, NormalizationError
from invoicekit.flows import (
    HeaderAuth,
    decode,
    given,
    is_json_native,
    is_uuid,
    normalized,
    raw_items,
)


class Item(msgspec.Struct):
    id: int
    note: str | msgspec.UnsetType | None = msgspec.UNSET


class Page(msgspec.Struct):
    data: list[Item]


# -- decode -------------------------------------------------------------------------------------


def test_decode_returns_the_model() -> None:
    assert decode("acme", b'{"data": [{"id": 1}]}', Page) == Page(data=[Item(id=1)])


def test_decode_is_lenient_by_default_and_strict_on_request() -> None:
    assert decode("acme", b'{"id": "7"}', Item) == Item(id=7)
    with pytest.raises(NormalizationError) as caught:
        decode("acme", b'{"id": "7"}', Item, strict=True)
    assert (caught.value.path, caught.value.cause) == ("$.id", "Expected `int`, got `str`")


def test_decode_errors_name_the_vendor_and_the_path() -> None:
    with pytest.raises(NormalizationError) as caught:
        decode("acme", b'{"data": [{"id": 1}, {"id": "x"}]}', Page)
    assert (caught.value.vendor, caught.value.path) == ("acme", "$.data[1].id")
    assert isinstance(caught.value.__cause__, msgspec.ValidationError)


def test_malformed_json_is_reported_at_the_root() -> None:
    with pytest.raises(NormalizationError) as caught:
        decode("acme", b'{"data": ', Page)
    assert caught.value.path == "$"
    assert isinstance(caught.value.__cause__, msgspec.DecodeError)


# -- raw_items ----------------------------------------------------------------------------------


def test_raw_items_keeps_each_items_exact_bytes() -> None:
    body = b'{"meta": {}, "data": [ {"id": 1,  "x": 1.50}, {"id":2} ], "links": null}'
    assert [bytes(raw) for raw in raw_items("acme", body)] == [
        b'{"id": 1,  "x": 1.50}',
        b'{"id":2}',
    ]


def test_raw_items_of_a_body_without_a_data_array_is_a_normalization_error() -> None:
    with pytest.raises(NormalizationError) as caught:
        raw_items("acme", b'{"items": []}')
    assert (caught.value.vendor, caught.value.path) == ("acme", "$")
    with pytest.raises(NormalizationError) as caught:
        raw_items("acme", b'{"data": {}}')
    assert caught.value.path == "$.data"


# -- is_uuid and given --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["fd2e32c4-6674-11f1-867c-da575d109341", "FD2E32C4-6674-11F1-867C-DA575D109341"]
)
def test_is_uuid_accepts_the_hyphenated_form_in_any_case(text: str) -> None:
    assert is_uuid(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "fd2e32c4667411f1867cda575d109341",
        "{fd2e32c4-6674-11f1-867c-da575d109341}",
        "fd2e32c4-6674-11f1-867c-da575d109341\n",
        " fd2e32c4-6674-11f1-867c-da575d109341",
        "gd2e32c4-6674-11f1-867c-da575d109341",
        "fd2e32c4-6674-11f1-867c-da575d10934",
    ],
)
def test_is_uuid_refuses_anything_else(text: str) -> None:
    assert not is_uuid(text)


def test_given_turns_unset_and_null_into_none_and_keeps_every_value() -> None:
    assert given(msgspec.UNSET) is None
    assert given(None) is None
    values: tuple[object, ...] = (0, "", False, [], "x")
    for value in values:
        assert given(value) == value


def test_given_reads_a_generated_optional_field() -> None:
    assert given(decode("acme", b'{"id": 1}', Item).note) is None
    assert given(decode("acme", b'{"id": 1, "note": null}', Item).note) is None
    assert given(decode("acme", b'{"id": 1, "note": "hi"}', Item).note) == "hi"


# -- normalized ---------------------------------------------------------------------------------


def _first_id(body: bytes) -> Any:
    """A mapping step with the bugs of hand-written code: it trusts the payload's shape."""
    return msgspec.json.decode(body)["data"][0]["id"]


def test_normalized_returns_what_the_mapping_returns() -> None:
    assert normalized("acme", _first_id, b'{"data": [{"id": 5}]}') == 5


def test_normalized_turns_msgspec_errors_into_normalization_errors_with_the_path() -> None:
    def mapping(body: bytes) -> Page:
        return msgspec.json.decode(body, type=Page)

    with pytest.raises(NormalizationError) as caught:
        normalized("acme", mapping, b'{"data": [{"id": "x"}]}')
    assert (caught.value.vendor, caught.value.path) == ("acme", "$.data[0].id")
    assert isinstance(caught.value.__cause__, msgspec.ValidationError)
    with pytest.raises(NormalizationError) as caught:
        normalized("acme", mapping, b"not json")
    assert caught.value.path == "$"
    assert isinstance(caught.value.__cause__, msgspec.DecodeError)


@pytest.mark.parametrize(
    ("body", "bare"),
    [
        (b'{"items": []}', KeyError),
        (b'{"data": []}', IndexError),
        (b'{"data": null}', TypeError),
    ],
)
def test_normalized_turns_mapping_errors_into_normalization_errors_at_the_root(
    body: bytes, bare: type[Exception]
) -> None:
    with pytest.raises(NormalizationError) as caught:
        normalized("acme", _first_id, body)
    assert (caught.value.vendor, caught.value.path) == ("acme", "$")
    assert isinstance(caught.value.__cause__, bare)
    assert caught.value.cause.startswith(f"{bare.__name__}: ")


def test_normalized_lets_invoicekit_errors_through_unchanged() -> None:
    own = NormalizationError("acme", "$.total", "negative")
    configuration = ConfigurationError("no", vendor="acme")  # a ValueError as well

    def failing(error: Exception) -> Callable[[bytes], None]:
        def mapping(body: bytes) -> None:
            raise error

        return mapping

    for error in (own, configuration):
        with pytest.raises(type(error)) as caught:
            normalized("acme", failing(error), b"{}")
        assert caught.value is error
        assert caught.value.__cause__ is None


def test_normalized_lets_other_errors_through() -> None:
    def mapping(body: bytes) -> None:
        raise RuntimeError("a bug, not a payload problem")

    with pytest.raises(RuntimeError):
        normalized("acme", mapping, b"{}")


# -- is_json_native -----------------------------------------------------------------------------

NATIVE = [
    None,
    "",
    "x",
    0,
    -3,
    True,
    [],
    {},
    [1, "a", None, [False]],
    {"a": {"b": [1, {"c": None}]}},
    # `extra`'s usual shape: scalars and empty containers beside them.
    {"level": 0, "flag": False, "note": "", "custom": {}, "items": [], "zone": None},
    {"level": 1, "custom": {"k": [1, {}]}, "items": [[], {}]},
]
NOT_NATIVE = [
    1.5,
    Decimal("1.50"),
    dt.date(2026, 1, 1),
    dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    (1, 2),
    {1: "a"},
    {"a": [1, 2.0]},
    [{"a": Decimal(1)}],
    b"bytes",
    {"a"},
    # False values beside empty containers that are not JSON-native all the same.
    {"level": 0, "custom": {}, "fee": 0.0},
    {"items": [], "fee": Decimal(0)},
    {"custom": {}, "pair": ()},
    {"custom": {}, "deep": {"k": [{}, 0.5]}},
    {"custom": {}, "deep": {"k": {2: None}}},
]


@pytest.mark.parametrize("value", NATIVE)
def test_is_json_native_accepts_what_round_trips_through_json(value: Any) -> None:
    assert is_json_native(value)
    assert msgspec.json.decode(msgspec.json.encode(value)) == value


@pytest.mark.parametrize("value", NOT_NATIVE, ids=repr)
def test_is_json_native_refuses_the_rest(value: Any) -> None:
    assert not is_json_native(value)


@pytest.mark.parametrize("value", NATIVE + NOT_NATIVE, ids=repr)
def test_is_json_native_agrees_with_what_invoice_extra_accepts(value: Any) -> None:
    def build() -> Invoice:
        return Invoice(
            vendor="acme",
            id="1",
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.OPEN,
            extra={"value": value},
            raw=msgspec.Raw(b"{}"),
        )

    if is_json_native(value):
        assert build().extra == {"value": value}
    else:
        with pytest.raises(ValueError, match="extra"):
            build()


# -- HeaderAuth ---------------------------------------------------------------------------------


def _sent_headers(auth: httpx.Auth, **headers: str) -> httpx.Headers:
    request = httpx.Request("GET", "https://acme.example/invoices", headers=headers)
    flow = auth.sync_auth_flow(request)
    return next(flow).headers


def test_header_auth_sends_its_header_and_hides_the_value() -> None:
    auth = HeaderAuth("apikey", "s3cret")
    assert _sent_headers(auth)["apikey"] == "s3cret"
    assert repr(auth) == "<HeaderAuth apikey: ***>"
    assert "s3cret" not in repr(auth)


def test_header_auth_bearer_replaces_any_authorization_header() -> None:
    auth = HeaderAuth.bearer("t0ken")
    headers = _sent_headers(auth, Authorization="Basic old")
    assert headers.get_list("authorization") == ["Bearer t0ken"]
    assert "t0ken" not in repr(auth)


@pytest.mark.parametrize("value", ["", "a\nb", "a\r\nX-Evil: 1"])
def test_header_auth_refuses_values_that_are_not_one_line(value: str) -> None:
    with pytest.raises(ValueError, match="the apikey credential") as caught:
        HeaderAuth("apikey", value)
    assert "X-Evil" not in str(caught.value)


def test_header_auth_of_sends_several_headers_and_hides_every_value() -> None:
    auth = HeaderAuth.bearer("t0ken-abc", extra={"xero-tenant-id": "tenant-42"})
    headers = _sent_headers(auth, Authorization="Basic old")
    assert headers.get_list("authorization") == ["Bearer t0ken-abc"]
    assert headers["xero-tenant-id"] == "tenant-42"
    assert repr(auth) == "<HeaderAuth Authorization: ***, xero-tenant-id: ***>"
    assert "t0ken" not in repr(auth)
    assert "tenant-42" not in repr(auth)


def test_header_auth_of_refuses_a_bad_value_naming_only_its_header() -> None:
    with pytest.raises(ValueError, match="the xero-tenant-id credential") as caught:
        HeaderAuth.of({"Authorization": "Bearer t", "xero-tenant-id": "a\r\nX-Evil: 1"})
    assert "X-Evil" not in str(caught.value)
    with pytest.raises(ValueError, match="at least one"):
        HeaderAuth.of({})
