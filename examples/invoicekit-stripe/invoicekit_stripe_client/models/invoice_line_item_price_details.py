"""Re-export of `InvoiceLineItemPriceDetails`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemPriceDetails

__all__ = ["InvoiceLineItemPriceDetails"]
