"""The options that several commands share: connection, filters and output."""

from __future__ import annotations

import difflib
import functools
import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

from invoicekit._plugins import get_vendor, vendors
from invoicekit.errors import UnknownVendor
from invoicekit.model import InvoiceStatus
from invoicekit.vendor import COMMON_FILTERS

from ._connect import ConnectionOptions, profile_account
from ._errors import SECRETS_KEY

__all__ = [
    "COMMON_FILTER_TYPES",
    "FilteredCommand",
    "connection_options",
    "filter_options",
    "json_option",
    "vendor_argument",
    "vendor_name",
    "vendor_names",
]

F = Callable[..., Any]

# click.Context.meta key of the profile a ``@PROFILE`` vendor argument named.
PROFILE_KEY = "invoicekit.profile"

#: The value types of the common filters, as ``invoicekit vendors --filters`` shows them.
COMMON_FILTER_TYPES = {
    "issued_since": "date (YYYY-MM-DD)",
    "issued_until": "date (YYYY-MM-DD)",
    "updated_since": "date-time with offset (ISO 8601)",
    "status": "one of " + ", ".join(status.value for status in InvoiceStatus),
    "page_size": "integer",
}


def _key_values(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> list[tuple[str, str]]:
    """``NAME=VALUE`` items; the value may be a secret, so it never appears in an error."""
    pairs = []
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter("expected NAME=VALUE")
        pairs.append((name.strip(), value))
    return pairs


def _instant(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """An ISO 8601 date-time with a UTC offset or ``Z``."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO 8601 date-time") from None
    if parsed.tzinfo is None:
        raise click.BadParameter(f"{value!r} needs a UTC offset, such as Z or +02:00")
    return parsed


_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _complete_vendor(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
    return [name for name in vendors() if name.startswith(incomplete.lower())]


class FilteredCommand(click.Command):
    """A command taking listing filters: its ``--help`` ends with each vendor's filters."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Write the epilog, then the filters of every installed vendor that lists invoices."""
        super().format_epilog(ctx, formatter)
        rows = []
        for name in vendors():
            vendor = get_vendor(name)
            native = vendor.native_filters()
            if not vendor.filters and not native:
                continue
            own = ", ".join(f"{key} ({kind})" for key, kind in sorted(native.items()))
            if len(native) > 8:
                own = f"{len(native)} of its own"
            common = ", ".join(f"--{key.replace('_', '-')}" for key in sorted(vendor.filters))
            rows.append((name, "; ".join(part for part in (common, own) if part)))
        if rows:
            with formatter.section("Filters by vendor (invoicekit vendors --filters VENDOR)"):
                formatter.write_dl(rows)


def vendor_name(name: str) -> str:
    """The registered vendor that ``name`` means: exact, or in another case (``Fynn``).

    Raises:
        UnknownVendor: no such vendor; the message suggests close names ("did you mean").
    """
    known = vendors()
    for candidate in (name, name.lower()):
        if candidate in known:
            return candidate
    close = difflib.get_close_matches(name.lower(), known, n=3, cutoff=0.6)
    if close:
        raise UnknownVendor(name, known, hint=f"did you mean {' or '.join(map(repr, close))}?")
    return get_vendor(name).name  # raises, saying if a plugin that would provide it failed


def _vendor(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if value.startswith("@"):
        # @PROFILE: the profile's vendor, and the profile for the connection options.
        account = profile_account(value[1:], None, os.environ)
        ctx.meta[PROFILE_KEY] = account.name
        return account.vendor
    return vendor_name(value)


def vendor_names(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """A click callback for a repeatable vendor option: each name as `vendor_name` resolves it."""
    return tuple(vendor_name(value) for value in values)


def vendor_argument(function: F) -> F:
    """The ``VENDOR`` argument (any case, or ``@PROFILE`` for a profile's vendor and account),
    with shell completion of the installed names."""
    return click.argument("vendor", callback=_vendor, shell_complete=_complete_vendor)(function)


def json_option(function: F) -> F:
    """``--json``: JSON even when stdout is a terminal."""
    return click.option(
        "--json", "force_json", is_flag=True, help="Print JSON even on a terminal."
    )(function)


def _profile(ctx: click.Context, option: str | None) -> str | None:
    """``--profile``, or the profile of a ``@PROFILE`` vendor argument (they must agree)."""
    named = ctx.meta.get(PROFILE_KEY)
    if option is not None and named is not None and option != named:
        raise click.UsageError(f"@{named} and --profile {option} name different profiles")
    return option or named


def connection_options(function: F) -> F:
    """Add the connection options; the command receives them as ``connection``."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        credentials = {name: kwargs.pop(name) for name in ("api_key", "token", "login", "password")}
        for name, value in kwargs.pop("credential"):
            credentials[name.replace("-", "_")] = value
        given = {name: value for name, value in credentials.items() if value}
        ctx = click.get_current_context()
        ctx.meta[SECRETS_KEY] = [*ctx.meta.get(SECRETS_KEY, ()), *given.values()]
        connection = ConnectionOptions(
            url=kwargs.pop("url"),
            credentials=given,
            sandbox=kwargs.pop("sandbox"),
            timeout=kwargs.pop("timeout"),
            retries=kwargs.pop("retries"),
            allow_insecure=kwargs.pop("allow_insecure"),
            profile=_profile(ctx, kwargs.pop("profile")),
        )
        return function(*args, connection=connection, **kwargs)

    options = [
        click.option(
            "--profile",
            metavar="NAME",
            help="Connect as account NAME of ~/.config/invoicekit/config.toml (or "
            "$INVOICEKIT_CONFIG): its URL, and credentials from the environment or keyring.",
        ),
        click.option(
            "--url", metavar="URL", help="The vendor API's base URL [env INVOICEKIT_<VENDOR>_URL]."
        ),
        click.option("--api-key", metavar="KEY", help="API key [env INVOICEKIT_<VENDOR>_API_KEY]."),
        click.option(
            "--token", metavar="TOKEN", help="Access token [env INVOICEKIT_<VENDOR>_TOKEN]."
        ),
        click.option("--login", metavar="LOGIN", help="Login [env INVOICEKIT_<VENDOR>_LOGIN]."),
        click.option(
            "--password", metavar="PASSWORD", help="Password [env INVOICEKIT_<VENDOR>_PASSWORD]."
        ),
        click.option(
            "--credential",
            callback=_key_values,
            metavar="NAME=VALUE",
            multiple=True,
            help="Another credential the vendor needs, as NAME=VALUE (repeatable).",
        ),
        click.option(
            "--sandbox",
            is_flag=True,
            help="Start a local sandbox of the vendor and use it (no account needed).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=30.0,
            show_default=True,
            help="Seconds per request.",
        ),
        click.option(
            "--retries",
            type=click.IntRange(min=0),
            help="Retries of a failed request (default: invoicekit's policy, 3).",
        ),
        click.option(
            "--allow-insecure",
            is_flag=True,
            help="Allow plain http to a host other than this machine.",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def filter_options(function: F) -> F:
    """Add the listing filters; the command receives them as ``filters``, keywords of
    `list_invoices` (unset ones left out, ``--filter`` ones under ``native``)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        filters: dict[str, object] = {}
        for name in ("issued_since", "issued_until"):
            value = kwargs.pop(name)
            if value is not None:
                filters[name] = value.date() if isinstance(value, datetime) else value
        for name in ("updated_since", "page_size"):
            value = kwargs.pop(name)
            if value is not None:
                filters[name] = value
        statuses = kwargs.pop("status")
        if statuses:
            filters["status"] = tuple(InvoiceStatus(item.lower()) for item in statuses)
        native: dict[str, str] = {}
        for name, value in kwargs.pop("native_filters"):
            if name in COMMON_FILTERS:
                raise click.BadParameter(
                    f"{name} is a common filter: use --{name.replace('_', '-')}",
                    param_hint="'--filter'",
                )
            native[name] = value
        if native:
            filters["native"] = native
        return function(*args, filters=filters, **kwargs)

    options = [
        click.option(
            "--issued-since", type=_DATE, metavar="YYYY-MM-DD", help="First issue date (inclusive)."
        ),
        click.option(
            "--issued-until", type=_DATE, metavar="YYYY-MM-DD", help="Last issue date (inclusive)."
        ),
        click.option(
            "--updated-since",
            callback=_instant,
            metavar="DATETIME",
            help="Only invoices changed at or after this ISO 8601 instant (with offset).",
        ),
        click.option(
            "--status",
            type=click.Choice([status.value for status in InvoiceStatus], case_sensitive=False),
            multiple=True,
            help="Normalized status to include (repeatable).",
        ),
        click.option("--page-size", type=click.IntRange(min=1), help="Invoices per request."),
        click.option(
            "--filter",
            "native_filters",
            callback=_key_values,
            metavar="NAME=VALUE",
            multiple=True,
            help="A vendor-native filter, as NAME=VALUE (repeatable); "
            "`invoicekit vendors --filters VENDOR` lists them with their types.",
        ),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper
