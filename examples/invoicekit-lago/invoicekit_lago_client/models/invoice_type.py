"""Re-export of `InvoiceType`; every model lives in `models/__init__.py`."""

from . import InvoiceType

__all__ = ["InvoiceType"]
