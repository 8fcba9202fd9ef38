"""Re-export of `InvoiceLineList`; every model lives in `models/__init__.py`."""

from . import InvoiceLineList

__all__ = ["InvoiceLineList"]
