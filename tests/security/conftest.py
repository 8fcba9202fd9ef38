"""Security tests: every built-in vendor and the Stripe example, blocking and async."""

from __future__ import annotations

import pytest
from helpers.registry import with_stripe

__all__ = ["with_stripe"]


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run a test once with the blocking client and once with the async one."""
    return str(request.param)
