"""Re-export of `TransactionList`; every model lives in `models/__init__.py`."""

from . import TransactionList

__all__ = ["TransactionList"]
