"""Re-export of `ErrorResponse`; every model lives in `models/__init__.py`."""

from . import ErrorResponse

__all__ = ["ErrorResponse"]
