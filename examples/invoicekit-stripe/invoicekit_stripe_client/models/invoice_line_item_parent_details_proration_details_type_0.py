"""Re-export of `InvoiceLineItemParentDetailsProrationDetailsType0`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemParentDetailsProrationDetailsType0

__all__ = ["InvoiceLineItemParentDetailsProrationDetailsType0"]
