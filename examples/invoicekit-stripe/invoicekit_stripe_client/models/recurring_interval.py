"""Re-export of `RecurringInterval`; every model lives in `models/__init__.py`."""

from . import RecurringInterval

__all__ = ["RecurringInterval"]
