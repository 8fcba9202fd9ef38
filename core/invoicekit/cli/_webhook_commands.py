"""``invoicekit webhooks serve``: receive vendor webhooks into a SQLite store, with uvicorn."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
from collections.abc import Iterator
from typing import Any

import click

from invoicekit._extras import require

from ._errors import CliError

__all__ = ["COMMANDS"]


@click.group("webhooks")
def webhooks_group() -> None:
    """Receive vendor webhooks."""


@webhooks_group.command("serve")
@click.option(
    "--db",
    "db",
    required=True,
    type=click.Path(dir_okay=False),
    help="The SQLite store to write (created if missing).",
)
@click.option(
    "--config",
    "config",
    envvar="INVOICEKIT_ACCOUNTS",
    default="accounts.toml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Accounts file: each receiving account sets webhook_secret (env: or keyring:).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0: any."
)
@click.option(
    "--max-body",
    type=click.IntRange(min=1),
    default=1024 * 1024,
    show_default=True,
    help="Largest body accepted, in bytes.",
)
@click.option(
    "--tolerance",
    type=click.FloatRange(min=0),
    default=300.0,
    show_default=True,
    help="Seconds a signed timestamp may be off (vendors that sign one).",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
    help="Server log level; info includes the access log.",
)
def serve_command(
    *,
    db: str,
    config: str,
    host: str,
    port: int,
    max_body: int,
    tolerance: float,
    log_level: str,
) -> None:
    """Receive webhooks at POST /<vendor>/<account> and apply them to --db.

    Runs until Ctrl-C. Deliveries are verified with the account's webhook_secret,
    parsed, and upserted or tombstoned; an invoice an event only names is fetched
    with the account's credentials. A 2xx is sent only after the commit.
    """
    require("invoicekit webhooks serve", "sandbox", "uvicorn")
    import uvicorn  # noqa: PLC0415 - keep CLI startup light

    from invoicekit.accounts import load_accounts  # noqa: PLC0415
    from invoicekit.sync import SQLiteStore  # noqa: PLC0415
    from invoicekit.webhooks import (  # noqa: PLC0415
        AccountClients,
        account_secrets,
        asgi_app,
    )

    accounts = load_accounts(config)
    secrets = account_secrets(accounts)
    for name in sorted({n for configured in secrets.values() for n in configured}):
        accounts[name].resolve_credentials()  # fail now, not at the first fetch
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s: %(message)s")
    sock = _listen(host, port)
    store = SQLiteStore(db)
    try:
        app = asgi_app(
            store=store,
            secrets=secrets,
            clients=AccountClients(accounts),
            max_body=max_body,
            tolerance=tolerance,
        )
        bound = sock.getsockname()[1]
        for vendor, configured in sorted(secrets.items()):
            for name in sorted(configured):
                click.echo(f"receiving {vendor} webhooks at http://{host}:{bound}/{vendor}/{name}")
        click.echo(f"store: {db}   (Ctrl-C to stop)", err=True)
        server = _server_class(uvicorn.Server)(
            uvicorn.Config(
                app,
                log_level=log_level,
                log_config=None,
                access_log=log_level in {"info", "debug"},
                lifespan="on",
                server_header=False,
            )
        )
        server.run(sockets=[sock])
    finally:
        store.close()
        sock.close()


def _server_class(base: type[Any]) -> type[Any]:
    """uvicorn's server, stopping on SIGINT/SIGTERM with exit status 0.

    uvicorn re-raises the signal after its graceful shutdown, which would end the process by
    the signal (or a KeyboardInterrupt traceback); a receiver stopped on purpose exits cleanly.
    """

    class _Server(base):  # type: ignore[misc]
        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            previous = {sig: signal.signal(sig, self.handle_exit) for sig in _STOP_SIGNALS}
            try:
                yield
            finally:
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    return _Server


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def _listen(host: str, port: int) -> Any:
    # The sandbox's listener: Nagle off on accepted connections (see its docs).
    from invoicekit.sandbox._server import listening_socket  # noqa: PLC0415

    try:
        return listening_socket(host, port)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise CliError(f"cannot listen on {host}:{port}: {reason}") from exc


COMMANDS = [webhooks_group]
