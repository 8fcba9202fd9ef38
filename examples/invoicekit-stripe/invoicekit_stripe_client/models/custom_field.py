"""Re-export of `CustomField`; every model lives in `models/__init__.py`."""

from . import CustomField

__all__ = ["CustomField"]
