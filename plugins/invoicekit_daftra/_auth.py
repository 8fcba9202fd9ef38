"""Daftra's OAuth 2.0 login: ``POST /v2/oauth/token`` as an `invoicekit.auth.TokenEndpoint`.

Daftra's docs ("Authorization > Generate Access Token"; ``specs/daftra/openapi.yaml``
``create_access_token``) take a multipart form with ``client_id``, ``client_secret``,
``grant_type=password``, ``username`` and ``password`` and answer ``{token_type, expires_in,
access_token, refresh_token}``; the token goes out as ``Authorization: Bearer``. The core's
`TokenAuth` asks for it on first use, renews it before ``expires_in`` runs out with the
``refresh_token`` grant (a GUESS the docs do not settle; a refused refresh falls back to the
password once), and asks again once after a 401. The credentials never reach an error or a
repr.

The request comes from the generated endpoint, so its path and form fields are the spec's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from invoicekit.plugin import TokenAuth, TokenEndpoint
from invoicekit_daftra_client.api.authorization import create_access_token
from invoicekit_daftra_client.models import TokenRequest

from ._declared import PASSWORD_CREDENTIALS, REFRESH_CREDENTIALS
from ._values import VENDOR

__all__ = ["OAUTH", "PASSWORD_CREDENTIALS", "REFRESH_CREDENTIALS", "oauth"]

_FIELDS = frozenset(TokenRequest.__struct_fields__)


def _token_request(fields: Mapping[str, str]) -> Mapping[str, Any]:
    # Only the fields the spec's TokenRequest knows; sent as multipart form parts.
    body = TokenRequest(**{name: value for name, value in fields.items() if name in _FIELDS})
    return create_access_token.build_request(body=body)


#: Daftra's token endpoint (OAuth 2.0 field names; errors as OAuth 2.0's ``error_description``).
OAUTH = TokenEndpoint(vendor=VENDOR, request=_token_request)


def oauth(
    credentials: Mapping[str, str],
    base_url: httpx.URL,
    *,
    clock: Callable[[], float] = time.time,
) -> TokenAuth:
    """A `TokenAuth` for the password grant, or for a refresh token obtained elsewhere."""
    if credentials.get("refresh_token"):
        grant = {name: credentials[name] for name in REFRESH_CREDENTIALS}
        grant["grant_type"] = "refresh_token"
    else:
        grant = {name: credentials[name] for name in PASSWORD_CREDENTIALS}
    return TokenAuth(OAUTH, base_url=base_url, grant=grant, clock=clock)
