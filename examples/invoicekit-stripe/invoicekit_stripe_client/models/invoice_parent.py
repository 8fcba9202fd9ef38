"""Re-export of `InvoiceParent`; every model lives in `models/__init__.py`."""

from . import InvoiceParent

__all__ = ["InvoiceParent"]
