"""Re-export of `InvoiceLineItemParentDetails`; every model lives in `models/__init__.py`."""

from . import InvoiceLineItemParentDetails

__all__ = ["InvoiceLineItemParentDetails"]
