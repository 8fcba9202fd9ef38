"""Re-export of `PaymentMethodDataType1`; every model lives in `models/__init__.py`."""

from . import PaymentMethodDataType1

__all__ = ["PaymentMethodDataType1"]
