"""Re-export of `EInvoiceType`; every model lives in `models/__init__.py`."""

from . import EInvoiceType

__all__ = ["EInvoiceType"]
