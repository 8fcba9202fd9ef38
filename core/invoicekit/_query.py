"""`list_invoices` keywords → a validated `ListQuery`, before any request is sent.

Where a vendor filters some statuses only coarsely (`Vendor.coarse_statuses`), the query also
carries the statuses to keep after mapping (`ListQuery.keep`), which the clients apply.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Mapping
from datetime import date, datetime

from .errors import ConfigurationError
from .flows import ListQuery
from .model import InvoiceStatus
from .vendor import COMMON_FILTERS, Vendor

__all__ = ["build_query", "filters_of"]


def _as_date(vendor: str, name: str, value: object) -> date:
    if isinstance(value, datetime):
        raise ConfigurationError(f"{name} takes a date, not a datetime", vendor=vendor)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigurationError(f"{name} must be a date or YYYY-MM-DD, got {value!r}", vendor=vendor)


def _as_instant(vendor: str, name: str, value: object) -> datetime:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = datetime.fromisoformat(value)
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ConfigurationError(f"{name} must be an aware datetime", vendor=vendor)
    return value


#: The caller of `list_invoices` or `pages`, counted from `filters_of`: filters_of, the
#: client's ``_query``, the public method, its caller.
_CALLER = 4


def filters_of(
    vendor: Vendor,
    common: Mapping[str, object],
    native: Mapping[str, object] | None,
    legacy: Mapping[str, object],
) -> dict[str, object]:
    """One filter mapping from `list_invoices`'s typed keywords, ``native=`` and ``**native``.

    ``**native`` (vendor filters as keywords) is the deprecated spelling of ``native={...}``:
    it still filters, with a `DeprecationWarning` pointing at the caller. A filter given both
    ways, or a common filter inside ``native``, is a `ConfigurationError`.
    """
    if legacy:
        names = ", ".join(sorted(legacy))
        warnings.warn(
            f"vendor filters as keywords of list_invoices ({names}) are deprecated; "
            f"pass them as native={{...}}",
            DeprecationWarning,
            stacklevel=_CALLER,
        )
    given = dict(native or {})
    if common_inside := sorted(COMMON_FILTERS & set(given)):
        raise ConfigurationError(
            f"{', '.join(common_inside)} is a keyword of list_invoices, not a native filter",
            vendor=vendor.name,
        )
    if twice := sorted(set(given) & set(legacy)):
        raise ConfigurationError(f"filter given twice: {', '.join(twice)}", vendor=vendor.name)
    return {**common, **legacy, **given}


def _statuses(vendor: str, raw: object) -> tuple[InvoiceStatus, ...]:
    """The `InvoiceStatus`es of a ``status`` filter: one, or several, as members or values."""
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, str) else list(raw)  # type: ignore[call-overload]
    try:
        return tuple(InvoiceStatus(item) for item in items)
    except ValueError as exc:
        raise ConfigurationError(f"unknown status in {raw!r}", vendor=vendor) from exc


def build_query(vendor: Vendor, filters: Mapping[str, object]) -> ListQuery:
    """Validate `list_invoices` keywords against what the vendor can honour."""
    name = vendor.name
    vendor.check_filters(key for key, value in filters.items() if value is not None)
    native = {
        key: value if isinstance(value, str) else str(value)
        for key, value in filters.items()
        if key not in COMMON_FILTERS and value is not None
    }
    statuses = _statuses(name, filters.get("status"))
    page_size = filters.get("page_size")
    if page_size is not None:
        limit = vendor.max_page_size
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise ConfigurationError("page_size must be a positive int", vendor=name)
        if limit is not None and page_size > limit:
            raise ConfigurationError(f"page_size must be at most {limit}", vendor=name)
    coarse = bool(vendor.coarse_statuses.intersection(statuses))
    return ListQuery(
        issued_since=_as_date(name, "issued_since", filters["issued_since"])
        if filters.get("issued_since") is not None
        else None,
        issued_until=_as_date(name, "issued_until", filters["issued_until"])
        if filters.get("issued_until") is not None
        else None,
        updated_since=_as_instant(name, "updated_since", filters["updated_since"])
        if filters.get("updated_since") is not None
        else None,
        # Coarse statuses may share one vendor value (Stripe's open, partially paid: "open").
        status=tuple(dict.fromkeys(vendor.status_filter(statuses))) if statuses else (),
        page_size=page_size if isinstance(page_size, int) else None,
        native=native,
        keep=frozenset(statuses) if coarse else None,
    )
