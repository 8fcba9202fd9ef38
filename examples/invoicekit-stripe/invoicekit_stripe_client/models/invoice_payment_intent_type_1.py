"""Re-export of `InvoicePaymentIntentType1`; every model lives in `models/__init__.py`."""

from . import InvoicePaymentIntentType1

__all__ = ["InvoicePaymentIntentType1"]
