"""Re-export of `InvoiceObjectType`; every model lives in `models/__init__.py`."""

from . import InvoiceObjectType

__all__ = ["InvoiceObjectType"]
