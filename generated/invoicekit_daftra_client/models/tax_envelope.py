"""Re-export of `TaxEnvelope`; every model lives in `models/__init__.py`."""

from . import TaxEnvelope

__all__ = ["TaxEnvelope"]
