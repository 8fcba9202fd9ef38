"""Re-export of `CollectionMethod`; every model lives in `models/__init__.py`."""

from . import CollectionMethod

__all__ = ["CollectionMethod"]
