"""Re-export of `SortOrder`; every model lives in `models/__init__.py`."""

from . import SortOrder

__all__ = ["SortOrder"]
