"""The error tree, its messages, and the translation of msgspec errors."""

import pickle
from decimal import Decimal

import msgspec
import pytest

from invoicekit import (
    AuthenticationError,
    ConfigurationError,
    InvoiceKitError,
    NormalizationError,
    NotFound,
    PluginError,
    RateLimited,
    TransportError,
    UnknownVendor,
    Unsupported,
    VendorError,
)
from invoicekit._normalize import normalization_error


@pytest.mark.parametrize(
    ("error", "bases"),
    [
        (ConfigurationError, (InvoiceKitError, ValueError)),
        (UnknownVendor, (InvoiceKitError, KeyError)),
        (PluginError, (InvoiceKitError,)),
        (NormalizationError, (InvoiceKitError, ValueError)),
        (Unsupported, (InvoiceKitError,)),
        (TransportError, (InvoiceKitError,)),
        (VendorError, (InvoiceKitError,)),
        (AuthenticationError, (VendorError,)),
        (NotFound, (VendorError,)),
        (RateLimited, (VendorError,)),
        (InvoiceKitError, (Exception,)),
    ],
)
def test_tree(error: type[Exception], bases: tuple[type[Exception], ...]) -> None:
    assert all(issubclass(error, base) for base in bases)


def test_only_the_documented_mixins() -> None:
    assert not issubclass(PluginError, ValueError)
    assert not issubclass(VendorError, ValueError)
    assert not issubclass(NormalizationError, KeyError)


def test_unknown_vendor_reads_as_a_sentence() -> None:
    error = UnknownVendor("nope", ["yeti", "daftra"])
    assert str(error) == "unknown vendor 'nope'; known vendors: daftra, yeti"
    assert error.name == "nope"
    assert error.known == ("daftra", "yeti")
    with pytest.raises(KeyError):
        raise error


def test_unknown_vendor_with_a_hint_and_no_vendors() -> None:
    error = UnknownVendor("acme", [], hint="plugin 'acme' failed to load: ImportError: x")
    assert str(error) == (
        "unknown vendor 'acme'; known vendors: none (plugin 'acme' failed to load: ImportError: x)"
    )


def test_normalization_error_names_vendor_and_path() -> None:
    error = NormalizationError("daftra", "$.data.Invoice.id", "Expected `int`, got `str`")
    assert (error.vendor, error.path, error.cause) == (
        "daftra",
        "$.data.Invoice.id",
        "Expected `int`, got `str`",
    )
    assert "daftra" in str(error)
    assert "$.data.Invoice.id" in str(error)
    assert "Expected `int`, got `str`" in str(error)


class Inner(msgspec.Struct):
    id: int
    total: Decimal


class Data(msgspec.Struct):
    Invoice: Inner


class Envelope(msgspec.Struct):
    data: Data


def translate(body: bytes) -> NormalizationError:
    with pytest.raises(msgspec.MsgspecError) as caught:
        msgspec.json.decode(body, type=Envelope)
    return normalization_error("daftra", caught.value)


def test_validation_error_path_is_extracted() -> None:
    error = translate(b'{"data": {"Invoice": {"id": "x", "total": "1"}}}')
    assert error.vendor == "daftra"
    assert error.path == "$.data.Invoice.id"
    assert error.cause == "Expected `int`, got `str`"


def test_path_with_an_array_index_is_extracted() -> None:
    class Page(msgspec.Struct):
        items: list[int]

    with pytest.raises(msgspec.ValidationError) as caught:
        msgspec.json.decode(b'{"items": [1, "two"]}', type=Page)
    error = normalization_error("fynn", caught.value)
    assert error.path == "$.items[1]"


def test_missing_field_path() -> None:
    error = translate(b'{"data": {"Invoice": {"id": 1}}}')
    assert error.path == "$.data.Invoice"
    assert error.cause == "Object missing required field `total`"


