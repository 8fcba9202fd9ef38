"""Re-export of `PaymentMethodSepaMandateType0`; every model lives in `models/__init__.py`."""

from . import PaymentMethodSepaMandateType0

__all__ = ["PaymentMethodSepaMandateType0"]
