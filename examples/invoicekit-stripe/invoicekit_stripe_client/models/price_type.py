"""Re-export of `PriceType`; every model lives in `models/__init__.py`."""

from . import PriceType

__all__ = ["PriceType"]
