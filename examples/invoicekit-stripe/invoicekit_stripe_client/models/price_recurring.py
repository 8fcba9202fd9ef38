"""Re-export of `PriceRecurring`; every model lives in `models/__init__.py`."""

from . import PriceRecurring

__all__ = ["PriceRecurring"]
