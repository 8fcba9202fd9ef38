"""Re-export of `AuthCredentials`; every model lives in `models/__init__.py`."""

from . import AuthCredentials

__all__ = ["AuthCredentials"]
