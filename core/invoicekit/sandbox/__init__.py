"""Local sandboxes of the vendors' APIs: a real HTTP server on loopback for tests and demos.

``invoicekit sandbox`` (or `SandboxServer` in-process, or the ``invoicekit_sandbox`` pytest
fixture) serves every registered vendor's API under its own prefix, such as
``http://127.0.0.1:8765/fynn``, with the vendor's real paths, authentication, paging, error
bodies and PDF downloads, over deterministic, seeded data of any size::

    from invoicekit.sandbox import Faults, SandboxServer

    with SandboxServer(size=100_000, faults=Faults(rate_429=0.1)) as server:
        with server.connect("fynn") as client:
            for invoice in client.list_invoices(page_size=50):
                ...

Each vendor provides its sandbox from `invoicekit.plugin.Vendor.sandbox`, which returns a
`SandboxFactory`: called as ``factory(size=..., seed=...)`` it builds a `VendorSandbox`, a
synchronous object that turns a `SandboxRequest` into a `SandboxResponse`. Third-party plugins
provide theirs the same way. The helpers here build data lazily and deterministically
(`rng_for`, `LazySequence`, `UuidIds`, `NumericIds`, `IdSequence`, `spread_date`, `sorted_range`,
`minimal_pdf`), route requests (`Router`) and inject faults (`Faults`).

The data can change while a sandbox runs (`Mutation`, ``SandboxServer.mutate``, the control
endpoint ``POST /_sandbox/mutations``; see `invoicekit.sandbox._mutations`): vendor sandboxes
that implement `MutableSandbox` then serve the changed data, and can POST the vendor's signed
webhook events for each change to a loopback receiver (``SandboxServer.send_webhooks``,
`WebhookSender`), with the vendor's retries and injectable faults (`WebhookFaults`).

`SpecSandbox` builds a vendor's routes, query checks and error bodies from its OpenAPI
document (`ApiSpec`, `locate_spec`, `read_query`, `page_numbers`, `error_body`), with
cursor paging (`cursor_page`, `integer_bounds`), page links (`page_link`, `page_links`),
HS256 login tokens (`jwt_encode`, `jwt_decode`) and the credentials a request presents where
the spec's security schemes say (`presented`); the vendor keeps its data generator and its
quirks.

Clients need no server: `SandboxTransport` and `AsyncSandboxTransport` answer httpx requests
from a `SandboxApp` in-process, and `SandboxServer.connect` uses them.

Importing this package does not import uvicorn; only starting a server does.
"""

from ._app import MAX_REQUEST_BODY, InjectedDisconnect, SandboxApp
from ._bounds import integer_bounds
from ._cursors import CursorPage, cursor_page
from ._data import (
    DEFAULT_PERIOD,
    IdSequence,
    LazySequence,
    NumericIds,
    SandboxRandom,
    UuidIds,
    company_name,
    rng_for,
    sorted_range,
    spread_date,
    spread_instant,
    stable_int,
)
from ._faults import Faults
from ._jwt import jwt_decode, jwt_encode
from ._links import page_link, page_links
from ._mutations import (
    Applied,
    Change,
    MutableSandbox,
    Mutation,
    MutationHooks,
    MutationState,
    Overlaid,
    random_mutations,
)
from ._oauth import OAuthRefusal, OAuthTokens, TokenEndpoint, read_form
from ._paging import Page, page_numbers
from ._pdf import minimal_pdf
from ._protocol import (
    SandboxError,
    SandboxFactory,
    SandboxRequest,
    SandboxResponse,
    VendorSandbox,
)
from ._query import Violation, read_query
from ._routing import Handler, Router
from ._security import (
    Checks,
    authorized,
    credentials_carried,
    presented,
    requirements_for,
    secret_check,
)
from ._server import SandboxServer, serve
from ._spec import ApiSpec, Operation, Parameter, locate_spec
from ._spec_sandbox import SpecSandbox, error_body
from ._transport import IN_PROCESS_ORIGIN, AsyncSandboxTransport, SandboxTransport
from ._typed_query import read_typed_query, unknown_parameters
from ._webhooks import Attempt, WebhookFaults, WebhookSender

__all__ = [
    "DEFAULT_PERIOD",
    "IN_PROCESS_ORIGIN",
    "MAX_REQUEST_BODY",
    "ApiSpec",
    "Applied",
    "AsyncSandboxTransport",
    "Attempt",
    "Change",
    "Checks",
    "CursorPage",
    "Faults",
    "Handler",
    "IdSequence",
    "InjectedDisconnect",
    "LazySequence",
    "MutableSandbox",
    "Mutation",
    "MutationHooks",
    "MutationState",
    "NumericIds",
    "OAuthRefusal",
    "OAuthTokens",
    "Operation",
    "Overlaid",
    "Page",
    "Parameter",
    "Router",
    "SandboxApp",
    "SandboxError",
    "SandboxFactory",
    "SandboxRandom",
    "SandboxRequest",
    "SandboxResponse",
    "SandboxServer",
    "SandboxTransport",
    "SpecSandbox",
    "TokenEndpoint",
    "UuidIds",
    "VendorSandbox",
    "Violation",
    "WebhookFaults",
    "WebhookSender",
    "authorized",
    "company_name",
    "credentials_carried",
    "cursor_page",
    "error_body",
    "integer_bounds",
    "jwt_decode",
    "jwt_encode",
    "locate_spec",
    "minimal_pdf",
    "page_link",
    "page_links",
    "page_numbers",
    "presented",
    "random_mutations",
    "read_form",
    "read_query",
    "read_typed_query",
    "requirements_for",
    "rng_for",
    "secret_check",
    "serve",
    "sorted_range",
    "spread_date",
    "spread_instant",
    "stable_int",
    "unknown_parameters",
]
