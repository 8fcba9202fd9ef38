"""Re-export of `PaymentMethod`; every model lives in `models/__init__.py`."""

from . import PaymentMethod

__all__ = ["PaymentMethod"]
