"""Re-export of `AuthRequest`; every model lives in `models/__init__.py`."""

from . import AuthRequest

__all__ = ["AuthRequest"]
