"""Re-export of `PositionGroupType0`; every model lives in `models/__init__.py`."""

from . import PositionGroupType0

__all__ = ["PositionGroupType0"]
