"""Re-export of `InvoiceDocumentType0`; every model lives in `models/__init__.py`."""

from . import InvoiceDocumentType0

__all__ = ["InvoiceDocumentType0"]
