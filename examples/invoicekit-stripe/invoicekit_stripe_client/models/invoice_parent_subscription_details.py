"""Re-export of `InvoiceParentSubscriptionDetails`; every model lives in `models/__init__.py`."""

from . import InvoiceParentSubscriptionDetails

__all__ = ["InvoiceParentSubscriptionDetails"]
