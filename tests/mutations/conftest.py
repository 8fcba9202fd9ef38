"""Fixtures of the sandbox mutation tests: the built-ins and the Stripe example registered."""

from helpers.registry import with_stripe

__all__ = ["with_stripe"]
