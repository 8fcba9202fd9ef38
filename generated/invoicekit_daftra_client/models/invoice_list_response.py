"""Re-export of `InvoiceListResponse`; every model lives in `models/__init__.py`."""

from . import InvoiceListResponse

__all__ = ["InvoiceListResponse"]
