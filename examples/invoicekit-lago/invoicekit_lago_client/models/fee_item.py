"""Re-export of `FeeItem`; every model lives in `models/__init__.py`."""

from . import FeeItem

__all__ = ["FeeItem"]
