"""Re-export of `ResourceLinks`; every model lives in `models/__init__.py`."""

from . import ResourceLinks

__all__ = ["ResourceLinks"]
