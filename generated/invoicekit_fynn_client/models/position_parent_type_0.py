"""Re-export of `PositionParentType0`; every model lives in `models/__init__.py`."""

from . import PositionParentType0

__all__ = ["PositionParentType0"]
