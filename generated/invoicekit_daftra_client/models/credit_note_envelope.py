"""Re-export of `CreditNoteEnvelope`; every model lives in `models/__init__.py`."""

from . import CreditNoteEnvelope

__all__ = ["CreditNoteEnvelope"]
