"""The Stripe sandbox's Events API: ``GET /v1/events`` over the mutations applied so far.

Every applied mutation (`invoicekit.sandbox.Applied`) is one event, built as the webhook
sender builds it (`StripeMutations.webhook_event`: ``invoice.created``, ``invoice.updated``,
``invoice.paid``, ``invoice.deleted``, ...). Listed newest first, as Stripe does, with
``limit`` (1-100, default 10), ``starting_after``/``ending_before`` (event ids), ``type`` (one
type, or a group with ``*`` as in ``invoice.*``) and ``created`` (exact, or
``[gt]``/``[gte]``/``[lt]``/``[lte]``, Unix seconds). The invoices generated at start have no
events, as invoices older than Stripe's 30 days of events have none.

Simplification: an event's object is rendered when listed, so an older event of an invoice
changed again shows the newer state (its newest event, the one a changed-since listing reads,
is exact).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence

from invoicekit.sandbox import Applied, cursor_page

__all__ = ["EVENT_PARAMETERS", "select_events"]

_PREDICATES = ("gt", "gte", "lt", "lte")
EVENT_PARAMETERS = frozenset(
    {"limit", "starting_after", "ending_before", "type", "created"}
    | {f"created[{op}]" for op in _PREDICATES}
)


def _created_ok(created: int, bounds: Mapping[str, int | None]) -> bool:
    checks = {
        "": created.__eq__,
        "gt": created.__gt__,
        "gte": created.__ge__,
        "lt": created.__lt__,
        "lte": created.__le__,
    }
    return all(bound is None or checks[op](bound) for op, bound in bounds.items())


def select_events(
    events: Sequence[tuple[str, Applied, str]],
    *,
    limit: int,
    after: str | None,
    before: str | None,
    event_type: str | None,
    created: Mapping[str, int | None],
) -> tuple[list[tuple[str, Applied, str]], bool]:
    """One page of ``events`` (``(event id, applied, type)``, oldest first), newest first.

    ``created`` maps ``""`` (exact) and the predicates to their bounds. Returns the page and
    whether more follow. Raises `LookupError` naming the cursor parameter for an id that is
    not among the matching events.
    """
    matching = [
        event
        for event in reversed(events)
        if (event_type is None or fnmatch.fnmatchcase(event[2], event_type))
        and _created_ok(int(event[1].at.timestamp()), created)
    ]
    positions = {event[0]: position for position, event in enumerate(matching)}
    cursors = {"starting_after": after, "ending_before": before}
    for name, cursor in cursors.items():
        if cursor is not None and cursor not in positions:
            raise LookupError(name)
    page = cursor_page(
        range(len(matching)),
        limit=limit,
        after=None if after is None else positions[after],
        before=None if before is None else positions[before],
    )
    return [matching[position] for position in page.indexes], page.has_more
