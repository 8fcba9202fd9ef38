"""Re-export of `CustomerTaxExempt`; every model lives in `models/__init__.py`."""

from . import CustomerTaxExempt

__all__ = ["CustomerTaxExempt"]
