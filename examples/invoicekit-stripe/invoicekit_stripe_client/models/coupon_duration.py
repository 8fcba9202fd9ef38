"""Re-export of `CouponDuration`; every model lives in `models/__init__.py`."""

from . import CouponDuration

__all__ = ["CouponDuration"]
