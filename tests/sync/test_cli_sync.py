"""``invoicekit sync`` and ``invoicekit changes`` through the real sandbox server on loopback."""

import json

import pytest
from helpers.cli_runner import Run, one_error_line

from invoicekit.sandbox import SandboxServer
from invoicekit.sync import SQLiteStore

SIZE = 40


@pytest.fixture(scope="module")
def server():
    with SandboxServer(["fynn", "yeti"], size=SIZE, seed=5, reserve=5) as running:
        yield running


@pytest.fixture
def run() -> Run:
    return Run()


def _accounts_file(tmp_path, server, *, missing=False):
    lines = []
    env = {}
    for vendor in ("fynn", "yeti"):
        lines.append(f'[accounts.{vendor}-main]\nvendor = "{vendor}"')
        lines.append(f'base_url = "{server.base_url(vendor)}"')
        refs = []
        for name, value in server.credentials(vendor).items():
            variable = f"SYNC_TEST_{vendor.upper()}_{name.upper()}"
            refs.append(f'{name} = "env:{variable}"')
            env[variable] = value
        lines.append(f"credentials = {{ {', '.join(refs)} }}")
    if missing:
        lines.append('[accounts.broken]\nvendor = "fynn"')
        lines.append(f'base_url = "{server.base_url("fynn")}"')
        lines.append('credentials = { api_key = "env:SYNC_TEST_UNSET_VARIABLE" }')
    path = tmp_path / "accounts.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path), env


