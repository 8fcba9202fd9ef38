"""Re-export of `InvoiceDocument`; every model lives in `models/__init__.py`."""

from . import InvoiceDocument

__all__ = ["InvoiceDocument"]
