"""Re-export of `PaymentMethodSepaDebit`; every model lives in `models/__init__.py`."""

from . import PaymentMethodSepaDebit

__all__ = ["PaymentMethodSepaDebit"]
