"""Re-export of `InvoicePaymentProviderFeeCentsType1`; every model lives in `models/__init__.py`."""

from . import InvoicePaymentProviderFeeCentsType1

__all__ = ["InvoicePaymentProviderFeeCentsType1"]
