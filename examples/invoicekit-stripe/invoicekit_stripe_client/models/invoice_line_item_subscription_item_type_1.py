"""Re-export of `InvoiceLineItemSubscriptionItemType1`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemSubscriptionItemType1

__all__ = ["InvoiceLineItemSubscriptionItemType1"]
