"""Re-export of `PriceProductType1`; every model lives in `models/__init__.py`."""

from . import PriceProductType1

__all__ = ["PriceProductType1"]
