"""Re-export of `InvoiceStatus`; every model lives in `models/__init__.py`."""

from . import InvoiceStatus

__all__ = ["InvoiceStatus"]
