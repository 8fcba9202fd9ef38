"""The `Vendor` base class: what a plugin registers, and where each vendor's behaviour lives.

A plugin subclasses `Vendor` once per billing system, sets its class attributes and overrides the
methods its vendor supports, then registers an instance from its ``register_vendors`` hook::

    import invoicekit


    class Acme(invoicekit.plugin.Vendor):
        name = "acme"
        title = "Acme Billing"
        credentials = (invoicekit.plugin.CredentialSet("api_key"),)
        filters = frozenset({"issued_since", "page_size"})

        def normalize(self, body: bytes) -> invoicekit.Invoice: ...


    @invoicekit.plugin.hookimpl
    def register_vendors(register):
        register(Acme())
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import inspect
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import msgspec

from invoicekit._envelope import Envelope, invoice_reader, read_invoice, rooted
from invoicekit.errors import ConfigurationError, Unsupported
from invoicekit.model import InvoiceStatus

if TYPE_CHECKING:
    from collections.abc import Generator, Sequence

    import httpx

    from invoicekit._flowtypes import Call, ErrorDetail, ListQuery
    from invoicekit._paging import RawPage
    from invoicekit._pagingtypes import Paging
    from invoicekit.flows import Flow, ListFlow
    from invoicekit.model import Invoice
    from invoicekit.sandbox._protocol import SandboxFactory
    from invoicekit.webhooks._event import WebhookEvent
    from invoicekit.webhooks._support import WebhookSupport

# The flow types and the paging loop are imported by the methods that talk HTTP, not above: they
# define frozen dataclasses, which every first `invoicekit.normalize` would otherwise pay for.
__all__ = ["COMMON_FILTERS", "Capabilities", "CredentialSet", "Vendor", "filter_type"]

#: Filters with one meaning across vendors; a vendor lists those it can apply in `Vendor.filters`.
#: ``issued_since``/``issued_until``: issue date bounds, inclusive. ``updated_since``: the
#: vendor's own last-change time. ``status``: an `invoicekit.InvoiceStatus`. ``page_size``: how
#: many invoices per request.
COMMON_FILTERS: frozenset[str] = frozenset(
    {"issued_since", "issued_until", "page_size", "status", "updated_since"}
)

_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")
#: Native filters an unknown-filter error names one by one; a longer list is only counted.
_LISTED_FILTERS = 40


_TYPE_NAMES: dict[object, str] = {
    int: "integer",
    float: "decimal",
    str: "text",
    bool: "boolean",
    dt.date: "date (YYYY-MM-DD)",
    dt.datetime: "date-time (ISO 8601)",
    uuid.UUID: "UUID",
}


def filter_type(annotation: Any) -> str:
    """A generated client's parameter annotation (``int | Unset``) in words, for
    `Vendor.native_filters`: ``"integer"``, ``"date (YYYY-MM-DD)"``, ``"one of 0, 1, 2"``."""
    members = (
        set(typing.get_args(annotation))
        if isinstance(annotation, types.UnionType)
        else {annotation}
    )
    members.discard(msgspec.UnsetType)
    if members == {float, str}:
        return "decimal"
    if len(members) == 1:
        (only,) = members
        if only in _TYPE_NAMES:
            return _TYPE_NAMES[only]
        if isinstance(only, type) and issubclass(only, enum.Enum):
            return "one of " + ", ".join(str(member.value) for member in only)
    return "text"


#: `connect`'s and `connect_async`'s own keywords: a credential of one of these names could never
#: be passed (``connect(..., timeout="...")`` sets the timeout). A test keeps this in step.
RESERVED_CREDENTIAL_NAMES = frozenset(
    {
        "vendor",
        "base_url",
        "timeout",
        "retries",
        "transport",
        "http_client",
        "httpx_args",
        "allow_insecure",
        "limits",
    }
)


class _CredentialSetType(msgspec.StructMeta):
    """Gives `CredentialSet` its constructor, ``CredentialSet("login", "password")``, checked:
    a Struct cannot define ``__init__``, and calling a class calls its metaclass first."""

    def __call__(cls, *names: str, description: str | None = None) -> Any:
        for name in names:
            if not isinstance(name, str) or not _IDENTIFIER.fullmatch(name):
                raise ValueError(f"credential name {name!r} is not a lowercase identifier")
            if name in RESERVED_CREDENTIAL_NAMES:
                raise ValueError(
                    f"credential name {name!r} clashes with a keyword of invoicekit.connect()"
                )
        if len(set(names)) != len(names):
            raise ValueError(f"credential names repeat: {names!r}")
        return super().__call__(names, description)

    @property
    def __signature__(cls) -> inspect.Signature:
        # What `help()` and `inspect.signature` show: the constructor above, not the fields.
        return inspect.signature(cls.__call__).replace(return_annotation=cls)


# A frozen Struct (equal, hashable, immutable, encodable as a frozen dataclass was), because
# every vendor class builds its sets at import: defining a dataclass costs about 0.3 ms, and
# importing `dataclasses` about 1 ms, which every first `invoicekit.normalize` would pay.
class CredentialSet(msgspec.Struct, frozen=True, metaclass=_CredentialSetType):
    """One set of credentials a vendor accepts; all of its names are given together.

    A vendor that accepts a login and password or else a token declares
    ``(CredentialSet("login", "password"), CredentialSet("token"))``. A set with no names means
    the vendor can be used without credentials.

    Attributes:
        names: the credential names, lowercase identifiers, such as ``("login", "password")``.
        description: where to get them, for documentation and help output.
    """

    names: tuple[str, ...]
    description: str | None = None

    if TYPE_CHECKING:  # the signature `_CredentialSetType.__call__` gives it

        def __init__(self, *names: str, description: str | None = None) -> None: ...

    def __reduce__(self) -> tuple[Any, ...]:
        # pickle and deepcopy call the class again: with the names spread, as it takes them.
        return functools.partial(CredentialSet, description=self.description), self.names

    @property
    def label(self) -> str:
        """The names joined by ``+`` (``"login+password"``); ``""`` for the empty set."""
        return "+".join(self.names)


class Capabilities(msgspec.Struct, frozen=True, kw_only=True):
    """What a vendor plugin offers, as listed by ``invoicekit.plugins()`` and the CLI.

    Attributes:
        name: the vendor's registry name.
        title: its human-readable name.
        docs_url: the vendor's API documentation.
        credentials: the credential sets it accepts.
        filters: the common filters it applies server-side, sorted.
        supports_pdf: whether it serves invoice PDFs.
        pdf_unsupported_reason: why not, when it does not.
        has_sandbox: whether it ships a local sandbox of the vendor's API.
        native_filters: the vendor's own filters, name to value type (`Vendor.native_filters`).
        updated_since: ``"native"`` when the vendor's API lists what changed since an instant
            (``updated_since`` is among `filters`), else ``"emulated"``: `invoicekit.sync`
            lists everything and compares it with what its store holds.
        updated_since_window: how far back the native listing reaches (``None``: no limit).
    """

    name: str
    title: str
    docs_url: str | None
    credentials: tuple[CredentialSet, ...]
    filters: tuple[str, ...]
    supports_pdf: bool
    pdf_unsupported_reason: str | None
    has_sandbox: bool
    native_filters: dict[str, str] = {}
    updated_since: Literal["native", "emulated"] = "emulated"
    updated_since_window: dt.timedelta | None = None


def _check_options(cls: type[Vendor]) -> None:
    """Options are lowercase identifiers that clash with neither connect() nor a credential."""
    if not isinstance(cls.options, frozenset):
        raise TypeError(f"{cls.__qualname__}.options must be a frozenset")
    credentials = {name for item in cls.credentials for name in item.names}
    for option in cls.options:
        if not isinstance(option, str) or not _IDENTIFIER.fullmatch(option):
            raise TypeError(f"{cls.__qualname__}.options: {option!r} is not a lowercase identifier")
        if option in RESERVED_CREDENTIAL_NAMES or option in credentials:
            raise TypeError(
                f"{cls.__qualname__}.options: {option!r} clashes with a keyword of "
                "invoicekit.connect() or a credential name"
            )


def _check_coarse_statuses(cls: type[Vendor]) -> None:
    """Coarse statuses are a frozenset of `InvoiceStatus`, of a vendor that filters by status."""
    coarse = cls.coarse_statuses
    if not isinstance(coarse, frozenset) or not all(
        isinstance(status, InvoiceStatus) for status in coarse
    ):
        raise TypeError(f"{cls.__qualname__}.coarse_statuses must be a frozenset of InvoiceStatus")
    if coarse and "status" not in cls.filters:
        raise TypeError(f"{cls.__qualname__}.coarse_statuses needs 'status' in its filters")


class Vendor:
    """Base class of the object a plugin registers for one billing vendor.

    Subclasses set the class attributes below (checked when the subclass is defined, so a
    mistake fails at import and the registry reports the plugin as broken) and override the
    methods their vendor supports.

    Compatibility promise: later versions of invoicekit add class attributes with defaults and
    methods with default implementations (those a vendor must opt into raise `Unsupported`),
    never required attributes or abstract methods. A plugin written against this version keeps
    working; that is also why this class is not an `abc.ABC`.

    Attributes:
        name: registry key, a lowercase identifier (``[a-z][a-z0-9_]*``). Required.
        title: human-readable name, such as ``"Yeti-switch"``. Required.
        docs_url: the vendor's API documentation.
        credentials: the alternative credential sets the vendor accepts, in order of
            preference. Empty means none are needed.
        filters: the `COMMON_FILTERS` the vendor applies server-side.
        coarse_statuses: the statuses the vendor's own status filter selects only together
            with others (Stripe's ``open`` holds open and partially paid invoices, its
            ``paid`` paid and overpaid ones). `status_filter` maps each to that coarse value,
            and the client keeps, after mapping, only the invoices whose status was asked for,
            on every listing path (`list_invoices`, `pages`, the CLI, `invoicekit.sync`).
            Requires ``"status"`` in `filters`.
        supports_pdf: whether the vendor serves invoice PDFs.
        pdf_unsupported_reason: why it does not, shown in `Unsupported` errors.
        supports_xml: whether the vendor serves its own e-invoice XML of an invoice
            (`download_xml_flow`).
        max_page_size: the largest ``page_size`` the vendor's API accepts, if it has a limit.
        number_filter: the native filter that lists invoices by their number (Fynn's
            ``number``), which ``get_invoice_by_number`` uses; ``None`` when the vendor's API
            has none, and finding an invoice by number raises `Unsupported`.
        webhooks: the webhooks the vendor sends (an `invoicekit.webhooks.WebhookSupport`:
            signature scheme, envelope, event names), or ``None`` if it sends none.
        webhooks_unsupported_reason: why it sends none, shown in `Unsupported` errors.
        options: names of non-secret settings the vendor takes beside its credentials, as
            keywords of `invoicekit.connect()` and `invoicekit.normalize()` (Yeti's
            ``timezone``); `configured` applies them.
        updated_since_window: how far back a native ``updated_since`` listing reaches, when
            the vendor keeps changes for a limited time (Stripe's Events API: 30 days);
            ``None``: unlimited. An older cursor needs a full listing.
        requests_per_second: the request budget per host that `invoicekit.sync.run_accounts`
            keeps to when it syncs many accounts of the vendor; ``None``: its default.
        envelope: where the invoice sits in a single-invoice body and in a list body
            (`invoicekit.flows.Envelope`). With it, `normalize` and `get_invoice_flow` need no
            code of their own: the vendor writes `map_invoice` (and `invoice_request`).
        paging: the vendor's declared paging (`invoicekit.flows.PageNumber`, ``Offset``,
            ``Cursor`` or ``NextLink``). With it, `list_invoices_flow` needs no code of its
            own: the vendor writes `list_request` (and `read_page` when a page needs more than
            `map_invoice`).
        default_page_size: invoices per list request when the caller gives no ``page_size``.

    Talking to the vendor's API: `invoicekit.connect()` asks the vendor for *flows* (see
    `invoicekit.flows`), generators that yield the HTTP calls to make and return normalized
    invoices; the client sends the calls. A vendor overrides `authenticate`,
    `get_invoice_flow`, `list_invoices_flow`, `download_pdf_flow` and `parse_error`.
    """

    name: ClassVar[str]
    title: ClassVar[str]
    docs_url: ClassVar[str | None] = None
    credentials: ClassVar[tuple[CredentialSet, ...]] = ()
    filters: ClassVar[frozenset[str]] = frozenset()
    coarse_statuses: ClassVar[frozenset[InvoiceStatus]] = frozenset()
    supports_pdf: ClassVar[bool] = False
    pdf_unsupported_reason: ClassVar[str | None] = None
    supports_xml: ClassVar[bool] = False
    max_page_size: ClassVar[int | None] = None
    number_filter: ClassVar[str | None] = None
    webhooks: ClassVar[WebhookSupport | None] = None
    webhooks_unsupported_reason: ClassVar[str | None] = None
    options: ClassVar[frozenset[str]] = frozenset()
    updated_since_window: ClassVar[dt.timedelta | None] = None
    requests_per_second: ClassVar[float | None] = None
    envelope: ClassVar[Envelope | None] = None
    paging: ClassVar[Paging | None] = None
    default_page_size: ClassVar[int] = 100

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Check the class attributes a subclass sets, so mistakes fail at import time."""
        super().__init_subclass__(**kwargs)
        # Only what this class sets: an intermediate base class may leave name and title to
        # its subclasses.
        own = vars(cls)
        if "name" in own and (not isinstance(cls.name, str) or not _IDENTIFIER.fullmatch(cls.name)):
            raise TypeError(f"{cls.__qualname__}.name must be a lowercase identifier: {cls.name!r}")
        if "title" in own and (not isinstance(cls.title, str) or not cls.title.strip()):
            raise TypeError(f"{cls.__qualname__}.title must be a non-empty string")
        if "name" in own and not hasattr(cls, "title"):
            raise TypeError(f"{cls.__qualname__} sets a name but no title")
        if "credentials" in own and not (
            isinstance(cls.credentials, tuple)
            and all(isinstance(item, CredentialSet) for item in cls.credentials)
        ):
            raise TypeError(f"{cls.__qualname__}.credentials must be a tuple of CredentialSet")
        if "filters" in own:
            if not isinstance(cls.filters, frozenset):
                raise TypeError(f"{cls.__qualname__}.filters must be a frozenset")
            if unknown := cls.filters - COMMON_FILTERS:
                raise TypeError(
                    f"{cls.__qualname__}.filters has unknown names {sorted(unknown)}; "
                    f"common filters are {sorted(COMMON_FILTERS)}"
                )
        if "options" in own:
            _check_options(cls)
        if "coarse_statuses" in own:
            _check_coarse_statuses(cls)
        window = cls.updated_since_window
        if window is not None and not (
            isinstance(window, dt.timedelta) and window > dt.timedelta(0)
        ):
            raise TypeError(f"{cls.__qualname__}.updated_since_window must be a positive timedelta")
        rate = cls.requests_per_second
        if rate is not None and not (isinstance(rate, int | float) and rate > 0):
            raise TypeError(f"{cls.__qualname__}.requests_per_second must be a positive number")

    def __repr__(self) -> str:
        return f"<{type(self).__qualname__} {getattr(self, 'name', '?')!r}>"

    def normalize(self, body: bytes) -> Invoice:
        """Turn one single-invoice response body into an `invoicekit.Invoice`.

        ``body`` is exactly what the vendor's API returns for one invoice (for Daftra, the
        whole ``{"code": 200, "data": {"Invoice": ...}}`` document). Decode it with the
        plugin's generated client models; let `msgspec.ValidationError` escape, since
        `invoicekit.normalize` turns it into a `NormalizationError` with the JSON path. Keep
        the invoice's own JSON in `Invoice.raw`.

        A vendor that declares `envelope` writes `map_invoice` instead: the default finds the
        invoice object at ``envelope.invoice`` and maps it, errors rooted there. Without an
        envelope and without an override it raises `NotImplementedError`.
        """
        if self.envelope is None:
            raise NotImplementedError(f"{type(self).__qualname__} does not implement normalize()")
        return read_invoice(self.name, self.envelope, body, self.map_invoice, self.body_context)

    @functools.cached_property
    def reader(self) -> Callable[[bytes], Invoice]:
        """What `invoicekit.normalize` calls with each body: `normalize`, or, for a vendor that
        declares `envelope` and keeps the default `normalize`, `read_invoice` bound to this
        vendor's `map_invoice` and `body_context`, if it has one (`invoice_reader`); the same
        result without a call through this class on every invoice. Made once per vendor."""
        cls = type(self)
        if self.envelope is None or cls.normalize is not Vendor.normalize:
            return lambda body: self.normalize(body)  # noqa: PLW0108 - looked up per call
        context = None if cls.body_context is Vendor.body_context else self.body_context
        return invoice_reader(self.name, self.envelope, self.map_invoice, context)

    def map_invoice(self, raw: msgspec.Raw, context: Any) -> Invoice:
        """Map one invoice object (its own bytes ``raw``, which `Invoice.raw` keeps) to an
        `invoicekit.Invoice`; ``context`` is what `body_context` read from the body around it.

        Decode ``raw`` with the generated models and let msgspec's errors escape: paths are
        taken from the invoice object (``$.attributes.amount``), and the core roots them at
        the body the user passed (``$.data[3].attributes.amount``). Vendors that declare
        `envelope` override this.
        """
        raise NotImplementedError(f"{type(self).__qualname__} does not implement map_invoice()")

    def body_context(self, body: bytes) -> Any:
        """What the invoices of ``body`` share beside the invoice objects (Yeti's ``included``
        accounts), read once per body and passed to `map_invoice`; None by default."""
        return None

    def invoice_request(self, invoice_id: str) -> Mapping[str, Any]:
        """The `Call` kwargs that fetch one invoice (a generated endpoint's ``build_request``),
        for the default `get_invoice_flow`; the default raises `Unsupported`."""
        raise Unsupported(self.name, "fetching invoices over HTTP")

    def list_request(self, query: ListQuery, params: dict[str, Any]) -> Mapping[str, Any]:
        """The `Call` kwargs of one list page, for the default `list_invoices_flow`.

        ``params`` are the paging parameters under the names `paging` declares (``{"page": 2,
        "limit": 100}``), to pass to the generated ``build_request`` with the filters of
        ``query``. Raise `ConfigurationError` or `Unsupported` for filters it cannot send; it
        is called for the first page before any request. The default raises `Unsupported`.
        """
        raise Unsupported(self.name, "listing invoices over HTTP")

    def read_page(
        self, query: ListQuery, page: RawPage
    ) -> Generator[Call, httpx.Response, Sequence[Invoice]]:
        """The invoices of one list page: each item mapped by `map_invoice` (errors rooted at
        ``$.data[i]``). Override it where a page needs more (further calls, a filter the API
        cannot apply); it may yield `Call`s."""
        context = rooted(self.name, "$", lambda: self.body_context(page.body))
        return page.invoices(lambda raw: self.map_invoice(raw, context))
        yield  # pragma: no cover - a generator that makes no calls

    def configured(self, options: Mapping[str, str]) -> Vendor:
        """This vendor with ``options`` (names from `options`) applied, as a new object.

        invoicekit calls it once per client (and per ``normalize`` call) that passes options,
        so per-account settings never leak into the registered vendor. A vendor that declares
        `options` overrides it; the default accepts none.
        """
        if options:
            raise ConfigurationError(
                f"takes no options; got {', '.join(sorted(options))}", vendor=self.name
            )
        return self

    def check_credentials(self, credentials: Mapping[str, object]) -> str:
        """Return the `CredentialSet.label` of the set that ``credentials`` gives.

        The names given (those whose value is not ``None`` or ``""``) must equal one accepted
        set exactly. Otherwise raise `ConfigurationError` naming the expected sets and any
        unknown names; values never appear in the message.
        """
        given = {name for name, value in credentials.items() if value is not None and value != ""}
        accepted = self.credentials or (CredentialSet(),)
        for credential_set in accepted:
            if given == set(credential_set.names):
                return credential_set.label
        expected = " or ".join(f"({', '.join(item.names) or 'none'})" for item in accepted)
        known = {name for item in accepted for name in item.names}
        if unknown := sorted(given - known):
            found = f"unknown name(s): {', '.join(unknown)}"
        else:
            found = f"got: {', '.join(sorted(given)) or 'none'}"
        raise ConfigurationError(f"expected credentials {expected}; {found}", vendor=self.name)

    def accepts_native_filter(self, name: str) -> bool:
        """Whether ``name`` is a filter of the vendor's own API that the plugin passes through.

        Vendors with many filter parameters (Yeti has one per field and predicate) may answer by
        pattern. The default accepts the names of `native_filters`.
        """
        return name in self.native_filters()

    def check_filters(self, names: Iterable[str]) -> None:
        """Fail before any request if a filter cannot be applied.

        Raise `Unsupported` for a common filter this vendor cannot apply and
        `ConfigurationError` for a name that is neither a common filter nor accepted by
        `accepts_native_filter`.
        """
        for name in names:
            if name in self.filters:
                continue
            if name in COMMON_FILTERS:
                supported = ", ".join(sorted(self.filters)) or "none"
                raise Unsupported(
                    self.name, f"the {name!r} filter", f"the filters it supports are: {supported}"
                )
            if not self.accepts_native_filter(name):
                raise ConfigurationError(
                    f"unknown filter {name!r}; {self._filter_listing(name)}", vendor=self.name
                )

    def native_filters(self) -> Mapping[str, str]:
        """The vendor's own filters that `accepts_native_filter` accepts: name → value type.

        Types are in words (``"text"``, ``"integer"``, ``"decimal"``, ``"date (YYYY-MM-DD)"``),
        for ``invoicekit vendors --filters`` and for unknown-filter errors. A plugin that
        accepts native filters overrides this; the default lists none.
        """
        return {}

    def _filter_listing(self, wrong: str) -> str:
        """What an unknown-filter error says this vendor does accept (close names first)."""
        native = sorted(self.native_filters())
        common = ", ".join(sorted(self.filters)) or "none"
        import difflib  # noqa: PLC0415 - only a misspelt filter needs it (cold start)

        close = difflib.get_close_matches(wrong, [*self.filters, *native], n=3, cutoff=0.6)
        hint = f"did you mean {' or '.join(map(repr, close))}? " if close else ""
        if len(native) > _LISTED_FILTERS:
            own = f"{len(native)} filters (invoicekit vendors --filters {self.name} lists them)"
        else:
            own = ", ".join(native) or "none"
        return f"{hint}{self.name} accepts the common filters: {common}; and its own: {own}"

    def check_pdf(self) -> None:
        """Raise `Unsupported`, with the vendor's reason, unless the vendor serves PDFs."""
        if not self.supports_pdf:
            raise Unsupported(self.name, "invoice PDFs", self.pdf_unsupported_reason)

    def check_id(self, invoice_id: str) -> None:
        """Reject, before any request, an id this vendor cannot have (raise `ConfigurationError`).

        The client has already refused empty, overlong and whitespace ids; the default accepts
        the rest.
        """

    def authenticate(
        self, credentials: Mapping[str, str], base_url: httpx.URL
    ) -> httpx.Auth | None:
        """Return the `httpx.Auth` that signs requests with ``credentials`` (already checked).

        It is only applied to requests for the client's own origin, ``base_url``. It may run a
        login flow against ``base_url`` (Yeti trades a login and password for a JWT). Its repr
        must not show the credentials. The default sends no credentials.
        """
        return None

    def status_filter(self, statuses: tuple[InvoiceStatus, ...]) -> tuple[str, ...]:
        """Map normalized statuses to the vendor's own status values for `ListQuery.status`.

        Vendors that list ``"status"`` in `filters` override this; the default raises
        `Unsupported`. A status in `coarse_statuses` maps to the vendor value that selects it
        among others (the client drops the others after mapping): only the vendor's own
        values reach `ListQuery.status`.
        """
        raise Unsupported(self.name, "the 'status' filter")

    def get_invoice_flow(self, invoice_id: str) -> Flow:
        """The flow that fetches one invoice and returns it normalized.

        The default sends `invoice_request` and normalizes the answer with `normalize`.
        """
        return self._get_flow(self.invoice_request(invoice_id))

    def _get_flow(self, kwargs: Mapping[str, Any]) -> Generator[Call, httpx.Response, Invoice]:
        from invoicekit._flowtypes import Call  # noqa: PLC0415 - see the imports

        response = yield Call(kwargs)
        return self.normalize(response.content)

    def list_invoices_flow(self, query: ListQuery) -> ListFlow:
        """The flow that pages through the invoices matching ``query``, oldest first if it can.

        The default runs the declared `paging` (`invoicekit.flows.list_flow`) with
        `list_request` and `read_page`; without `paging` it raises `Unsupported`.
        """
        if self.paging is None:
            raise Unsupported(self.name, "listing invoices over HTTP")
        from invoicekit._paging import list_flow  # noqa: PLC0415 - see the imports

        return list_flow(
            self.name,
            self.paging,
            request=lambda params: self.list_request(query, params),
            read=lambda page: self.read_page(query, page),
            page_size=query.page_size or self.default_page_size,
            items=self.envelope.items if self.envelope is not None else ("data",),
        )

    def download_pdf_flow(self, invoice_id: str) -> Flow:
        """The flow that fetches an invoice's PDF and returns its bytes."""
        self.check_pdf()
        raise Unsupported(self.name, "invoice PDFs")

    def download_xml_flow(self, invoice_id: str) -> Flow:
        """The flow that fetches the vendor's own e-invoice (CII or UBL XML) of an invoice.

        Vendors that set `supports_xml` override this; the default raises `Unsupported`.
        """
        raise Unsupported(self.name, "e-invoice XML documents")

    def parse_error(self, response: httpx.Response) -> ErrorDetail:
        """The vendor's error code and message from an error response, as far as it parses."""
        from invoicekit._flowtypes import ErrorDetail  # noqa: PLC0415 - see the imports

        return ErrorDetail()

    def parse_webhook(self, body: bytes) -> WebhookEvent:
        """Decode one (already verified) webhook body into an `invoicekit.webhooks.WebhookEvent`.

        Vendors that declare `webhooks` override this; decode with generated models and let
        `msgspec.ValidationError` escape, as in `normalize`. The default raises `Unsupported`.
        """
        raise Unsupported(self.name, "webhooks", self.webhooks_unsupported_reason)

    def sandbox(self) -> SandboxFactory | None:
        """Return the factory of this vendor's local sandbox, or ``None`` if it has none.

        A sandbox is a fake of the vendor's API (its paths, authentication, paging, error
        bodies and PDFs over seeded data) that ``invoicekit sandbox``,
        `invoicekit.sandbox.SandboxServer` and the ``invoicekit_sandbox`` pytest fixture serve
        on loopback. The factory is called as ``factory(size=..., seed=...)`` and returns an
        `invoicekit.sandbox.VendorSandbox`; a class with that constructor is a factory. See
        `invoicekit.sandbox` for the protocol and the data helpers.

        It must be cheap and start nothing, since listing capabilities calls it. Import the
        sandbox module inside it, so that importing the plugin stays light::

            def sandbox(self):
                from invoicekit_acme._sandbox import AcmeSandbox

                return AcmeSandbox
        """
        return None

    def capabilities(self) -> Capabilities:
        """Summarize what this vendor offers: credentials, filters, PDFs and sandbox."""
        return Capabilities(
            name=self.name,
            title=self.title,
            docs_url=self.docs_url,
            credentials=self.credentials,
            filters=tuple(sorted(self.filters)),
            supports_pdf=self.supports_pdf,
            pdf_unsupported_reason=self.pdf_unsupported_reason,
            has_sandbox=self.sandbox() is not None,
            native_filters=dict(sorted(self.native_filters().items())),
            updated_since="native" if "updated_since" in self.filters else "emulated",
            updated_since_window=self.updated_since_window,
        )
