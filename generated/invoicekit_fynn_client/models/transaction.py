"""Re-export of `Transaction`; every model lives in `models/__init__.py`."""

from . import Transaction

__all__ = ["Transaction"]
