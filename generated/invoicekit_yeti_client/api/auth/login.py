from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_request import AuthRequest
from ...models.auth_response import AuthResponse
from ...models.error_document import ErrorDocument
from ...types import Response


def _get_kwargs(
    *,
    body: AuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/rest/customer/v1/auth",
    }

    _kwargs["json"] = msgspec.to_builtins(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthResponse | ErrorDocument | None:
    if response.status_code == 201:
        response_201 = msgspec.json.decode(response.content, type=AuthResponse)
        return response_201

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
) -> Response[AuthResponse | ErrorDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> Response[AuthResponse | ErrorDocument]:
    """Log in and obtain a JWT (or a session cookie)

     Checks login, password and the remote IP (`X-Real-IP` if present) against the
    "Customer Portal Logins" (`System::ApiAccess`). With `cookie_auth: false` (or absent) the
    token is returned in the body; with `cookie_auth: true` the answer is 201 with an empty
    body and `Set-Cookie: _yeti_customer_v1_session=<jwt>; httponly`. Answers are rendered as
    plain `application/json` (`auth_controller.rb#create`, `#handle_authentication_error`).
    A body without the `auth` key is rejected by Rails (`params.require(:auth)`) with 400.

    Args:
        body (AuthRequest): Body of `login` (`auth_controller.rb#auth_params`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> AuthResponse | ErrorDocument | None:
    """Log in and obtain a JWT (or a session cookie)

     Checks login, password and the remote IP (`X-Real-IP` if present) against the
    "Customer Portal Logins" (`System::ApiAccess`). With `cookie_auth: false` (or absent) the
    token is returned in the body; with `cookie_auth: true` the answer is 201 with an empty
    body and `Set-Cookie: _yeti_customer_v1_session=<jwt>; httponly`. Answers are rendered as
    plain `application/json` (`auth_controller.rb#create`, `#handle_authentication_error`).
    A body without the `auth` key is rejected by Rails (`params.require(:auth)`) with 400.

    Args:
        body (AuthRequest): Body of `login` (`auth_controller.rb#auth_params`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> Response[AuthResponse | ErrorDocument]:
    """Log in and obtain a JWT (or a session cookie)

     Checks login, password and the remote IP (`X-Real-IP` if present) against the
    "Customer Portal Logins" (`System::ApiAccess`). With `cookie_auth: false` (or absent) the
    token is returned in the body; with `cookie_auth: true` the answer is 201 with an empty
    body and `Set-Cookie: _yeti_customer_v1_session=<jwt>; httponly`. Answers are rendered as
    plain `application/json` (`auth_controller.rb#create`, `#handle_authentication_error`).
    A body without the `auth` key is rejected by Rails (`params.require(:auth)`) with 400.

    Args:
        body (AuthRequest): Body of `login` (`auth_controller.rb#auth_params`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> AuthResponse | ErrorDocument | None:
    """Log in and obtain a JWT (or a session cookie)

     Checks login, password and the remote IP (`X-Real-IP` if present) against the
    "Customer Portal Logins" (`System::ApiAccess`). With `cookie_auth: false` (or absent) the
    token is returned in the body; with `cookie_auth: true` the answer is 201 with an empty
    body and `Set-Cookie: _yeti_customer_v1_session=<jwt>; httponly`. Answers are rendered as
    plain `application/json` (`auth_controller.rb#create`, `#handle_authentication_error`).
    A body without the `auth` key is rejected by Rails (`params.require(:auth)`) with 400.

    Args:
        body (AuthRequest): Body of `login` (`auth_controller.rb#auth_params`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
