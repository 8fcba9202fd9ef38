"""Re-export of `InvoiceLineItemDiscountsItemType1`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemDiscountsItemType1

__all__ = ["InvoiceLineItemDiscountsItemType1"]
