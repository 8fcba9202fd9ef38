"""Re-export of `InvoiceResource`; every model lives in `models/__init__.py`."""

from . import InvoiceResource

__all__ = ["InvoiceResource"]
