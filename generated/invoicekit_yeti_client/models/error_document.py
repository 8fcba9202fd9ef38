"""Re-export of `ErrorDocument`; every model lives in `models/__init__.py`."""

from . import ErrorDocument

__all__ = ["ErrorDocument"]
