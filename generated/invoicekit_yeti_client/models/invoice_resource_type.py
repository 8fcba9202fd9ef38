"""Re-export of `InvoiceResourceType`; every model lives in `models/__init__.py`."""

from . import InvoiceResourceType

__all__ = ["InvoiceResourceType"]
