"""Re-export of `InvoiceList`; every model lives in `models/__init__.py`."""

from . import InvoiceList

__all__ = ["InvoiceList"]
