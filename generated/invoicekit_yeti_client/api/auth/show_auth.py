from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_show_response import AuthShowResponse
from ...models.error_document import ErrorDocument
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/rest/customer/v1/auth",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthShowResponse | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = msgspec.json.decode(response.content, type=AuthShowResponse)
        return response_200

    if response.status_code == 401:
        try:
            response_401 = msgspec.json.decode(response.content, type=ErrorDocument)
        except msgspec.MsgspecError:
            return None
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthShowResponse | ErrorDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AuthShowResponse | ErrorDocument]:
    """Check the token (or session cookie) and read the login's settings

     `auth_controller.rb#show`, behind `authorize!` (`CustomerV1Authorizable`): the token from
    `Authorization` (its last word, so `Bearer <jwt>` and a bare `<jwt>` both work) or else
    the session cookie. Answers `{"allow-rec": <bool>}` (whether this login may listen to
    call recordings, `auth_context.allow_listen_recording`) as plain `application/json`;
    when the token came from the cookie, the answer renews the cookie
    (`setup_authorization_cookie`). Useful to check a token without reading invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthShowResponse | ErrorDocument]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AuthShowResponse | ErrorDocument | None:
    """Check the token (or session cookie) and read the login's settings

     `auth_controller.rb#show`, behind `authorize!` (`CustomerV1Authorizable`): the token from
    `Authorization` (its last word, so `Bearer <jwt>` and a bare `<jwt>` both work) or else
    the session cookie. Answers `{"allow-rec": <bool>}` (whether this login may listen to
    call recordings, `auth_context.allow_listen_recording`) as plain `application/json`;
    when the token came from the cookie, the answer renews the cookie
    (`setup_authorization_cookie`). Useful to check a token without reading invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthShowResponse | ErrorDocument
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AuthShowResponse | ErrorDocument]:
    """Check the token (or session cookie) and read the login's settings

     `auth_controller.rb#show`, behind `authorize!` (`CustomerV1Authorizable`): the token from
    `Authorization` (its last word, so `Bearer <jwt>` and a bare `<jwt>` both work) or else
    the session cookie. Answers `{"allow-rec": <bool>}` (whether this login may listen to
    call recordings, `auth_context.allow_listen_recording`) as plain `application/json`;
    when the token came from the cookie, the answer renews the cookie
    (`setup_authorization_cookie`). Useful to check a token without reading invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthShowResponse | ErrorDocument]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AuthShowResponse | ErrorDocument | None:
    """Check the token (or session cookie) and read the login's settings

     `auth_controller.rb#show`, behind `authorize!` (`CustomerV1Authorizable`): the token from
    `Authorization` (its last word, so `Bearer <jwt>` and a bare `<jwt>` both work) or else
    the session cookie. Answers `{"allow-rec": <bool>}` (whether this login may listen to
    call recordings, `auth_context.allow_listen_recording`) as plain `application/json`;
    when the token came from the cookie, the answer renews the cookie
    (`setup_authorization_cookie`). Useful to check a token without reading invoices.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthShowResponse | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
