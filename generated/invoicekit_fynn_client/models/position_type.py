"""Re-export of `PositionType`; every model lives in `models/__init__.py`."""

from . import PositionType

__all__ = ["PositionType"]
