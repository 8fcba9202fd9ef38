"""Fixtures for the sandbox tests: the fake ``acme`` vendor in the registry."""

from collections.abc import Iterator

import pytest
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
