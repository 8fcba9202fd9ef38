"""Re-export of `AutomaticTaxLiabilityType0`; every model lives in `models/__init__.py`."""

from . import AutomaticTaxLiabilityType0

__all__ = ["AutomaticTaxLiabilityType0"]
