"""A vendor sandbox answering `httpx` requests in-process (behind an `httpx.MockTransport`)."""

from __future__ import annotations

import httpx

from invoicekit.sandbox import SandboxError, SandboxRequest, VendorSandbox


def answer(sandbox: VendorSandbox, request: httpx.Request, base_url: str) -> httpx.Response:
    """``sandbox``'s answer to ``request``, as its server would render it (errors included)."""
    sandbox_request = SandboxRequest(
        method=request.method,
        path=request.url.path,
        query=tuple(request.url.params.multi_items()),
        headers={k.lower(): v for k, v in request.headers.items()},
        body=request.read(),
        base_url=base_url,
    )
    try:
        reply = sandbox.handle(sandbox_request)
    except SandboxError as error:  # what the sandbox server does with it
        reply = sandbox.error(error.status, error.message)
    return httpx.Response(reply.status, content=reply.body, headers=reply.headers)
