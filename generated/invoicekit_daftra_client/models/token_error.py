"""Re-export of `TokenError`; every model lives in `models/__init__.py`."""

from . import TokenError

__all__ = ["TokenError"]
