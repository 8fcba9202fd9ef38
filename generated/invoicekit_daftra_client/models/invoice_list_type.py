"""Re-export of `InvoiceListType`; every model lives in `models/__init__.py`."""

from . import InvoiceListType

__all__ = ["InvoiceListType"]
