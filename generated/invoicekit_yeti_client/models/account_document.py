"""Re-export of `AccountDocument`; every model lives in `models/__init__.py`."""

from . import AccountDocument

__all__ = ["AccountDocument"]
