"""Re-export of `SortDirection`; every model lives in `models/__init__.py`."""

from . import SortDirection

__all__ = ["SortDirection"]
