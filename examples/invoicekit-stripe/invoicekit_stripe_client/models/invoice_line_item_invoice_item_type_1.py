"""Re-export of `InvoiceLineItemInvoiceItemType1`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemInvoiceItemType1

__all__ = ["InvoiceLineItemInvoiceItemType1"]
