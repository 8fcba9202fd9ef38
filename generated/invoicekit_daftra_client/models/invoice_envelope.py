"""Re-export of `InvoiceEnvelope`; every model lives in `models/__init__.py`."""

from . import InvoiceEnvelope

__all__ = ["InvoiceEnvelope"]
