"""Re-export of `ReferencedInvoice`; every model lives in `models/__init__.py`."""

from . import ReferencedInvoice

__all__ = ["ReferencedInvoice"]
