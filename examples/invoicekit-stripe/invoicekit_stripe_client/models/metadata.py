"""Re-export of `Metadata`; every model lives in `models/__init__.py`."""

from . import Metadata

__all__ = ["Metadata"]
