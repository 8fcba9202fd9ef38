"""``--profile`` and ``invoicekit profiles``: accounts of the config file, credentials from the
environment or the keyring, against a real sandbox on loopback."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli_runner import Run, one_error_line

import invoicekit
from invoicekit.accounts import default_accounts_path
from invoicekit.sandbox import SandboxServer

SECRET_VARIABLE = "ACME_FYNN_KEY"


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(["fynn", "daftra"]) as running:
        yield running


def write_config(path: Path, server: SandboxServer, credential: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"""
[accounts.acme]
vendor = "fynn"
base_url = "{server.base_url("fynn")}"
credentials = {{ api_key = "{credential}" }}

[accounts.books]
vendor = "daftra"
base_url = "{server.base_url("daftra")}"
credentials = {{ api_key = "env:BOOKS_DAFTRA_KEY" }}
""",
        encoding="utf-8",
    )
    return path


def env_for(config: Path, server: SandboxServer, **more: str) -> dict[str, str]:
    return {
        "INVOICEKIT_CONFIG": str(config),
        SECRET_VARIABLE: server.credentials("fynn")["api_key"],
        **more,
    }


def test_a_profile_connects_with_its_url_and_env_credential(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    result = run("list", "fynn", "--profile", "acme", "--limit", "3", env=env_for(config, server))
    assert result.exit_code == 0, result.stderr
    numbers = [json.loads(line)["number"] for line in result.stdout.splitlines()]
    assert numbers == ["RE-0000000001", "RE-0000000002", "RE-0000000003"]


def test_the_default_file_is_under_xdg_config_home(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    write_config(tmp_path / "invoicekit" / "config.toml", server, f"env:{SECRET_VARIABLE}")
    env = {
        "XDG_CONFIG_HOME": str(tmp_path),
        "INVOICEKIT_CONFIG": "",  # unset: the XDG default applies
        SECRET_VARIABLE: server.credentials("fynn")["api_key"],
    }
    result = run("get", "fynn", "RE-0000000002", "--profile", "acme", env=env)
    assert result.exit_code == 0, result.stderr
    assert invoicekit.from_json(result.stdout_bytes).number == "RE-0000000002"


def test_default_path_order(tmp_path: Path) -> None:
    home = Path("~/.config/invoicekit/config.toml").expanduser()
    assert default_accounts_path({}) == home
    assert default_accounts_path({"XDG_CONFIG_HOME": "/x"}) == Path("/x/invoicekit/config.toml")
    both = {"XDG_CONFIG_HOME": "/x", "INVOICEKIT_CONFIG": str(tmp_path / "c.toml")}
    assert default_accounts_path(both) == tmp_path / "c.toml"


def test_a_keyring_credential(run: Run, tmp_path: Path, server: SandboxServer) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        """An in-memory keyring: the system one is not there in CI."""

        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.entries[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        config = write_config(tmp_path / "config.toml", server, "keyring:invoicekit/acme")
        env = {"INVOICEKIT_CONFIG": str(config)}
        missing = run("list", "fynn", "--profile", "acme", env=env)
        assert missing.exit_code == 1
        assert one_error_line(missing) == (
            "account 'acme': credential 'api_key' (keyring:invoicekit/acme): no keyring entry"
        )
        keyring.set_password("invoicekit", "acme", server.credentials("fynn")["api_key"])
        result = run("list", "fynn", "--profile", "acme", "--limit", "2", env=env)
        assert result.exit_code == 0, result.stderr
        assert len(result.stdout.splitlines()) == 2
    finally:
        keyring.set_keyring(previous)


def test_an_unset_variable_names_the_reference_only(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    result = run("list", "fynn", "--profile", "acme", env={"INVOICEKIT_CONFIG": str(config)})
    assert result.exit_code == 1
    assert one_error_line(result) == (
        f"account 'acme': credential 'api_key' (env:{SECRET_VARIABLE}): "
        f"environment variable {SECRET_VARIABLE} is not set"
    )


def test_a_plain_secret_in_the_file_is_refused(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    config = write_config(tmp_path / "config.toml", server, "sk-plain-secret-123")
    result = run("list", "fynn", "--profile", "acme", env={"INVOICEKIT_CONFIG": str(config)})
    assert result.exit_code == 1
    message = one_error_line(result)
    assert "credential 'api_key' is a plain value" in message
    assert "sk-plain-secret-123" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["list", "daftra", "--profile", "acme"],
            "daftra: profile 'acme' is a fynn account, not daftra",
        ),
        (["list", "fynn", "--profile", "nope"], "no profile 'nope'; profiles: acme, books"),
    ],
)
def test_profile_mistakes_are_one_line(
    run: Run, tmp_path: Path, server: SandboxServer, args: list[str], message: str
) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    result = run(*args, env=env_for(config, server))
    assert result.exit_code == 1
    assert one_error_line(result).endswith(message)


def test_options_replace_the_profiles_credentials(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    env = env_for(config, server)
    args = ["--profile", "acme", "--api-key", "not-the-key", "--retries", "0"]
    result = run("list", "fynn", *args, env=env)
    assert result.exit_code == 1
    assert "HTTP 401" in one_error_line(result)
    assert "not-the-key" not in result.stderr


def test_a_missing_config_file_is_named(run: Run, tmp_path: Path) -> None:
    config = tmp_path / "nowhere.toml"
    result = run("list", "fynn", "--profile", "acme", env={"INVOICEKIT_CONFIG": str(config)})
    assert result.exit_code == 1
    assert one_error_line(result).startswith(f"{config}: cannot read")


def test_profiles_lists_references_and_checks_them(
    run: Run, tmp_path: Path, server: SandboxServer
) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    env = env_for(config, server)
    result = run("profiles", "--check", env=env)
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert rows["acme"]["credentials"] == {"api_key": f"env:{SECRET_VARIABLE}"}
    assert rows["acme"]["check"] == "ok"
    assert rows["books"]["check"] == "missing api_key (env:BOOKS_DAFTRA_KEY)"
    assert rows["books"]["base_url"] == server.base_url("daftra")
    assert env[SECRET_VARIABLE] not in result.stdout


@pytest.mark.parametrize(("zone", "ok"), [("Asia/Tokyo", True), ("Nowhere/City", False)])
def test_profile_options_reach_the_vendor(run: Run, tmp_path: Path, zone: str, ok: bool) -> None:
    with SandboxServer(["yeti"]) as yeti:
        credentials = yeti.credentials("yeti")
        references = ", ".join(f'{name} = "env:YETI_{name.upper()}"' for name in credentials)
        config = tmp_path / "config.toml"
        config.write_text(
            f"""
