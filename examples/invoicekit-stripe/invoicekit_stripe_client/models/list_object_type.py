"""Re-export of `ListObjectType`; every model lives in `models/__init__.py`."""

from . import ListObjectType

__all__ = ["ListObjectType"]
