"""Re-export of `CustomerEmailAddressesItem`; every model lives in `models/__init__.py`."""

from . import CustomerEmailAddressesItem

__all__ = ["CustomerEmailAddressesItem"]
