"""Re-export of `AutomaticTax`; every model lives in `models/__init__.py`."""

from . import AutomaticTax

__all__ = ["AutomaticTax"]
