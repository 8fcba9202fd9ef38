"""Re-export of `AddressType`; every model lives in `models/__init__.py`."""

from . import AddressType

__all__ = ["AddressType"]
