"""The CLI's error line with a short or common-word credential, against the real sandbox.

The sandbox never echoes a wrong credential, so the line must read exactly as it does for a
credential that appears nowhere: masking may not touch ordinary text or the request path.
"""

from __future__ import annotations

import pytest
from helpers.cli_runner import Run, one_error_line

from invoicekit.sandbox import SandboxServer

# A value found nowhere in any message, for the reference line.
UNRELATED = "zq-unrelated-zq"


def _options(vendor: str, secret: str) -> list[str]:
    if vendor == "yeti":
        return ["--login", secret, "--password", secret]
    return ["--api-key", secret]


def _error_line(run: Run, sandbox: SandboxServer, vendor: str, secret: str) -> str:
    url = sandbox.base_url(vendor)
    result = run("list", vendor, "--url", url, *_options(vendor, secret), "--retries", "0")
    assert result.exit_code == 1, result.stdout
    return one_error_line(result)


@pytest.mark.parametrize("vendor", ["daftra", "fynn", "yeti"])
@pytest.mark.parametrize("secret", ["e", "t", "customer", "invoices", "api", "v1", "fynn"])
def test_a_rejected_credential_leaves_the_message_as_it_is(
    run: Run, invoicekit_sandbox: SandboxServer, vendor: str, secret: str
) -> None:
    expected = _error_line(run, invoicekit_sandbox, vendor, UNRELATED)
    assert "returned HTTP 401" in expected
    assert _error_line(run, invoicekit_sandbox, vendor, secret) == expected
