"""Connection settings from options and ``INVOICEKIT_<VENDOR>_*``, and secrets kept secret."""

import socket
from collections.abc import Iterator

import pytest
from helpers.cli_runner import Run, one_error_line
from helpers.fake_sandbox import ACME_KEY, Acme

import invoicekit
import invoicekit.plugin
from invoicekit.cli._connect import ConnectionOptions, env_name, resolve
from invoicekit.sandbox import SandboxServer

SECRET = "s3cr3t-VALUE-9f8e7d"


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["acme"], size=20) as running:
        yield running


@pytest.fixture
def first_id(server: SandboxServer) -> str:
    return server.app.sandbox("acme").invoice_ids()[0]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def assert_secret_absent(*texts: str) -> None:
    for text in texts:
        assert SECRET not in text


def test_env_name() -> None:
    assert env_name("fynn", "api_key") == "INVOICEKIT_FYNN_API_KEY"
    assert env_name("daftra", "url") == "INVOICEKIT_DAFTRA_URL"


def test_resolve_reads_the_environment() -> None:
    environ = {"INVOICEKIT_ACME_URL": "https://acme.example", "INVOICEKIT_ACME_API_KEY": "k"}
    assert resolve(Acme(), ConnectionOptions(), environ) == (
        "https://acme.example",
        {"api_key": "k"},
    )


def test_options_win_over_the_environment_as_a_whole() -> None:
    environ = {"INVOICEKIT_ACME_URL": "https://env.example", "INVOICEKIT_ACME_API_KEY": "env"}
    options = ConnectionOptions(url="https://flag.example", credentials={"token": "t"})
    # The environment's API key is not mixed into the token given on the command line.
    assert resolve(Acme(), options, environ) == ("https://flag.example", {"token": "t"})


def test_empty_values_count_as_unset() -> None:
    environ = {"INVOICEKIT_ACME_URL": "https://e", "INVOICEKIT_ACME_API_KEY": "", "X": "y"}
    assert resolve(Acme(), ConnectionOptions(), environ) == ("https://e", {})


def test_credentials_the_vendor_declares_are_read_too() -> None:
    class Custom(Acme):
        name = "custom"
        title = "Custom"
        credentials = (invoicekit.plugin.CredentialSet("client_id", "client_secret"),)

    environ = {
        "INVOICEKIT_CUSTOM_URL": "https://c",
        "INVOICEKIT_CUSTOM_CLIENT_ID": "id",
        "INVOICEKIT_CUSTOM_CLIENT_SECRET": "secret",
    }
    _, credentials = resolve(Custom(), ConnectionOptions(), environ)
    assert credentials == {"client_id": "id", "client_secret": "secret"}


def test_a_missing_url_says_where_to_put_it(run: Run) -> None:
    result = run("get", "acme", "1", env={"INVOICEKIT_ACME_URL": ""})
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "acme: no URL given: pass --url or set INVOICEKIT_ACME_URL (or try --sandbox)"
    )


def test_settings_from_the_environment(run: Run, server: SandboxServer, first_id: str) -> None:
    env = {"INVOICEKIT_ACME_URL": server.base_url("acme"), "INVOICEKIT_ACME_API_KEY": ACME_KEY}
    result = run("get", "acme", first_id, env=env)
    assert result.exit_code == 0, result.stderr
    assert invoicekit.from_json(result.stdout_bytes).id == first_id


def test_settings_from_options(run: Run, server: SandboxServer, first_id: str) -> None:
    result = run("get", "acme", first_id, "--url", server.base_url("acme"), "--api-key", ACME_KEY)
    assert result.exit_code == 0, result.stderr
    assert invoicekit.from_json(result.stdout_bytes).id == first_id


def test_credential_option_for_any_name(run: Run, server: SandboxServer, first_id: str) -> None:
    url = server.base_url("acme")
    result = run("get", "acme", first_id, "--url", url, "--credential", f"api-key={ACME_KEY}")
    assert result.exit_code == 0, result.stderr


def test_a_rejected_key_from_an_option_is_never_printed(
    run: Run, server: SandboxServer, first_id: str
) -> None:
    args = ["get", "acme", first_id, "--url", server.base_url("acme"), "--api-key", SECRET]
    result = run(*args, "--retries", "0")
    assert result.exit_code == 1
    message = one_error_line(result)
    assert "returned HTTP 401" in message
    assert "invalid api key" in message
    assert_secret_absent(result.stdout, result.stderr)


def test_a_rejected_key_from_the_environment_is_never_printed(
    run: Run, server: SandboxServer, first_id: str
) -> None:
    env = {"INVOICEKIT_ACME_URL": server.base_url("acme"), "INVOICEKIT_ACME_API_KEY": SECRET}
    result = run("list", "acme", "--retries", "0", env=env)
    assert result.exit_code == 1
    assert "401" in one_error_line(result)
    assert_secret_absent(result.stdout, result.stderr)


def test_an_unreachable_host_is_one_line_without_secrets(run: Run) -> None:
    url = f"http://127.0.0.1:{closed_port()}/acme"
    result = run("get", "acme", "x1", "--url", url, "--api-key", SECRET, "--retries", "0")
    assert result.exit_code == 1
    message = one_error_line(result)
    assert message.startswith("acme: GET /acme/invoices/x1 failed: ConnectError")
    assert_secret_absent(result.stdout, result.stderr)


def test_a_wrong_combination_names_the_credentials_not_their_values(run: Run) -> None:
    args = ["get", "acme", "1", "--url", "https://acme.example", "--api-key", SECRET]
    result = run(*args, "--password", SECRET + "x")
    assert result.exit_code == 1
    assert one_error_line(result) == (
        "acme: expected credentials (api_key); unknown name(s): password"
    )
    assert_secret_absent(result.stdout, result.stderr)


def test_a_malformed_credential_option_is_not_echoed(run: Run) -> None:
    result = run("get", "acme", "1", "--credential", SECRET)
    assert result.exit_code == 2
    assert "expected NAME=VALUE" in result.stderr
    assert_secret_absent(result.stdout, result.stderr)


def test_help_shows_no_secret_from_the_environment(run: Run) -> None:
    result = run("get", "--help", env={"INVOICEKIT_ACME_API_KEY": SECRET})
    assert result.exit_code == 0
    assert "--api-key KEY" in result.stdout
    assert_secret_absent(result.stdout, result.stderr)


def test_plain_http_to_another_host_needs_allow_insecure(run: Run) -> None:
    result = run("get", "acme", "1", "--url", "http://acme.example", "--api-key", "k")
    assert result.exit_code == 1
    assert "refusing plain http to acme.example" in one_error_line(result)


def test_sandbox_cannot_be_combined_with_a_url(run: Run) -> None:
    result = run("list", "acme", "--sandbox", "--url", "https://acme.example")
    assert result.exit_code == 2
    assert "--sandbox starts its own sandbox" in result.stderr


def test_sandbox_needs_a_vendor_with_one(run: Run) -> None:
    result = run("list", "plain", "--sandbox")
    assert result.exit_code == 1
    assert one_error_line(result) == "plain: this vendor has no sandbox"
