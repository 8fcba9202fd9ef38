"""Re-export of `InvoiceLineItemObjectType`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemObjectType

__all__ = ["InvoiceLineItemObjectType"]
