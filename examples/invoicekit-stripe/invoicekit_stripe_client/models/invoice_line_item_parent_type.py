"""Re-export of `InvoiceLineItemParentType`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemParentType

__all__ = ["InvoiceLineItemParentType"]
