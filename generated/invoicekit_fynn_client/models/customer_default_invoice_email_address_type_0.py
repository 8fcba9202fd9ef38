"""Re-export of `CustomerDefaultInvoiceEmailAddressType0`; every model lives in `models/__init__.py`."""

from . import CustomerDefaultInvoiceEmailAddressType0

__all__ = ["CustomerDefaultInvoiceEmailAddressType0"]
