"""The PostgreSQL server the store tests use: its DSN comes from the environment.

`.ci/run` installs PostgreSQL from Debian's packages, starts it and exports
``INVOICEKIT_TEST_POSTGRES_DSN``. Without that variable the PostgreSQL tests skip and say why;
with it set, a server that cannot be reached fails them (CI must not pass by skipping).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

DSN_VARIABLE = "INVOICEKIT_TEST_POSTGRES_DSN"


def postgres_dsn() -> str:
    """The test server's DSN, or skip the calling test saying that no server is configured."""
    dsn = os.environ.get(DSN_VARIABLE)
    if not dsn:
        pytest.skip(
            f"PostgreSQL tests SKIPPED: no server configured ({DSN_VARIABLE} is not set; "
            ".ci/run sets it where apt can install Debian's postgresql)"
        )
    return dsn


@contextmanager
def fresh_schema(dsn: str) -> Iterator[str]:
    """A new, empty schema name for one test; dropped with everything in it afterwards."""
    import psycopg
    from psycopg import sql

    name = f"test_{uuid.uuid4().hex[:12]}"
    try:
        yield name
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name))
            )
