"""Re-export of `RefundReceiptEnvelope`; every model lives in `models/__init__.py`."""

from . import RefundReceiptEnvelope

__all__ = ["RefundReceiptEnvelope"]
