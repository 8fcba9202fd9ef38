"""Re-export of `AccountResourceType`; every model lives in `models/__init__.py`."""

from . import AccountResourceType

__all__ = ["AccountResourceType"]
