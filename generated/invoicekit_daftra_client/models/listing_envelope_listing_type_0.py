"""Re-export of `ListingEnvelopeListingType0`; every model lives in `models/__init__.py`."""

from . import ListingEnvelopeListingType0

__all__ = ["ListingEnvelopeListingType0"]
