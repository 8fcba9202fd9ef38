"""Re-export of `Pagination`; every model lives in `models/__init__.py`."""

from . import Pagination

__all__ = ["Pagination"]
