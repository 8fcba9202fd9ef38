"""Re-export of `SourceType`; every model lives in `models/__init__.py`."""

from . import SourceType

__all__ = ["SourceType"]
