"""Re-export of `SiteInfoResponse`; every model lives in `models/__init__.py`."""

from . import SiteInfoResponse

__all__ = ["SiteInfoResponse"]
