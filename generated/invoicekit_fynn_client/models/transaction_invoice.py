"""Re-export of `TransactionInvoice`; every model lives in `models/__init__.py`."""

from . import TransactionInvoice

__all__ = ["TransactionInvoice"]
