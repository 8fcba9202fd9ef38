from typing import Any

import httpx
import msgspec
from invoicekit._generated_types import UNSET, Unset, path_segment

from ...models.download_link import DownloadLink
from ...models.problem import Problem
from ...operations import OPERATIONS

OPERATION = OPERATIONS["create_invoice_download_link"]
"""This endpoint's query parameters (wire names, types, styles) and media types, from the spec."""


def build_request(
    id: str,
    *,
    seconds_valid: int | Unset = 86400,
    accept: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for `httpx.Client.request` that perform `create_invoice_download_link`.

    `accept` picks one of the media types the spec offers (default: the first); the request
    sends it as `Accept`. Arrays declared `style: form, explode: false` go out comma-joined.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["secondsValid"] = seconds_valid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoices/{id}/download-link".format(
            id=path_segment(id),
        ),
        "params": OPERATION.encode_query(params),
    }

    media_type = OPERATION.accept(accept)
    if media_type is not None:
        headers["Accept"] = media_type
    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> DownloadLink | Problem | None:
    """Decode `response` into the spec's type for its status (None for an undeclared status).

    Success bodies decode strictly: a wrong type raises `msgspec.ValidationError` with its path.
    """
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=DownloadLink, strict=False)
        return response_200

    if response.status_code == 400:
        try:
            response_400 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_400

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_401

    if response.status_code == 403:
        try:
            response_403 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_403

    if response.status_code == 404:
        try:
            response_404 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_404

    if response.status_code == 422:
        try:
            response_422 = msgspec.json.decode(response.content, type=Problem)
        except msgspec.MsgspecError:
            return None
        return response_422

    return None
