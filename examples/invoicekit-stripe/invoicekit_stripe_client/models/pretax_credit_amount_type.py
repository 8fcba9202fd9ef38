"""Re-export of `PretaxCreditAmountType`; every model lives in `models/__init__.py`."""

from . import PretaxCreditAmountType

__all__ = ["PretaxCreditAmountType"]
