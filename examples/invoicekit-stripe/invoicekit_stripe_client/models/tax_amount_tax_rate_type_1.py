"""Re-export of `TaxAmountTaxRateType1`; every model lives in `models/__init__.py`."""

from . import TaxAmountTaxRateType1

__all__ = ["TaxAmountTaxRateType1"]
