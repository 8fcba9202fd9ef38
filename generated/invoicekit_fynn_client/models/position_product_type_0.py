"""Re-export of `PositionProductType0`; every model lives in `models/__init__.py`."""

from . import PositionProductType0

__all__ = ["PositionProductType0"]
