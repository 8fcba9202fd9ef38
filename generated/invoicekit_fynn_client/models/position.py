"""Re-export of `Position`; every model lives in `models/__init__.py`."""

from . import Position

__all__ = ["Position"]
