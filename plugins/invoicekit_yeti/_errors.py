"""Yeti's JSON:API error bodies as `invoicekit.plugin.ErrorDetail`; typed errors of the login."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx
import msgspec

from invoicekit import VendorError
from invoicekit._retry import parse_retry_after
from invoicekit.flows import mask_text
from invoicekit.plugin import ErrorDetail

from ._values import VENDOR

__all__ = ["error_detail", "status_error"]


def _text(value: Any) -> str | None:
    # JSON:API says code and status are strings; a number is tolerated, anything else ignored.
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int):
        return str(value) or None
    return None


def error_detail(body: bytes) -> ErrorDetail:
    """Code and message from ``{"errors": [{"title", "detail", "code", "status"}]}``.

    The code is ``errors[0].code`` and the message ``"<title>: <detail>"`` (or whichever of
    the two is there). Missing pieces, empty bodies (``/download`` answers 404 with none) and
    bodies that are not JSON give an `ErrorDetail` with ``None`` fields instead of failing.
    """
    try:
        document = msgspec.json.decode(body)
    except msgspec.DecodeError:
        return ErrorDetail()
    errors = document.get("errors") if isinstance(document, dict) else None
    first = errors[0] if isinstance(errors, list) and errors else None
    if not isinstance(first, dict):
        return ErrorDetail()
    parts = [text for text in (_text(first.get("title")), _text(first.get("detail"))) if text]
    return ErrorDetail(code=_text(first.get("code")), message=": ".join(parts) or None)


def status_error(
    request: httpx.Request, response: httpx.Response, secrets: Sequence[str] = ()
) -> VendorError:
    """The typed error for an error status answered to a request the plugin sent itself.

    The client turns error statuses of flow calls into errors; the login call happens inside
    the auth flow, so the same mapping is applied here, ``secrets`` masked as the client would.
    """
    detail = error_detail(response.content)
    keep = [request.url.path]  # the login path holds "customer", a plausible login
    code = mask_text(detail.code, secrets, keep=keep) if detail.code else None
    message = mask_text(detail.message, secrets, keep=keep) if detail.message else None
    return VendorError.for_status(
        VENDOR,
        method=request.method,
        path=request.url.path,
        status_code=response.status_code,
        code=code,
        vendor_message=message,
        retry_after=parse_retry_after(response.headers.get("retry-after")),
    )
