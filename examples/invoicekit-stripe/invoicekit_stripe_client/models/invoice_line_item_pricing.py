"""Re-export of `InvoiceLineItemPricing`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemPricing

__all__ = ["InvoiceLineItemPricing"]
