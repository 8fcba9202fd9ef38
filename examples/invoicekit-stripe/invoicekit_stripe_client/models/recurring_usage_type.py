"""Re-export of `RecurringUsageType`; every model lives in `models/__init__.py`."""

from . import RecurringUsageType

__all__ = ["RecurringUsageType"]
