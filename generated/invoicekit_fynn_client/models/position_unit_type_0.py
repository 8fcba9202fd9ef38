"""Re-export of `PositionUnitType0`; every model lives in `models/__init__.py`."""

from . import PositionUnitType0

__all__ = ["PositionUnitType0"]
