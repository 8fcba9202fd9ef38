"""Re-export of `TaxGroup`; every model lives in `models/__init__.py`."""

from . import TaxGroup

__all__ = ["TaxGroup"]
