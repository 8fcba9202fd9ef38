"""Fixtures for the CLI tests: the fake ``acme`` vendor in the registry, and a runner."""

from collections.abc import Iterator

import pytest
from helpers.cli_runner import Run
from helpers.fake_sandbox import AcmePlugin

from invoicekit import _plugins


@pytest.fixture(autouse=True, scope="module")
def acme_registered() -> Iterator[None]:
    """Register the fake vendors for this module's tests, and remove them afterwards."""
    _plugins._reset()
    info = _plugins._register(AcmePlugin(), "acme")
    assert info.error is None, info.error
    yield
    _plugins._reset()


@pytest.fixture
def run() -> Run:
    """Run ``invoicekit ARGS...`` and return click's `Result` (exit_code, stdout, stderr)."""
    return Run()
