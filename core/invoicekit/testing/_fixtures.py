"""The ``invoicekit_sandbox`` fixture and its command-line option.

pytest imports this module in every run of anyone who has invoicekit installed, so it imports
nothing at module level beyond pytest; the sandbox loads when a test asks for it, and uvicorn
only when a test needs a real server (its ``url``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from invoicekit.client import AsyncInvoiceClient, InvoiceClient
    from invoicekit.sandbox import SandboxServer

__all__ = [
    "SIZE_OPTION",
    "invoicekit_async_client",
    "invoicekit_client",
    "invoicekit_sandbox",
    "invoicekit_vendor",
    "plugin_under_test",
    "pytest_addoption",
]

#: The command-line option that sets the fixture's invoices per vendor.
SIZE_OPTION = "--invoicekit-sandbox-size"
_DEFAULT_SIZE = 200


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--invoicekit-sandbox-size``."""
    group = parser.getgroup("invoicekit")
    group.addoption(
        SIZE_OPTION,
        type=int,
        default=_DEFAULT_SIZE,
        metavar="N",
        help=f"invoices per vendor in the invoicekit_sandbox fixture (default {_DEFAULT_SIZE})",
    )


@pytest.fixture(scope="session")
def invoicekit_sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxServer]:
    """An `invoicekit.sandbox.SandboxServer` for the session, answering in-process.

    It serves every registered vendor that has a sandbox, with seed 0, no faults and
    ``--invoicekit-sandbox-size`` invoices per vendor (default 200). Its clients answer in the
    test's own thread, with no socket or server::

        def test_first_invoice(invoicekit_sandbox):
            with invoicekit_sandbox.connect("fynn") as client:
                assert next(client.list_invoices()).vendor == "fynn"

    A test that needs a real HTTP server (another process, raw sockets) reads
    ``invoicekit_sandbox.url`` or ``.base_url(vendor)``: that starts it on a free loopback
    port, once per session.

    For faults or another seed, start your own ``SandboxServer(faults=...)`` in a fixture.
    """
    from invoicekit.sandbox import SandboxServer  # noqa: PLC0415 - keep pytest startup light

    size = request.config.getoption(SIZE_OPTION.lstrip("-").replace("-", "_"), _DEFAULT_SIZE)
    server = SandboxServer(size=int(size), start_on_demand=True)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def invoicekit_vendor() -> str:
    """The vendor `invoicekit_client` connects to: override this fixture to name yours.

    ::

        @pytest.fixture
        def invoicekit_vendor():
            return "acme"

    `invoicekit.testing.VendorConformance` subclasses get it from their ``vendor`` attribute.
    """
    raise pytest.UsageError(
        "override the invoicekit_vendor fixture with your vendor's name to use invoicekit_client"
    )


@pytest.fixture
def invoicekit_client(
    invoicekit_sandbox: SandboxServer, invoicekit_vendor: str
) -> Iterator[InvoiceClient]:
    """An `invoicekit.connect` client for ``invoicekit_vendor``'s sandbox, closed afterwards."""
    with invoicekit_sandbox.connect(invoicekit_vendor) as client:
        yield client


@pytest.fixture
async def invoicekit_async_client(
    invoicekit_sandbox: SandboxServer, invoicekit_vendor: str
) -> AsyncIterator[AsyncInvoiceClient]:
    """The async twin of `invoicekit_client` (needs an async test runner such as anyio's)."""
    async with invoicekit_sandbox.connect_async(invoicekit_vendor) as client:
        yield client


def plugin_under_test(
    vendor: str, *, sandbox_size: int = 60
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The two fixtures of a plugin distribution's own tests, for its ``conftest.py``::

        from invoicekit.testing import plugin_under_test

        invoicekit_plugin, invoicekit_sandbox = plugin_under_test("acme")

    The first, module-scoped and autouse, loads the registry with the built-in vendors and the
    ``vendor`` entry point only, and restores it after the module. That makes the tests run
    alike on their own and inside a run that disables entry-point plugins
    (``INVOICEKIT_LOAD_PLUGINS=""``, as invoicekit's own suite does so that a developer's
    installed plugins never leak in). The second replaces the session's ``invoicekit_sandbox``
    for those modules with one serving ``vendor``'s sandbox alone (``sandbox_size`` invoices,
    seed 0), answering in-process and starting a real server only when a test reads its URL.
    """
    from invoicekit import _plugins  # noqa: PLC0415 - keep pytest startup light

    @pytest.fixture(scope="module", autouse=True, name="invoicekit_plugin")
    def plugin() -> Iterator[None]:
        # Module scope, not monkeypatch's function scope: the sandbox below looks the vendor
        # up in the registry when it is created.
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv(_plugins.LOAD_PLUGINS_ENV, vendor)
            _plugins._reset()
            yield
        _plugins._reset()  # the next use reloads with the environment restored

    @pytest.fixture(scope="module", name="invoicekit_sandbox")
    def sandbox(invoicekit_plugin: None) -> Iterator[SandboxServer]:
        from invoicekit.sandbox import SandboxServer  # noqa: PLC0415

        server = SandboxServer([vendor], size=sandbox_size, start_on_demand=True)
        try:
            yield server
        finally:
            server.stop()

    plugin.__doc__ = f"The registry with the built-ins and the {vendor!r} entry point."
    sandbox.__doc__ = f"The {vendor!r} sandbox only, answering in-process."
    return plugin, sandbox
