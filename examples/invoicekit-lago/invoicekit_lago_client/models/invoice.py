"""Re-export of `Invoice`; every model lives in `models/__init__.py`."""

from . import Invoice

__all__ = ["Invoice"]
