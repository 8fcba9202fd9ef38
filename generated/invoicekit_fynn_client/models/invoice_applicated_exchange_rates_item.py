"""Re-export of `InvoiceApplicatedExchangeRatesItem`; every model lives in `models/__init__.py`."""

from . import InvoiceApplicatedExchangeRatesItem

__all__ = ["InvoiceApplicatedExchangeRatesItem"]
