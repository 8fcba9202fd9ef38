"""Re-export of `InvoiceLineItemType`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemType

__all__ = ["InvoiceLineItemType"]
