"""Re-export of `Period`; every model lives in `models/__init__.py`."""

from . import Period

__all__ = ["Period"]
