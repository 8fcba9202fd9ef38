"""Re-export of `InvoiceInvoiceReminderType0`; every model lives in `models/__init__.py`."""

from . import InvoiceInvoiceReminderType0

__all__ = ["InvoiceInvoiceReminderType0"]
