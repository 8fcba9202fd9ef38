"""Re-export of `AddressStatus`; every model lives in `models/__init__.py`."""

from . import AddressStatus

__all__ = ["AddressStatus"]
