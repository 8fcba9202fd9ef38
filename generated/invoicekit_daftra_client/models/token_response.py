"""Re-export of `TokenResponse`; every model lives in `models/__init__.py`."""

from . import TokenResponse

__all__ = ["TokenResponse"]
