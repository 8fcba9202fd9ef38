"""Re-export of `DiscountAmountDiscountType1`; every model lives in `models/__init__.py`."""

from . import DiscountAmountDiscountType1

__all__ = ["DiscountAmountDiscountType1"]
