"""Re-export of `InvoiceItem`; every model lives in `models/__init__.py`."""

from . import InvoiceItem

__all__ = ["InvoiceItem"]
