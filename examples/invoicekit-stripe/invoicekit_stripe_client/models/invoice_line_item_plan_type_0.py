"""Re-export of `InvoiceLineItemPlanType0`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemPlanType0

__all__ = ["InvoiceLineItemPlanType0"]
