"""Re-export of `TaxRate`; every model lives in `models/__init__.py`."""

from . import TaxRate

__all__ = ["TaxRate"]
