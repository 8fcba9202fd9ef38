"""Hostile-server tests reuse the client tests' vendor cases and sync/async driver."""

from __future__ import annotations

import pytest
from helpers.client import CASES, Driver, VendorCase


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> VendorCase:
    """Each built-in vendor in turn."""
    return CASES[request.param]


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest, case: VendorCase) -> Driver:
    """A `Driver` for the current vendor, blocking and async."""
    return Driver(str(request.param), case)
