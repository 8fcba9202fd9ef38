"""Re-export of `InvoiceDepositType0`; every model lives in `models/__init__.py`."""

from . import InvoiceDepositType0

__all__ = ["InvoiceDepositType0"]
