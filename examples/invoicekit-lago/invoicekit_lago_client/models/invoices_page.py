"""Re-export of `InvoicesPage`; every model lives in `models/__init__.py`."""

from . import InvoicesPage

__all__ = ["InvoicesPage"]
