"""The Daftra sandbox's credential check, on every ``/api2`` path.

The ``apikey`` header (any case) with `API_KEY`, or ``Authorization: Bearer`` with
`ACCESS_TOKEN` (what ``POST /v2/oauth/token`` would have issued; the sandbox has no OAuth
endpoint). Sending *both* headers fails, valid or not: Daftra's docs warn that an
``Authorization`` header next to the API key makes authentication fail. Failures answer
401 ``{"result": "failed", "code": 401, "message": "Unauthorized"}``.
"""

from __future__ import annotations

from invoicekit.sandbox import SandboxError, SandboxRequest

__all__ = ["ACCESS_TOKEN", "API_KEY", "authenticate"]

#: The sandbox's API key: ``invoicekit.connect("daftra", api_key=API_KEY, base_url=...)``.
API_KEY = "sandbox-daftra-key"
#: An access token the sandbox accepts as ``Authorization: Bearer`` (``token=`` credential).
ACCESS_TOKEN = "sandbox-daftra-token"


def authenticate(request: SandboxRequest) -> None:
    """Raise `SandboxError` 401 unless the request carries valid credentials."""
    api_key = request.header("apikey")
    authorization = request.header("authorization")
    if api_key is not None and authorization is not None:
        # Daftra's docs: with the API key, do not also send an Authorization header.
        raise SandboxError(401, "Unauthorized")
    if api_key is not None:
        if api_key == API_KEY:
            return
    elif authorization is not None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() == "bearer" and token.strip() == ACCESS_TOKEN:
            return
    raise SandboxError(401, "Unauthorized")
