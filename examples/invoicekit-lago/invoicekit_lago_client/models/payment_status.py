"""Re-export of `PaymentStatus`; every model lives in `models/__init__.py`."""

from . import PaymentStatus

__all__ = ["PaymentStatus"]
