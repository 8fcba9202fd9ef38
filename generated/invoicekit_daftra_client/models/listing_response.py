"""Re-export of `ListingResponse`; every model lives in `models/__init__.py`."""

from . import ListingResponse

__all__ = ["ListingResponse"]
