"""Re-export of `PaginationLinks`; every model lives in `models/__init__.py`."""

from . import PaginationLinks

__all__ = ["PaginationLinks"]
