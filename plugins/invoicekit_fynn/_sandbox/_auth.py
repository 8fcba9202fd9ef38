"""The Fynn sandbox's API key check, in front of every API route.

``Authorization: Bearer sandbox-fynn-key``: a missing or wrong key gets the JWT firewall's 401
as a problem body, with ``WWW-Authenticate: Bearer``.
"""

from __future__ import annotations

import hmac

from invoicekit.sandbox import SandboxError, SandboxRequest

__all__ = ["API_KEY", "authenticate"]

#: The public demo API key of the sandbox.
API_KEY = "sandbox-fynn-key"


def authenticate(request: SandboxRequest) -> None:
    """Raise `SandboxError` 401 unless the request carries the bearer key."""
    challenge = {"www-authenticate": "Bearer"}
    header = request.header("authorization")
    if header is None:
        raise SandboxError(401, "JWT Token not found", headers=challenge)
    scheme, _, token = header.partition(" ")
    valid = scheme.lower() == "bearer" and hmac.compare_digest(
        token.strip().encode(), API_KEY.encode()
    )
    if not valid:
        raise SandboxError(401, "Invalid JWT Token", headers=challenge)
