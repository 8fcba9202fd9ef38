"""Re-export of `ErrorResponseValidationErrors`; every model lives in `models/__init__.py`."""

from . import ErrorResponseValidationErrors

__all__ = ["ErrorResponseValidationErrors"]
