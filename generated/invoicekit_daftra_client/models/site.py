"""Re-export of `Site`; every model lives in `models/__init__.py`."""

from . import Site

__all__ = ["Site"]
