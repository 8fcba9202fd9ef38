"""Re-export of `Problem`; every model lives in `models/__init__.py`."""

from . import Problem

__all__ = ["Problem"]
