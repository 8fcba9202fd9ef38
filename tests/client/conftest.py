"""Fixtures for driving every built-in vendor through `connect()` and `connect_async()`."""

from __future__ import annotations

import pytest
from helpers.client import CASES, Driver, VendorCase


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> VendorCase:
    """Each built-in vendor in turn."""
    return CASES[request.param]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test once with the blocking client and once with the async one."""
    return str(request.param)


@pytest.fixture
def driver(mode: str, case: VendorCase) -> Driver:
    """A `Driver` for the current vendor and mode."""
    return Driver(mode, case)
