"""Re-export of `PretaxCreditAmountDiscountType1`; every model lives in `models/__init__.py`."""

from . import PretaxCreditAmountDiscountType1

__all__ = ["PretaxCreditAmountDiscountType1"]
