"""Re-export of `TokenRequest`; every model lives in `models/__init__.py`."""

from . import TokenRequest

__all__ = ["TokenRequest"]
