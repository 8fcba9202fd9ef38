"""Re-export of `AuthResponse`; every model lives in `models/__init__.py`."""

from . import AuthResponse

__all__ = ["AuthResponse"]
