"""Re-export of `InvoiceLineItem`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItem

__all__ = ["InvoiceLineItem"]
