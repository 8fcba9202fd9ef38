"""Re-export of `InvoiceListDocument`; every model lives in `models/__init__.py`."""

from . import InvoiceListDocument

__all__ = ["InvoiceListDocument"]
