"""Re-export of `InvoiceCustomerType1`; every model lives in `models/__init__.py`."""

from . import InvoiceCustomerType1

__all__ = ["InvoiceCustomerType1"]
