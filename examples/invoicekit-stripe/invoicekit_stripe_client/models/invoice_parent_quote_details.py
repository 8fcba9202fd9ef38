"""Re-export of `InvoiceParentQuoteDetails`; every model lives in `models/__init__.py`."""

from . import InvoiceParentQuoteDetails

__all__ = ["InvoiceParentQuoteDetails"]
