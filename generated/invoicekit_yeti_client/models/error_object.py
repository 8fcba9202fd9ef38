"""Re-export of `ErrorObject`; every model lives in `models/__init__.py`."""

from . import ErrorObject

__all__ = ["ErrorObject"]
