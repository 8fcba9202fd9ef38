"""Re-export of `InvoiceAccountTaxIdsType0ItemType1`; every model lives in `models/__init__.py`."""

from . import InvoiceAccountTaxIdsType0ItemType1

__all__ = ["InvoiceAccountTaxIdsType0ItemType1"]
