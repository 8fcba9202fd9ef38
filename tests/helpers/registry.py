"""The plugin registry with the built-in vendors and the example ``stripe`` entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invoicekit import _plugins


@pytest.fixture(scope="module", autouse=True)
def with_stripe() -> Iterator[None]:
    """Load the built-ins and ``stripe`` for one module, and reset the registry afterwards.

    Import it into a ``conftest.py`` to apply it to every module below. Module-scoped because
    sandbox servers look their vendors up when they start.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
        _plugins._reset()
        yield
    _plugins._reset()
