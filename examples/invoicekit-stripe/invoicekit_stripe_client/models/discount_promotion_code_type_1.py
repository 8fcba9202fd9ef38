"""Re-export of `DiscountPromotionCodeType1`; every model lives in `models/__init__.py`."""

from . import DiscountPromotionCodeType1

__all__ = ["DiscountPromotionCodeType1"]
