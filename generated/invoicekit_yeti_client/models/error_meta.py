"""Re-export of `ErrorMeta`; every model lives in `models/__init__.py`."""

from . import ErrorMeta

__all__ = ["ErrorMeta"]