[accounts.ops]
vendor = "yeti"
base_url = "{yeti.base_url("yeti")}"
credentials = {{ {references} }}
options = {{ timezone = "{zone}" }}
""",
            encoding="utf-8",
        )
        env = {"INVOICEKIT_CONFIG": str(config)}
        env.update({f"YETI_{name.upper()}": value for name, value in credentials.items()})
        result = run("list", "yeti", "--profile", "ops", "--limit", "2", env=env)
    if ok:
        assert result.exit_code == 0, result.stderr
        assert len(result.stdout.splitlines()) == 2
    else:
        assert result.exit_code == 1
        assert "Nowhere/City" in one_error_line(result)


def test_at_profile_stands_for_the_vendor(run: Run, tmp_path: Path, server: SandboxServer) -> None:
    config = write_config(tmp_path / "config.toml", server, f"env:{SECRET_VARIABLE}")
    env = env_for(config, server)
    result = run("list", "@acme", "--limit", "2", env=env)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["vendor"] for line in result.stdout.splitlines()] == ["fynn"] * 2
    got = run("get", "@acme", "RE-0000000002", env=env)
    assert got.exit_code == 0, got.stderr
    assert invoicekit.from_json(got.stdout_bytes).number == "RE-0000000002"
    clash = run("list", "@acme", "--profile", "books", env=env)
    assert clash.exit_code == 2
    assert "@acme and --profile books name different profiles" in clash.stderr
    unknown = run("list", "@nope", env=env)
    assert unknown.exit_code == 1
    assert one_error_line(unknown).endswith("no profile 'nope'; profiles: acme, books")
