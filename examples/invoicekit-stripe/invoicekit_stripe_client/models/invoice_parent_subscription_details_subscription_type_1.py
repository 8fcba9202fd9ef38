"""Re-export of `InvoiceParentSubscriptionDetailsSubscriptionType1`; every model lives in `models/__init__.py`."""

from . import InvoiceParentSubscriptionDetailsSubscriptionType1

__all__ = ["InvoiceParentSubscriptionDetailsSubscriptionType1"]
