from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import multipart_fields

from ...models.token_error import TokenError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...operations import OPERATIONS

OPERATION = OPERATIONS["create_access_token"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    body: TokenRequest,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `create_access_token`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/oauth/token",
    }

    # httpx writes the Content-Type itself, with the boundary it chose.
    _kwargs["files"] = multipart_fields(body)

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> TokenError | TokenResponse | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=TokenResponse, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=TokenError, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=TokenError, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_401

    return None
