"""Re-export of `RefundReceiptResponse`; every model lives in `models/__init__.py`."""

from . import RefundReceiptResponse

__all__ = ["RefundReceiptResponse"]
