"""Re-export of `AccountIdentifier`; every model lives in `models/__init__.py`."""

from . import AccountIdentifier

__all__ = ["AccountIdentifier"]
