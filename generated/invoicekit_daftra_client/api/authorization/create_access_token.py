from http import HTTPStatus
from typing import Any

import httpx
import msgspec

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_error import TokenError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/oauth/token",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenError | TokenResponse | None:
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenError | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Generate an access token (OAuth 2.0 password grant)

     Official docs, "Authorization > Generate Access Token" (`docs/Default module.md`
    L36-96; `Default module.openapi-v3.json` path `/v2/oauth/token`; the Apidog page "How
    To Authorize"): a multipart form with `client_id`, `client_secret`,
    `grant_type=password`, `username` and `password` answers 200 `{token_type, expires_in,
    access_token, refresh_token}`; the token is then sent as `Authorization: Bearer`.
    No credentials are needed for this call (`security: []` in the export).

    GUESS (the docs do not settle it): the `refresh_token` grant (`grant_type=refresh_token`
    with `refresh_token`, `client_id`, `client_secret`), which RFC 6749 section 6 and
    Laravel Passport (behind Daftra's Laravel `/v2` API) define and the answer's
    `refresh_token` implies; `expires_in` in seconds; and the error answers, taken to be
    OAuth 2.0's `{"error", "error_description", "message"}` (Passport's shape) with 400 for
    a refused grant and 401 for an unknown client, e.g. 400 `{"error": "invalid_grant",
    "error_description": "The user credentials were incorrect.", "message": "The user
    credentials were incorrect."}`.

    No response examples are attached: the generated endpoint cannot be called yet (the
    msgspec models have no multipart encoding), so the plugin (`invoicekit_daftra._auth`)
    builds the form itself; the sandbox route and `tests/plugins/daftra/test_daftra_auth.py`
    pin the answers.

    Args:
        body (TokenRequest): Body of `create_access_token`. Official for `grant_type=password`
            (all five fields
            required); for `grant_type=refresh_token` (GUESS) `refresh_token` replaces `username`
            and `password`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
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
    body: TokenRequest,
) -> TokenError | TokenResponse | None:
    """Generate an access token (OAuth 2.0 password grant)

     Official docs, "Authorization > Generate Access Token" (`docs/Default module.md`
    L36-96; `Default module.openapi-v3.json` path `/v2/oauth/token`; the Apidog page "How
    To Authorize"): a multipart form with `client_id`, `client_secret`,
    `grant_type=password`, `username` and `password` answers 200 `{token_type, expires_in,
    access_token, refresh_token}`; the token is then sent as `Authorization: Bearer`.
    No credentials are needed for this call (`security: []` in the export).

    GUESS (the docs do not settle it): the `refresh_token` grant (`grant_type=refresh_token`
    with `refresh_token`, `client_id`, `client_secret`), which RFC 6749 section 6 and
    Laravel Passport (behind Daftra's Laravel `/v2` API) define and the answer's
    `refresh_token` implies; `expires_in` in seconds; and the error answers, taken to be
    OAuth 2.0's `{"error", "error_description", "message"}` (Passport's shape) with 400 for
    a refused grant and 401 for an unknown client, e.g. 400 `{"error": "invalid_grant",
    "error_description": "The user credentials were incorrect.", "message": "The user
    credentials were incorrect."}`.

    No response examples are attached: the generated endpoint cannot be called yet (the
    msgspec models have no multipart encoding), so the plugin (`invoicekit_daftra._auth`)
    builds the form itself; the sandbox route and `tests/plugins/daftra/test_daftra_auth.py`
    pin the answers.

    Args:
        body (TokenRequest): Body of `create_access_token`. Official for `grant_type=password`
            (all five fields
            required); for `grant_type=refresh_token` (GUESS) `refresh_token` replaces `username`
            and `password`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[TokenError | TokenResponse]:
    """Generate an access token (OAuth 2.0 password grant)

     Official docs, "Authorization > Generate Access Token" (`docs/Default module.md`
    L36-96; `Default module.openapi-v3.json` path `/v2/oauth/token`; the Apidog page "How
    To Authorize"): a multipart form with `client_id`, `client_secret`,
    `grant_type=password`, `username` and `password` answers 200 `{token_type, expires_in,
    access_token, refresh_token}`; the token is then sent as `Authorization: Bearer`.
    No credentials are needed for this call (`security: []` in the export).

    GUESS (the docs do not settle it): the `refresh_token` grant (`grant_type=refresh_token`
    with `refresh_token`, `client_id`, `client_secret`), which RFC 6749 section 6 and
    Laravel Passport (behind Daftra's Laravel `/v2` API) define and the answer's
    `refresh_token` implies; `expires_in` in seconds; and the error answers, taken to be
    OAuth 2.0's `{"error", "error_description", "message"}` (Passport's shape) with 400 for
    a refused grant and 401 for an unknown client, e.g. 400 `{"error": "invalid_grant",
    "error_description": "The user credentials were incorrect.", "message": "The user
    credentials were incorrect."}`.

    No response examples are attached: the generated endpoint cannot be called yet (the
    msgspec models have no multipart encoding), so the plugin (`invoicekit_daftra._auth`)
    builds the form itself; the sandbox route and `tests/plugins/daftra/test_daftra_auth.py`
    pin the answers.

    Args:
        body (TokenRequest): Body of `create_access_token`. Official for `grant_type=password`
            (all five fields
            required); for `grant_type=refresh_token` (GUESS) `refresh_token` replaces `username`
            and `password`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenError | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> TokenError | TokenResponse | None:
    """Generate an access token (OAuth 2.0 password grant)

     Official docs, "Authorization > Generate Access Token" (`docs/Default module.md`
    L36-96; `Default module.openapi-v3.json` path `/v2/oauth/token`; the Apidog page "How
    To Authorize"): a multipart form with `client_id`, `client_secret`,
    `grant_type=password`, `username` and `password` answers 200 `{token_type, expires_in,
    access_token, refresh_token}`; the token is then sent as `Authorization: Bearer`.
    No credentials are needed for this call (`security: []` in the export).

    GUESS (the docs do not settle it): the `refresh_token` grant (`grant_type=refresh_token`
    with `refresh_token`, `client_id`, `client_secret`), which RFC 6749 section 6 and
    Laravel Passport (behind Daftra's Laravel `/v2` API) define and the answer's
    `refresh_token` implies; `expires_in` in seconds; and the error answers, taken to be
    OAuth 2.0's `{"error", "error_description", "message"}` (Passport's shape) with 400 for
    a refused grant and 401 for an unknown client, e.g. 400 `{"error": "invalid_grant",
    "error_description": "The user credentials were incorrect.", "message": "The user
    credentials were incorrect."}`.

    No response examples are attached: the generated endpoint cannot be called yet (the
    msgspec models have no multipart encoding), so the plugin (`invoicekit_daftra._auth`)
    builds the form itself; the sandbox route and `tests/plugins/daftra/test_daftra_auth.py`
    pin the answers.

    Args:
        body (TokenRequest): Body of `create_access_token`. Official for `grant_type=password`
            (all five fields
            required); for `grant_type=refresh_token` (GUESS) `refresh_token` replaces `username`
            and `password`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenError | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
