"""Fynn's error bodies as `invoicekit.plugin.ErrorDetail`.

Fynn (API Platform / Symfony) answers with problem bodies
``{"type", "title", "status", "detail", "violations": [{"propertyPath", "message",
"code"}]}``; also tolerated are Hydra's ``hydra:title``/``hydra:description`` and the JWT
bundle's ``{"code": 401, "message": ...}`` (both GUESS). Code: ``type``, else the first
violation's ``code``, else ``code``; message: ``detail``, else ``title`` (else
``message``), followed by the violations not already in it. The API key is cut out of any
message that echoes it.
"""

from __future__ import annotations

import httpx
import msgspec

from invoicekit.plugin import ErrorDetail, mask_text

__all__ = ["parse_error"]

_MAX_MESSAGE = 1000


def parse_error(response: httpx.Response) -> ErrorDetail:
    """Fynn's error code and message from an error response, as far as it parses."""
    try:
        body = msgspec.json.decode(response.content)
    except msgspec.DecodeError:
        return ErrorDetail()
    if not isinstance(body, dict):
        return ErrorDetail()
    listed = body.get("violations")
    violations = (
        [item for item in listed if isinstance(item, dict)] if isinstance(listed, list) else []
    )
    code = _first_text(
        body.get("type"),
        *(item.get("code") for item in violations),
        body.get("code"),
        numbers=True,
    )
    message = _first_text(
        body.get("detail"),
        body.get("hydra:description"),
        body.get("title"),
        body.get("hydra:title"),
        body.get("message"),
    )
    lines = [message] if message else []
    for item in violations:
        path, text = item.get("propertyPath"), item.get("message")
        if not isinstance(text, str) or not text:
            continue
        line = f"{path}: {text}" if isinstance(path, str) and path else text
        if not (message and line in message):
            lines.append(line)
    joined = "\n".join(lines) or None
    return ErrorDetail(code=_redacted(code, response), message=_redacted(joined, response))


def _first_text(*values: object, numbers: bool = False) -> str | None:
    """The first non-blank string; with ``numbers``, an integer too (the JWT bundle's code)."""
    for value in values:
        if isinstance(value, str) and value.strip():
            return value.strip()
        if numbers and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _redacted(value: str | None, response: httpx.Response) -> str | None:
    """Mask the API key where a vendor message echoes it (whole values only), bound the length."""
    if value is None:
        return None
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a response built without its request
        request = None
    if request is not None:
        _, _, key = request.headers.get("authorization", "").partition(" ")
        value = mask_text(value, [key], keep=[request.url.path])
    return value[:_MAX_MESSAGE]
