"""Daftra's ``created``/``modified`` timestamps as instants, read in the site's time zone.

api2 writes them as ``YYYY-MM-DD HH:MM:SS`` without an offset. They are read as wall-clock time
in the site's zone (``site_info.timezone`` through the ``Timezone`` listing, or the
``timezone`` option), which is a GUESS the docs do not state: they say only that the site has
a zone. Without a zone they are not read (invoicekit never invents one). A time that the zone
skips or repeats (a daylight-saving change) has no single instant and is not read either; nor
is one that does not parse. Each of these keeps today's behaviour: the text stays in
``Invoice.extra`` and the instant is None.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

__all__ = ["instant"]

_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


def instant(value: str | None, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | None:
    """The aware UTC instant of a naive site-local timestamp, or None (see the module)."""
    if value is None or zone is None or not _STAMP.fullmatch(value):
        return None
    try:
        wall = dt.datetime.fromisoformat(value)
    except ValueError:
        return None  # not a calendar time (month 13, MySQL's zero date)
    first, second = wall.replace(tzinfo=zone, fold=0), wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        return None  # repeated or skipped by a clock change: two instants, or none
    return first.astimezone(dt.UTC)
