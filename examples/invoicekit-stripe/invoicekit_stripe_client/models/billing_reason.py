"""Re-export of `BillingReason`; every model lives in `models/__init__.py`."""

from . import BillingReason

__all__ = ["BillingReason"]
