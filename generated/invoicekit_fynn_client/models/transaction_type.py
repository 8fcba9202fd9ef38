"""Re-export of `TransactionType`; every model lives in `models/__init__.py`."""

from . import TransactionType

__all__ = ["TransactionType"]
