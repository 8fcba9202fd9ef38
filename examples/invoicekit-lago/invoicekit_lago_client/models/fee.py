"""Re-export of `Fee`; every model lives in `models/__init__.py`."""

from . import Fee

__all__ = ["Fee"]
