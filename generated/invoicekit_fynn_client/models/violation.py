"""Re-export of `Violation`; every model lives in `models/__init__.py`."""

from . import Violation

__all__ = ["Violation"]