def _summaries(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_sync_one_vendor_then_rerun_reports_unchanged(run, server, tmp_path):
    db = str(tmp_path / "s.sqlite")
    env = {f"INVOICEKIT_FYNN_{k.upper()}": v for k, v in server.credentials("fynn").items()}
    env["INVOICEKIT_FYNN_URL"] = server.base_url("fynn")
    first = run("sync", "fynn", "--db", db, "--page-size", "15", env=env)
    assert first.exit_code == 0, first.stderr
    [summary] = _summaries(first)
    assert (summary["vendor"], summary["account"]) == ("fynn", "default")
    assert (summary["added"], summary["changed"], summary["deleted"]) == (SIZE, 0, 0)
    assert summary["pages"] == 3
    assert summary["error"] is None
    [again] = _summaries(run("sync", "fynn", "--db", db, env=env))
    assert (again["added"], again["changed"], again["unchanged"]) == (0, 0, SIZE)
    with SQLiteStore(db) as store, server.connect("fynn") as client:
        held = {s.invoice.id: s.invoice for s in store.query(vendor="fynn")}
        assert held == {invoice.id: invoice for invoice in client.list_invoices()}


def test_sync_with_sandbox_option(run, tmp_path):
    db = str(tmp_path / "s.sqlite")
    result = run("sync", "yeti", "--sandbox", "--db", db, "--account", "demo")
    assert result.exit_code == 0, result.stderr
    [summary] = _summaries(result)
    assert summary["account"] == "demo"
    assert summary["added"] > 0
    with SQLiteStore(db) as store:
        assert len(store.live_ids("yeti", "demo")) == summary["added"]


def test_sync_config_syncs_every_account_and_reports_each(run, server, tmp_path):
    config, env = _accounts_file(tmp_path, server, missing=True)
    db = str(tmp_path / "s.sqlite")
    result = run(
        "sync", "--config", config, "--db", db, "--concurrency", "2", "--rate", "fynn=50", env=env
    )
    # The broken account fails the command, after the others synced.
    assert result.exit_code == 1
    message = one_error_line(result)
    assert message == "1 of 3 accounts failed: fynn/broken"
    by_account = {s["account"]: s for s in _summaries(result)}
    assert by_account["fynn-main"]["added"] == SIZE
    assert by_account["yeti-main"]["added"] == SIZE
    assert "SYNC_TEST_UNSET_VARIABLE is not set" in by_account["broken"]["error"]
    with SQLiteStore(db) as store:
        assert len(store.live_ids("fynn", "fynn-main")) == SIZE
        assert len(store.live_ids("yeti", "yeti-main")) == SIZE
        assert store.live_ids("fynn", "broken") == set()


def test_sync_config_selects_accounts(run, server, tmp_path):
    config, env = _accounts_file(tmp_path, server)
    db = str(tmp_path / "s.sqlite")
    result = run("sync", "yeti", "--config", config, "--db", db, env=env)
    assert result.exit_code == 0, result.stderr
    assert [s["account"] for s in _summaries(result)] == ["yeti-main"]
    result = run("sync", "--config", config, "--account", "nope", "--db", db, env=env)
    assert result.exit_code == 1
    assert "no account named nope" in one_error_line(result)


def test_changes_lists_the_log_as_json_lines(run, tmp_path):
    db = str(tmp_path / "s.sqlite")
    # A server of its own: this test deletes an invoice.
    with SandboxServer(["fynn"], size=SIZE, seed=5, reserve=5) as server:
        env = {f"INVOICEKIT_FYNN_{k.upper()}": v for k, v in server.credentials("fynn").items()}
        env["INVOICEKIT_FYNN_URL"] = server.base_url("fynn")
        assert run("sync", "fynn", "--db", db, env=env).exit_code == 0
        log = _summaries(run("changes", "--db", db))
        assert len(log) == SIZE
        assert {entry["kind"] for entry in log} == {"added"}
        assert [entry["seq"] for entry in log] == sorted(entry["seq"] for entry in log)
        last = log[-1]["seq"]

        victim = server.live_ids("fynn")[0]
        server.mutate("fynn", "delete", victim)
        result = run("sync", "fynn", "--db", db, env=env)
        assert _summaries(result)[0]["deleted"] == 1
    newer = _summaries(run("changes", "--db", db, "--after", str(last), "--with-invoice"))
    assert [(e["id"], e["kind"], e["invoice"]) for e in newer] == [(victim, "deleted", None)]
    assert run("changes", "--db", db, "--vendor", "yeti").stdout == ""
    since = _summaries(run("changes", "--db", db, "--since", newer[0]["at"]))
    assert [e["seq"] for e in since] == [newer[0]["seq"]]


def test_changes_with_invoice_embeds_the_stored_invoice(run, server, tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert run("sync", "yeti", "--sandbox", "--db", db).exit_code == 0
    first = _summaries(run("changes", "--db", db, "--with-invoice"))[0]
    assert first["invoice"]["id"] == first["id"]
    assert first["invoice"]["vendor"] == "yeti"


def test_changes_refuses_a_missing_or_foreign_file(run, tmp_path):
    missing = run("changes", "--db", str(tmp_path / "none.sqlite"))
    assert missing.exit_code == 1
    assert "no store here" in one_error_line(missing)
    assert not (tmp_path / "none.sqlite").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all, just text" * 100)
    result = run("changes", "--db", str(junk))
    assert result.exit_code == 1
    assert "not a readable SQLite database" in one_error_line(result)


def test_sync_usage_errors(run, tmp_path):
    assert run("sync").exit_code == 2
    config = tmp_path / "a.toml"
    config.write_text('[accounts.a]\nvendor = "fynn"\nbase_url = "http://127.0.0.1:1"\n')
    assert run("sync", "--config", str(config), "--sandbox").exit_code == 2
    assert run("sync", "--config", str(config), "--rate", "fynn=0").exit_code == 2
    assert run("sync", "--config", str(config), "--rate", "fynn").exit_code == 2
    unknown = run("sync", "nosuchvendor", "--sandbox", "--db", str(tmp_path / "s.sqlite"))
    assert unknown.exit_code == 1
    assert "nosuchvendor" in one_error_line(unknown)


def test_sync_refuses_a_corrupt_file_and_leaves_it_alone(run, tmp_path):
    junk = tmp_path / "junk.sqlite"
    content = b"not a database, a spreadsheet someone saved here" * 100
    junk.write_bytes(content)
    result = run("sync", "yeti", "--sandbox", "--db", str(junk))
    assert result.exit_code == 1
    assert "not a readable SQLite database" in one_error_line(result)
    assert junk.read_bytes() == content
