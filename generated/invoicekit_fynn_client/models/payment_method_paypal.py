"""Re-export of `PaymentMethodPaypal`; every model lives in `models/__init__.py`."""

from . import PaymentMethodPaypal

__all__ = ["PaymentMethodPaypal"]
