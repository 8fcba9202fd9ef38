"""Re-export of `RecursiveLevel`; every model lives in `models/__init__.py`."""

from . import RecursiveLevel

__all__ = ["RecursiveLevel"]
