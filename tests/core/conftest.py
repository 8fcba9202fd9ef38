"""Fixtures for the core tests."""

from collections.abc import Iterator

import pytest

from invoicekit import _plugins


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """Start from an unloaded registry and leave none behind for the next test."""
    _plugins._reset()
    yield
    _plugins._reset()
