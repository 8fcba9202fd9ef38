"""Re-export of `PositionTax`; every model lives in `models/__init__.py`."""

from . import PositionTax

__all__ = ["PositionTax"]
