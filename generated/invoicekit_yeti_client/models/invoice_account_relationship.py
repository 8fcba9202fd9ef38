"""Re-export of `InvoiceAccountRelationship`; every model lives in `models/__init__.py`."""

from . import InvoiceAccountRelationship

__all__ = ["InvoiceAccountRelationship"]
