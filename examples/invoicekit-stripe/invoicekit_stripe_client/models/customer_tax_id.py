"""Re-export of `CustomerTaxId`; every model lives in `models/__init__.py`."""

from . import CustomerTaxId

__all__ = ["CustomerTaxId"]
