"""The Vendor base class: checked class attributes and the behaviour plugins inherit."""

import copy
import inspect
import pickle

import msgspec
import pytest

from invoicekit import ConfigurationError, InvoiceStatus, Unsupported
from invoicekit.plugin import Capabilities, CredentialSet, Vendor
from invoicekit.vendor import COMMON_FILTERS


class Daftra(Vendor):
    name = "daftra_like"
    title = "Daftra-like"
    credentials = (CredentialSet("api_key"), CredentialSet("token"))
    filters = frozenset({"issued_since", "page_size"})


class Yeti(Vendor):
    name = "yeti_like"
    title = "Yeti-like"
    docs_url = "https://example.org/docs"
    credentials = (
        CredentialSet("login", "password", description="customer portal login"),
        CredentialSet("token"),
    )
    supports_pdf = True

    def accepts_native_filter(self, name: str) -> bool:
        return name.startswith("reference_")


class Open(Vendor):
    name = "open"
    title = "Open"
    pdf_unsupported_reason = "the API has no document endpoint"


@pytest.mark.parametrize(
    ("vendor", "credentials", "label"),
    [
        (Daftra(), {"api_key": "k"}, "api_key"),
        (Daftra(), {"token": "t", "api_key": None}, "token"),
        (Yeti(), {"login": "l", "password": "p"}, "login+password"),
        (Yeti(), {"token": "t", "login": ""}, "token"),
        (Open(), {}, ""),
    ],
)
def test_check_credentials_returns_the_matching_set(
    vendor: Vendor, credentials: dict[str, str | None], label: str
) -> None:
    assert vendor.check_credentials(credentials) == label


SECRET = "hunter2-secret"


