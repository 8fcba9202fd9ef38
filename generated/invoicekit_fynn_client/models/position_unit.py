"""Re-export of `PositionUnit`; every model lives in `models/__init__.py`."""

from . import PositionUnit

__all__ = ["PositionUnit"]
