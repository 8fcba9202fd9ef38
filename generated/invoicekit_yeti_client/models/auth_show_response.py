"""Re-export of `AuthShowResponse`; every model lives in `models/__init__.py`."""

from . import AuthShowResponse

__all__ = ["AuthShowResponse"]
