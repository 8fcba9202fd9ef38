"""Re-export of `Customer`; every model lives in `models/__init__.py`."""

from . import Customer

__all__ = ["Customer"]
