"""Re-export of `InvoiceTax`; every model lives in `models/__init__.py`."""

from . import InvoiceTax

__all__ = ["InvoiceTax"]
