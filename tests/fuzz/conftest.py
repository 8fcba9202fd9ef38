"""The fuzz tests cover the Stripe example too: load its entry point for this folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invoicekit import _plugins


@pytest.fixture(scope="module", autouse=True)
def with_stripe() -> Iterator[None]:
    """The registry with the built-ins and the installed ``stripe`` example distribution."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
        _plugins._reset()
        yield
    _plugins._reset()
