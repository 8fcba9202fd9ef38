"""Re-export of `Address`; every model lives in `models/__init__.py`."""

from . import Address

__all__ = ["Address"]
