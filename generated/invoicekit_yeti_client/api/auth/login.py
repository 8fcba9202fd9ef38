from typing import Any

import httpx
import msgspec

from ...models.auth_request import AuthRequest
from ...models.auth_response import AuthResponse
from ...models.error_document import ErrorDocument
from ...operations import OPERATIONS

OPERATION = OPERATIONS["login"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    body: AuthRequest,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `login`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/rest/customer/v1/auth",
    }

    _kwargs["json"] = msgspec.to_builtins(body)

    headers["Content-Type"] = "application/json"

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> AuthResponse | ErrorDocument | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 201:
        response_201 = msgspec.json.decode(response.content, type=AuthResponse)
        return response_201

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_401

    return None
