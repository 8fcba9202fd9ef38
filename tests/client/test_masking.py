"""Credentials echoed in a vendor's error are masked whole, for every vendor, sync and async.

The credentials are the hard ones: one letter, a common word, a segment of the request path.
Masking them as substrings garbled "returned" into "r***turn***d" and the path into
``/api/rest/***/v1/auth``, and the pattern of stars spelled the secret out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from helpers.client import CASES, Driver, VendorCase

import invoicekit
from invoicekit import _plugins

# One letter; common words that are also path segments (Yeti's /api/rest/customer/v1/...,
# everybody's /invoices); a long random-looking key for comparison.
SECRETS = ["e", "v1", "api", "rest", "customer", "invoices", "sk_test_e5Ri7nvoic3s"]
# What the vendor answers: the key in credential positions, ordinary words full of its letters.
MESSAGE = "Token {key} returned for {path}: key '{key}' rejected (customers' invoiced totals)"

STRIPE = VendorCase("stripe", "in_1PXs3aLkdIwHu7ix0oVq7Wcx", {"api_key": "sk_x"}, b"{}")


def _error_body(vendor: str, message: str) -> dict[str, Any]:
    """``message`` in the vendor's own error shape."""
    if vendor == "yeti":
        return {"errors": [{"title": "Authorization failed", "detail": message, "code": "401"}]}
    if vendor == "daftra":
        return {"result": "failed", "code": 401, "message": message}
    if vendor == "fynn":
        return {"type": "/errors/401", "detail": message}
    return {"error": {"message": message, "type": "invalid_request_error"}}


def _echoing(vendor: str, key: str) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        message = MESSAGE.format(key=key, path=request.url.path)
        return httpx.Response(401, json=_error_body(vendor, message))

    return handle


@pytest.fixture(params=[*sorted(CASES), "stripe"])
def vendor_case(request: pytest.FixtureRequest) -> Iterator[VendorCase]:
    """Each vendor: the built-in ones and the Stripe example (loaded as an entry point)."""
    if request.param != "stripe":
        yield CASES[request.param]
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(_plugins.LOAD_PLUGINS_ENV, "stripe")
        _plugins._reset()
        yield STRIPE
    _plugins._reset()


def _credentials(case: VendorCase, secret: str) -> dict[str, str]:
    # Stripe refuses a key that is not one token; every key given here is one.
    return {name: secret for name in case.credentials}


@pytest.mark.anyio
@pytest.mark.parametrize("secret", SECRETS)
async def test_an_echoed_credential_is_masked_whole_and_the_rest_stays_readable(
    vendor_case: VendorCase, mode: str, secret: str
) -> None:
    driver = Driver(mode, vendor_case)
    handler = _echoing(vendor_case.name, secret)
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await driver.run(
            "get_invoice",
            handler,
            vendor_case.invoice_id,
            **_credentials(vendor_case, secret),
        )
    error = caught.value
    expected = MESSAGE.format(key="***", path=error.path)
    assert error.vendor_message is not None
    assert error.vendor_message.endswith(expected)
    assert str(error) == f"{vendor_case.name}: GET {error.path} returned HTTP 401" + (
        f" (code {error.code}): {error.vendor_message}"
    )
    assert str(error).count("***") == 2  # the two credential positions, nothing else


@pytest.mark.anyio
@pytest.mark.parametrize(("login", "password"), [("customer", "e"), ("v1", "auth"), ("a", "b")])
async def test_yeti_login_errors_mask_login_and_password_not_the_login_path(
    mode: str, login: str, password: str
) -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        message = f"Incorrect login {login} or password '{password}' for {request.url.path}"
        return httpx.Response(401, json=_error_body("yeti", message))

    driver = Driver(mode, CASES["yeti"])
    with pytest.raises(invoicekit.AuthenticationError) as caught:
        await driver.run(
            "get_invoice",
            handle,
            CASES["yeti"].invoice_id,
            token=None,
            login=login,
            password=password,
        )
    error = caught.value
    assert error.path == "/prefix/api/rest/customer/v1/auth"
    assert error.vendor_message == (
        f"Authorization failed: Incorrect login *** or password '***' for {error.path}"
    )