def test_top_level_validation_error_has_the_root_path() -> None:
    error = translate(b"[]")
    assert error.path == "$"
    assert error.cause == "Expected `object`, got `array`"


def test_decode_error_has_the_root_path() -> None:
    error = translate(b'{"data": ')
    assert error.path == "$"
    assert error.cause.startswith("Input data was truncated")


def test_unsupported_says_why() -> None:
    error = Unsupported("yeti", "the 'status' filter", "invoices visible to customers are final")
    assert str(error) == (
        "yeti does not support the 'status' filter: invoices visible to customers are final"
    )
    assert str(Unsupported("yeti", "invoice PDFs")) == "yeti does not support invoice PDFs"


SECRET = "s3cr3t-key"


@pytest.mark.parametrize(
    "path",
    [
        f"/api2/invoices/1.json?apikey={SECRET}",
        f"https://user:{SECRET}@x.daftra.com/api2/invoices/1.json?hash={SECRET}#{SECRET}",
    ],
)
def test_request_errors_never_show_credentials_or_query_strings(path: str) -> None:
    errors = [
        VendorError("daftra", method="GET", path=path, status_code=500, code="E1"),
        AuthenticationError("daftra", method="GET", path=path, status_code=401),
        NotFound("daftra", method="GET", path=path, status_code=404),
        RateLimited("daftra", method="GET", path=path, retry_after=2.5),
        TransportError("daftra", method="GET", path=path, reason="connection refused"),
    ]
    for error in errors:
        assert error.path == "/api2/invoices/1.json"
        for text in (str(error), repr(error)):
            assert SECRET not in text
            assert "?" not in text
            assert "daftra" in text


def test_vendor_error_message() -> None:
    error = NotFound(
        "daftra",
        method="GET",
        path="/api2/invoices/9.json",
        status_code=404,
        code="404",
        vendor_message="Invoice not found",
    )
    assert str(error) == (
        "daftra: GET /api2/invoices/9.json returned HTTP 404 (code 404): Invoice not found"
    )
    assert (error.status_code, error.code, error.vendor_message) == (
        404,
        "404",
        "Invoice not found",
    )


def test_rate_limited_carries_retry_after() -> None:
    error = RateLimited("fynn", method="GET", path="/invoices", retry_after=30.0)
    assert error.status_code == 429
    assert error.retry_after == 30.0
    assert RateLimited("fynn", method="GET", path="/invoices").retry_after is None


def test_configuration_error_names_the_vendor() -> None:
    error = ConfigurationError("expected credentials (api_key)", vendor="daftra")
    assert str(error) == "daftra: expected credentials (api_key)"
    assert error.vendor == "daftra"


@pytest.mark.parametrize(
    "error",
    [
        ConfigurationError("bad", vendor="daftra"),
        UnknownVendor("nope", ["yeti"], hint="why"),
        PluginError("broken", plugin="acme"),
        NormalizationError("yeti", "$.data", "Expected `str`, got `int`"),
        Unsupported("yeti", "invoice PDFs", "none"),
        TransportError("fynn", method="GET", path="/invoices", reason="timeout"),
        VendorError("fynn", method="GET", path="/invoices", status_code=500, code="x"),
        RateLimited("fynn", method="GET", path="/invoices", retry_after=1.0),
    ],
    ids=lambda error: type(error).__name__,
)
def test_errors_survive_pickling(error: InvoiceKitError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (401, AuthenticationError),
        (403, AuthenticationError),
        (404, NotFound),
        (429, RateLimited),
        (500, VendorError),
        (422, VendorError),
    ],
)
def test_for_status_picks_the_error_class(status: int, expected: type) -> None:
    error = VendorError.for_status(
        "acme", method="GET", path="/x", status_code=status, code="c", retry_after=3.0
    )
    assert type(error) is expected
    assert (error.vendor, error.status_code, error.code) == ("acme", status, "c")
    if isinstance(error, RateLimited):
        assert error.retry_after == 3.0
