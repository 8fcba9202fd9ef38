from typing import Any

import httpx
import msgspec

from ...models.error_response import ErrorResponse
from ...models.site_info_response import SiteInfoResponse
from ...operations import OPERATIONS

OPERATION = OPERATIONS["get_site_info"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    *,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `get_site_info`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api2/site_info.json",
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> ErrorResponse | SiteInfoResponse | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=SiteInfoResponse, strict=False)
        return response_200

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = msgspec.json.decode(response.content, type=ErrorResponse, strict=False)
        except msgspec.MsgspecError:
            return None
        return response_403

    return None
