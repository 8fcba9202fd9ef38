"""Fixtures: the fake acme vendor."""

from helpers.fake_sandbox import acme_registered

__all__ = ["acme_registered"]
