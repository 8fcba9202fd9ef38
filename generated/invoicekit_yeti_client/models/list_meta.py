"""Re-export of `ListMeta`; every model lives in `models/__init__.py`."""

from . import ListMeta

__all__ = ["ListMeta"]
