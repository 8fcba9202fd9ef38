"""Re-export of `SiteEnvelope`; every model lives in `models/__init__.py`."""

from . import SiteEnvelope

__all__ = ["SiteEnvelope"]
