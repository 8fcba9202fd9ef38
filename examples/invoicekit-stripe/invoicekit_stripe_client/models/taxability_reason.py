"""Re-export of `TaxabilityReason`; every model lives in `models/__init__.py`."""

from . import TaxabilityReason

__all__ = ["TaxabilityReason"]
