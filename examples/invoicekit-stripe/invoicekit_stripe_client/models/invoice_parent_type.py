"""Re-export of `InvoiceParentType`; every model lives in `models/__init__.py`."""

from . import InvoiceParentType

__all__ = ["InvoiceParentType"]
