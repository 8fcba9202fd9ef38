"""Re-export of `AccountResource`; every model lives in `models/__init__.py`."""

from . import AccountResource

__all__ = ["AccountResource"]
