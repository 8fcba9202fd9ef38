"""Re-export of `PageMeta`; every model lives in `models/__init__.py`."""

from . import PageMeta

__all__ = ["PageMeta"]
