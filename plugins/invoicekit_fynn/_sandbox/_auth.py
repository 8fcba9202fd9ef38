"""The Fynn sandbox's API key, checked in front of every API route by the spec's ``bearer``.

``Authorization: Bearer sandbox-fynn-key`` (`invoicekit.sandbox.SpecSandbox.authenticate`
reads it where the spec's scheme says). A refusal is the JWT firewall's 401 problem body,
with ``WWW-Authenticate: Bearer``: "JWT Token not found" without an ``Authorization``
header, "Invalid JWT Token" with any other (a wrong key, another scheme, no key).
"""

from __future__ import annotations

from invoicekit.sandbox import SandboxRequest, SpecSandbox, secret_check

__all__ = ["API_KEY", "authenticate"]

#: The public demo API key of the sandbox.
API_KEY = "sandbox-fynn-key"
_CHECKS = {"bearer": secret_check(API_KEY)}


def authenticate(sandbox: SpecSandbox, request: SandboxRequest) -> None:
    """Raise `SandboxError` 401 unless the request carries the bearer key."""
    sandbox.authenticate(
        request,
        _CHECKS,
        message="Invalid JWT Token",
        missing="JWT Token not found",
        headers={"www-authenticate": "Bearer"},
    )
