"""Re-export of `RefundReceiptListResponse`; every model lives in `models/__init__.py`."""

from . import RefundReceiptListResponse

__all__ = ["RefundReceiptListResponse"]
