"""Re-export of `CustomerCustomerGroupType0`; every model lives in `models/__init__.py`."""

from . import CustomerCustomerGroupType0

__all__ = ["CustomerCustomerGroupType0"]
