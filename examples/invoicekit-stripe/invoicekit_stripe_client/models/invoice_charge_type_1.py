"""Re-export of `InvoiceChargeType1`; every model lives in `models/__init__.py`."""

from . import InvoiceChargeType1

__all__ = ["InvoiceChargeType1"]
