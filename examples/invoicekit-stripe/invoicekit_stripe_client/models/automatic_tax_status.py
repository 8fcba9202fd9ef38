"""Re-export of `AutomaticTaxStatus`; every model lives in `models/__init__.py`."""

from . import AutomaticTaxStatus

__all__ = ["AutomaticTaxStatus"]
