"""Re-export of `CustomerDefaultEmailAddressType0`; every model lives in `models/__init__.py`."""

from . import CustomerDefaultEmailAddressType0

__all__ = ["CustomerDefaultEmailAddressType0"]
