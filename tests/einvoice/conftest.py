"""Fixtures of the e-invoice tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.einvoice import EN16931


@pytest.fixture(scope="session")
def en16931() -> Path:
    """The folder of the official rules and examples (read in place, never copied)."""
    assert EN16931.is_dir(), f"the shared EN 16931 files are missing at {EN16931}"
    return EN16931
