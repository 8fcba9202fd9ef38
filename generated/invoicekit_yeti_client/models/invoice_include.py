"""Re-export of `InvoiceInclude`; every model lives in `models/__init__.py`."""

from . import InvoiceInclude

__all__ = ["InvoiceInclude"]
