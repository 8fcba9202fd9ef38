"""Re-export of `InvoiceDocumentTitleType0`; every model lives in `models/__init__.py`."""

from . import InvoiceDocumentTitleType0

__all__ = ["InvoiceDocumentTitleType0"]
