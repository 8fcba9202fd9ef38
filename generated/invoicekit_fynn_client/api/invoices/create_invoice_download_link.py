from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_link import DownloadLink
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    seconds_valid: int | Unset = 86400,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["secondsValid"] = seconds_valid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoices/{id}/download-link".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadLink | Problem | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DownloadLink | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    seconds_valid: int | Unset = 86400,
) -> Response[DownloadLink | Problem]:
    """Get a temporary download link for the invoice PDF

     Returns a temporary download link (default validity 24 h). Available for invoices, credit
    notes and cancellations. Required permission `invoice:read` or `customer:invoice:read`.
    No request body.

    Args:
        id (str):
        seconds_valid (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLink | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        seconds_valid=seconds_valid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    seconds_valid: int | Unset = 86400,
) -> DownloadLink | Problem | None:
    """Get a temporary download link for the invoice PDF

     Returns a temporary download link (default validity 24 h). Available for invoices, credit
    notes and cancellations. Required permission `invoice:read` or `customer:invoice:read`.
    No request body.

    Args:
        id (str):
        seconds_valid (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLink | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        seconds_valid=seconds_valid,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    seconds_valid: int | Unset = 86400,
) -> Response[DownloadLink | Problem]:
    """Get a temporary download link for the invoice PDF

     Returns a temporary download link (default validity 24 h). Available for invoices, credit
    notes and cancellations. Required permission `invoice:read` or `customer:invoice:read`.
    No request body.

    Args:
        id (str):
        seconds_valid (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadLink | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        seconds_valid=seconds_valid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    seconds_valid: int | Unset = 86400,
) -> DownloadLink | Problem | None:
    """Get a temporary download link for the invoice PDF

     Returns a temporary download link (default validity 24 h). Available for invoices, credit
    notes and cancellations. Required permission `invoice:read` or `customer:invoice:read`.
    No request body.

    Args:
        id (str):
        seconds_valid (int | Unset):  Default: 86400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadLink | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            seconds_valid=seconds_valid,
        )
    ).parsed
