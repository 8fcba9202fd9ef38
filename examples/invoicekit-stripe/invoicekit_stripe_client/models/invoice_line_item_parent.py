"""Re-export of `InvoiceLineItemParent`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemParent

__all__ = ["InvoiceLineItemParent"]
