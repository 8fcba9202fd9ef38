"""Re-export of `ErrorSource`; every model lives in `models/__init__.py`."""

from . import ErrorSource

__all__ = ["ErrorSource"]
