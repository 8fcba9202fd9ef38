"""Re-export of `File`; every model lives in `models/__init__.py`."""

from . import File

__all__ = ["File"]
