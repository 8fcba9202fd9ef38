"""Re-export of `Error`; every model lives in `models/__init__.py`."""

from . import Error

__all__ = ["Error"]
