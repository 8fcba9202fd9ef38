"""Fixtures for the sandbox tests: the fake ``acme`` vendor in the registry."""

from helpers.fake_sandbox import acme_registered

__all__ = ["acme_registered"]
