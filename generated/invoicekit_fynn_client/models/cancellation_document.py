"""Re-export of `CancellationDocument`; every model lives in `models/__init__.py`."""

from . import CancellationDocument

__all__ = ["CancellationDocument"]
