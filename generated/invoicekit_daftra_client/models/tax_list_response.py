"""Re-export of `TaxListResponse`; every model lives in `models/__init__.py`."""

from . import TaxListResponse

__all__ = ["TaxListResponse"]
