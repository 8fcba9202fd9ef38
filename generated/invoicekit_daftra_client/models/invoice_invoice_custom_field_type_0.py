"""Re-export of `InvoiceInvoiceCustomFieldType0`; every model lives in `models/__init__.py`."""

from . import InvoiceInvoiceCustomFieldType0

__all__ = ["InvoiceInvoiceCustomFieldType0"]
