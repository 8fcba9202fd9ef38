"""Re-export of `InvoiceListTransitionsType0`; every model lives in `models/__init__.py`."""

from . import InvoiceListTransitionsType0

__all__ = ["InvoiceListTransitionsType0"]
