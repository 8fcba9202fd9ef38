"""Re-export of `ApiError`; every model lives in `models/__init__.py`."""

from . import ApiError

__all__ = ["ApiError"]
