"""Re-export of `PaymentMethodCard`; every model lives in `models/__init__.py`."""

from . import PaymentMethodCard

__all__ = ["PaymentMethodCard"]
