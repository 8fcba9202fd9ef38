"""Re-export of `TaxRateDetails`; every model lives in `models/__init__.py`."""

from . import TaxRateDetails

__all__ = ["TaxRateDetails"]
