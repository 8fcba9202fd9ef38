"""Fault soaks against the real sandbox on loopback: every vendor, the Stripe example included."""

from __future__ import annotations

from helpers.registry import with_stripe

__all__ = ["VENDORS", "with_stripe"]

#: Every vendor with a sandbox: the built-ins and the out-of-tree Stripe example.
VENDORS = ["daftra", "fynn", "stripe", "yeti"]
