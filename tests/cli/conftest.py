"""Fixtures for the CLI tests: the fake ``acme`` vendor in the registry, and a runner."""

import pytest
from helpers.cli_runner import Run
from helpers.fake_sandbox import acme_registered

__all__ = ["acme_registered", "run"]


@pytest.fixture
def run() -> Run:
    """Run ``invoicekit ARGS...`` and return click's `Result` (exit_code, stdout, stderr)."""
    return Run()
