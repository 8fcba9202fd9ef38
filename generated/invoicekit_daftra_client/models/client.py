"""Re-export of `Client`; every model lives in `models/__init__.py`."""

from . import Client

__all__ = ["Client"]
