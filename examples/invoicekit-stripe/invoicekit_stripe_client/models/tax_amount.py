"""Re-export of `TaxAmount`; every model lives in `models/__init__.py`."""

from . import TaxAmount

__all__ = ["TaxAmount"]
