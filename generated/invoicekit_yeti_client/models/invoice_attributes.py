"""Re-export of `InvoiceAttributes`; every model lives in `models/__init__.py`."""

from . import InvoiceAttributes

__all__ = ["InvoiceAttributes"]
