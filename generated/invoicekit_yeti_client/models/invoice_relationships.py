"""Re-export of `InvoiceRelationships`; every model lives in `models/__init__.py`."""

from . import InvoiceRelationships

__all__ = ["InvoiceRelationships"]
