"""Re-export of `DiscountAmount`; every model lives in `models/__init__.py`."""

from . import DiscountAmount

__all__ = ["DiscountAmount"]
