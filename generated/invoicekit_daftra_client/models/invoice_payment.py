"""Re-export of `InvoicePayment`; every model lives in `models/__init__.py`."""

from . import InvoicePayment

__all__ = ["InvoicePayment"]
