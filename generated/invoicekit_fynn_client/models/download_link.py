"""Re-export of `DownloadLink`; every model lives in `models/__init__.py`."""

from . import DownloadLink

__all__ = ["DownloadLink"]
