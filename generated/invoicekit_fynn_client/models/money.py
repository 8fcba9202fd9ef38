"""Re-export of `Money`; every model lives in `models/__init__.py`."""

from . import Money

__all__ = ["Money"]
