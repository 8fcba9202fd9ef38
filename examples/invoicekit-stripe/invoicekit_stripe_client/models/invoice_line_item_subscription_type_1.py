"""Re-export of `InvoiceLineItemSubscriptionType1`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemSubscriptionType1

__all__ = ["InvoiceLineItemSubscriptionType1"]
