"""Re-export of `CreditNoteResponse`; every model lives in `models/__init__.py`."""

from . import CreditNoteResponse

__all__ = ["CreditNoteResponse"]
