"""Re-export of `ErrorType`; every model lives in `models/__init__.py`."""

from . import ErrorType

__all__ = ["ErrorType"]
