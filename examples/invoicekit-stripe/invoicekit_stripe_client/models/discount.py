"""Re-export of `Discount`; every model lives in `models/__init__.py`."""

from . import Discount

__all__ = ["Discount"]
