"""Re-export of `DiscountCustomerType1`; every model lives in `models/__init__.py`."""

from . import DiscountCustomerType1

__all__ = ["DiscountCustomerType1"]
