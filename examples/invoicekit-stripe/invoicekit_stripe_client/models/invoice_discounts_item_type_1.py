"""Re-export of `InvoiceDiscountsItemType1`; every model lives in `models/__init__.py`."""

from . import InvoiceDiscountsItemType1

__all__ = ["InvoiceDiscountsItemType1"]