@pytest.mark.parametrize(
    ("vendor", "credentials", "message"),
    [
        (
            Yeti(),
            {"login": SECRET},
            "yeti_like: expected credentials (login, password) or (token); got: login",
        ),
        (
            Yeti(),
            {"login": SECRET, "password": SECRET, "token": SECRET},
            "yeti_like: expected credentials (login, password) or (token); "
            "got: login, password, token",
        ),
        (
            Daftra(),
            {"apikey": SECRET},
            "daftra_like: expected credentials (api_key) or (token); unknown name(s): apikey",
        ),
        (Daftra(), {}, "daftra_like: expected credentials (api_key) or (token); got: none"),
        (Open(), {"token": SECRET}, "open: expected credentials (none); unknown name(s): token"),
    ],
)
def test_check_credentials_explains_without_echoing_values(
    vendor: Vendor, credentials: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        vendor.check_credentials(credentials)
    assert str(caught.value) == message
    assert SECRET not in repr(caught.value)
    assert caught.value.vendor == vendor.name


def test_credential_set() -> None:
    credential_set = CredentialSet("login", "password", description="portal login")
    assert credential_set.names == ("login", "password")
    assert credential_set.label == "login+password"
    assert credential_set.description == "portal login"
    assert credential_set == CredentialSet("login", "password", description="portal login")
    assert CredentialSet().label == ""
    with pytest.raises(AttributeError):
        credential_set.names = ()  # type: ignore[misc]
    copies = pickle.loads(pickle.dumps(credential_set)), copy.deepcopy(credential_set)
    assert all(same == credential_set and hash(same) == hash(credential_set) for same in copies)
    parameters = inspect.signature(CredentialSet).parameters.values()
    assert [(p.name, p.kind) for p in parameters] == [
        ("names", inspect.Parameter.VAR_POSITIONAL),
        ("description", inspect.Parameter.KEYWORD_ONLY),
    ]


@pytest.mark.parametrize("names", [("API-Key",), ("login", "login"), ("",), (1,)])
def test_credential_names_are_checked(names: tuple[object, ...]) -> None:
    with pytest.raises(ValueError, match="credential name"):
        CredentialSet(*names)  # type: ignore[arg-type]


def test_check_filters() -> None:
    Daftra().check_filters(["issued_since", "page_size"])
    Yeti().check_filters(["reference_eq"])
    with pytest.raises(Unsupported) as caught:
        Daftra().check_filters(["status"])
    assert str(caught.value) == (
        "daftra_like does not support the 'status' filter: "
        "the filters it supports are: issued_since, page_size"
    )
    with pytest.raises(ConfigurationError, match="unknown filter 'issued_after'"):
        Yeti().check_filters(["issued_after"])


def test_native_filters_are_refused_by_default() -> None:
    assert not Daftra().accepts_native_filter("reference_eq")
    with pytest.raises(ConfigurationError):
        Daftra().check_filters(["reference_eq"])


def test_check_pdf() -> None:
    Yeti().check_pdf()
    with pytest.raises(Unsupported, match="open does not support invoice PDFs: the API has no"):
        Open().check_pdf()


def test_defaults_of_a_minimal_vendor() -> None:
    vendor = Open()
    assert vendor.docs_url is None
    assert vendor.credentials == ()
    assert vendor.filters == frozenset()
    assert vendor.supports_pdf is False
    assert vendor.sandbox() is None
    assert repr(vendor) == "<Open 'open'>"
    with pytest.raises(NotImplementedError):
        vendor.normalize(b"{}")


def test_capabilities() -> None:
    capabilities = Yeti().capabilities()
    assert capabilities == Capabilities(
        name="yeti_like",
        title="Yeti-like",
        docs_url="https://example.org/docs",
        credentials=(
            CredentialSet("login", "password", description="customer portal login"),
            CredentialSet("token"),
        ),
        filters=(),
        supports_pdf=True,
        pdf_unsupported_reason=None,
        has_sandbox=False,
    )
    encoded = msgspec.json.decode(msgspec.json.encode(capabilities))
    assert encoded["credentials"][0] == {
        "names": ["login", "password"],
        "description": "customer portal login",
    }


def test_capabilities_report_a_sandbox() -> None:
    class WithSandbox(Open):
        def sandbox(self) -> object:
            return "a sandbox description"

    assert WithSandbox().capabilities().has_sandbox


def test_common_filters() -> None:
    assert (
        frozenset({"issued_since", "issued_until", "status", "page_size", "updated_since"})
        == COMMON_FILTERS
    )


@pytest.mark.parametrize(
    ("attributes", "complaint"),
    [
        ({"name": "Yeti"}, "lowercase identifier"),
        ({"name": "my-vendor"}, "lowercase identifier"),
        ({"name": 3}, "lowercase identifier"),
        ({"title": "  "}, "title"),
        ({"name": "untitled"}, "no title"),
        ({"credentials": [CredentialSet("token")]}, "tuple of CredentialSet"),
        ({"credentials": (("token",),)}, "tuple of CredentialSet"),
        ({"filters": {"page_size"}}, "frozenset"),
        ({"filters": frozenset({"issued_after"})}, "unknown names"),
    ],
)
def test_class_attributes_are_checked_when_the_class_is_defined(
    attributes: dict[str, object], complaint: str
) -> None:
    with pytest.raises(TypeError, match=complaint):
        type("Bad", (Vendor,), attributes)


def test_an_intermediate_base_may_leave_name_and_title_to_subclasses() -> None:
    class Base(Vendor):
        credentials = (CredentialSet("token"),)

    class Concrete(Base):
        name = "concrete"
        title = "Concrete"

    assert Concrete().check_credentials({"token": "t"}) == "token"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["timezone"], "frozenset"),
        (frozenset({"Time Zone"}), "lowercase identifier"),
        (frozenset({"timeout"}), "clashes"),
        (frozenset({"api_key"}), "clashes"),
    ],
)
def test_vendor_options_are_checked_when_the_class_is_defined(
    options: object, message: str
) -> None:
    attributes = {
        "name": "broken",
        "title": "Broken",
        "credentials": (CredentialSet("api_key"),),
        "options": options,
    }
    with pytest.raises(TypeError, match=message):
        type("Broken", (Vendor,), attributes)


def test_well_formed_options_are_accepted() -> None:
    class Zoned(Vendor):
        name = "zoned"
        title = "Zoned"
        options = frozenset({"timezone"})

    assert Zoned.options == frozenset({"timezone"})


def test_a_vendor_without_options_refuses_them() -> None:
    class Plain(Vendor):
        name = "plain"
        title = "Plain"

    with pytest.raises(ConfigurationError, match="takes no options"):
        Plain().configured({"timezone": "UTC"})
    assert Plain().configured({}) is not None


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ({"coarse_statuses": {InvoiceStatus.OPEN}}, "frozenset of InvoiceStatus"),
        ({"coarse_statuses": frozenset({"open"})}, "frozenset of InvoiceStatus"),
        ({"filters": frozenset(), "coarse_statuses": frozenset({InvoiceStatus.OPEN})}, "'status'"),
    ],
)
def test_coarse_statuses_are_checked_when_the_class_is_defined(
    attributes: dict[str, object], message: str
) -> None:
    base = {"name": "coarse", "title": "Coarse", "filters": frozenset({"status"})}
    with pytest.raises(TypeError, match=message):
        type("Coarse", (Vendor,), {**base, **attributes})


def test_coarse_statuses_default_to_none() -> None:
    class Exact(Vendor):
        name = "exact"
        title = "Exact"
        filters = frozenset({"status"})

    assert Exact.coarse_statuses == frozenset()
