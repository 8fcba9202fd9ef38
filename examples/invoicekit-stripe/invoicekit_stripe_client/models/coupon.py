"""Re-export of `Coupon`; every model lives in `models/__init__.py`."""

from . import Coupon

__all__ = ["Coupon"]
