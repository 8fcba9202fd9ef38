"""Re-export of `ListingEnvelope`; every model lives in `models/__init__.py`."""

from . import ListingEnvelope

__all__ = ["ListingEnvelope"]
