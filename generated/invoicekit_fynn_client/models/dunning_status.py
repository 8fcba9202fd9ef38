"""Re-export of `DunningStatus`; every model lives in `models/__init__.py`."""

from . import DunningStatus

__all__ = ["DunningStatus"]
