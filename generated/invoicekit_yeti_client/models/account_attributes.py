"""Re-export of `AccountAttributes`; every model lives in `models/__init__.py`."""

from . import AccountAttributes

__all__ = ["AccountAttributes"]
