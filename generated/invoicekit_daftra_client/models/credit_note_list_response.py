"""Re-export of `CreditNoteListResponse`; every model lives in `models/__init__.py`."""

from . import CreditNoteListResponse

__all__ = ["CreditNoteListResponse"]
