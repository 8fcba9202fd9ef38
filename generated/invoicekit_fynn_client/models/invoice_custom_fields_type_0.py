"""Re-export of `InvoiceCustomFieldsType0`; every model lives in `models/__init__.py`."""

from . import InvoiceCustomFieldsType0

__all__ = ["InvoiceCustomFieldsType0"]
