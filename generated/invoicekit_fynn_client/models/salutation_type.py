"""Re-export of `SalutationType`; every model lives in `models/__init__.py`."""

from . import SalutationType

__all__ = ["SalutationType"]
