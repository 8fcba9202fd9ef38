"""The fuzz tests cover the Stripe example too: load its entry point for this folder."""

from __future__ import annotations

from helpers.registry import with_stripe

__all__ = ["with_stripe"]
