"""Re-export of `Price`; every model lives in `models/__init__.py`."""

from . import Price

__all__ = ["Price"]
