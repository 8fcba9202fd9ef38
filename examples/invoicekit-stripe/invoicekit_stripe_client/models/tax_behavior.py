"""Re-export of `TaxBehavior`; every model lives in `models/__init__.py`."""

from . import TaxBehavior

__all__ = ["TaxBehavior"]
