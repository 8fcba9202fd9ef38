"""Re-export of `PositionProduct`; every model lives in `models/__init__.py`."""

from . import PositionProduct

__all__ = ["PositionProduct"]
