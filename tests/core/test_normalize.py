"""`invoicekit.normalize`: payload forms, error translation, and the no-surprises property."""

import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import invoicekit
import invoicekit.plugin
from invoicekit import (
    Invoice,
    InvoiceKind,
    InvoiceStatus,
    NormalizationError,
    Totals,
    UnknownVendor,
    _plugins,
)
from invoicekit.plugin import Vendor


class Document(msgspec.Struct):
    id: str
    total: Decimal


class Envelope(msgspec.Struct):
    data: Document


class Strict(Vendor):
    """Decodes with typed structs, as plugins with generated clients do."""

    name = "strict"
    title = "Strict"

    def normalize(self, body: bytes) -> Invoice:
        document = msgspec.json.decode(body, type=Envelope).data
        return Invoice(
            vendor=self.name,
            id=document.id,
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.ISSUED,
            totals=Totals(gross=document.total),
            raw=msgspec.Raw(body),
        )


class Loose(Vendor):
    """Decodes to plain objects and indexes into them: the bare errors users must never see."""

    name = "loose"
    title = "Loose"

    def normalize(self, body: bytes) -> Invoice:
        data = msgspec.json.decode(body)["data"]
        return Invoice(
            vendor=self.name,
            id=str(data["id"]),
            kind=InvoiceKind.INVOICE,
            status=InvoiceStatus.ISSUED,
            totals=Totals(gross=Decimal(data["total"])),
            raw=msgspec.Raw(body),
        )


class Picky(Vendor):
    """Raises its own NormalizationError, which must pass through untouched."""

    name = "picky"
    title = "Picky"

    def normalize(self, body: bytes) -> Invoice:
        raise NormalizationError(self.name, "$.data.kind", "unknown document type 7")


class Sloppy(Loose):
    """Passes the vendor's currency through unchecked; the Invoice refuses it."""

    name = "sloppy"
    title = "Sloppy"

    def normalize(self, body: bytes) -> Invoice:
        return msgspec.structs.replace(super().normalize(body), currency="euro")


class Lazy(Vendor):
    """Does not implement normalize at all."""

    name = "lazy"
    title = "Lazy"


class FakePlugin:
    """A plugin object registering the fake vendors, as a plugin module would."""

    @invoicekit.plugin.hookimpl
    def register_vendors(self, register: Callable[[Vendor], None]) -> None:
        for vendor in (Strict(), Loose(), Sloppy(), Picky(), Lazy()):
            register(vendor)


@pytest.fixture(autouse=True)
def fakes(fresh_registry: None) -> None:
    """Register the fake vendors; ``fresh_registry`` removes them afterwards."""
    info = _plugins._register(FakePlugin(), "fakes")
    assert info.error is None, info.error


BODY = b'{"code": 200, "data": {"id": "inv-1", "total": "120.00"}}\n'


@pytest.mark.parametrize(
    "payload",
    [BODY, BODY.decode(), bytearray(BODY), memoryview(BODY), json.loads(BODY)],
    ids=["bytes", "str", "bytearray", "memoryview", "mapping"],
)
def test_payload_forms(payload: Any) -> None:
    invoice = invoicekit.normalize("strict", payload)
    assert invoice.vendor == "strict"
    assert invoice.id == "inv-1"
    assert invoice.totals.gross == Decimal("120.00")
    assert str(invoice.totals.gross) == "120.00"
    assert invoice.raw_json() == {"code": 200, "data": {"id": "inv-1", "total": "120.00"}}


def test_raw_keeps_the_body_bytes() -> None:
    assert bytes(invoicekit.normalize("strict", BODY).raw) == BODY.strip()


def test_unknown_vendor() -> None:
    with pytest.raises(UnknownVendor, match="nope"):
        invoicekit.normalize("nope", BODY)


@pytest.mark.parametrize("payload", [[{"id": "x"}], 42, None, object()])
def test_a_wrong_payload_type_is_a_type_error(payload: Any) -> None:
    with pytest.raises(TypeError, match="payload must be"):
        invoicekit.normalize("strict", payload)


def test_an_unencodable_mapping_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="cannot be encoded as JSON"):
        invoicekit.normalize("strict", {"data": object()})


def test_validation_errors_become_normalization_errors_with_the_path() -> None:
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("strict", b'{"data": {"id": 1, "total": "1"}}')
    error = caught.value
    assert (error.vendor, error.path, error.cause) == (
        "strict",
        "$.data.id",
        "Expected `str`, got `int`",
    )
    assert isinstance(error.__cause__, msgspec.ValidationError)
    assert "strict" in str(error)
    assert "$.data.id" in str(error)


def test_malformed_json_becomes_a_normalization_error() -> None:
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("strict", b'{"data": ')
    assert caught.value.path == "$"
    assert isinstance(caught.value.__cause__, msgspec.DecodeError)


@pytest.mark.parametrize(
    ("body", "bare"),
    [
        (b'{"data": {"total": "1"}}', KeyError),
        (b'{"data": {"id": 1, "total": null}}', TypeError),
        (b'{"data": {"id": 1, "total": "12,50"}}', ArithmeticError),  # InvalidOperation
        (b'{"data": []}', TypeError),
    ],
)
def test_bare_errors_from_a_plugin_become_normalization_errors(
    body: bytes, bare: type[Exception]
) -> None:
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("loose", body)
    error = caught.value
    assert error.vendor == "loose"
    assert error.path == "$"
    assert isinstance(error.__cause__, bare)
    assert error.cause.startswith(type(error.__cause__).__name__)
    assert not isinstance(error, KeyError | TypeError | ArithmeticError)


def test_values_the_invoice_refuses_become_normalization_errors() -> None:
    with pytest.raises(NormalizationError, match="currency") as caught:
        invoicekit.normalize("sloppy", BODY)
    assert isinstance(caught.value.__cause__, ValueError)


def test_a_plugins_own_normalization_error_passes_through() -> None:
    with pytest.raises(NormalizationError) as caught:
        invoicekit.normalize("picky", BODY)
    assert caught.value.path == "$.data.kind"
    assert caught.value.__cause__ is None


def test_a_missing_implementation_is_not_hidden() -> None:
    with pytest.raises(NotImplementedError):
        invoicekit.normalize("lazy", BODY)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
payloads = st.one_of(
    json_values.map(lambda value: json.dumps(value).encode()),
    st.fixed_dictionaries(
        {"data": st.fixed_dictionaries({}, optional={"id": json_values, "total": json_values})}
    ).map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=40),
)


# The registry fixture runs once per test, not per example; the examples only read it.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=payloads, vendor=st.sampled_from(["strict", "loose"]))
def test_any_payload_normalizes_or_raises_normalization_error(body: bytes, vendor: str) -> None:
    try:
        invoice = invoicekit.normalize(vendor, body)
    except NormalizationError as error:
        failure = error
    else:
        assert type(invoice.totals.gross) is Decimal
        return
    assert failure.vendor == vendor
    assert failure.path.startswith("$")
