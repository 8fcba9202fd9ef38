"""Re-export of `InvoiceSubscriptionType1`; every model lives in `models/__init__.py`."""

from . import InvoiceSubscriptionType1

__all__ = ["InvoiceSubscriptionType1"]
