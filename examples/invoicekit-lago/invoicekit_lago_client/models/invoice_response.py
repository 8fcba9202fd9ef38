"""Re-export of `InvoiceResponse`; every model lives in `models/__init__.py`."""

from . import InvoiceResponse

__all__ = ["InvoiceResponse"]
