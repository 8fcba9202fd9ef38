"""Re-export of `StatusTransitions`; every model lives in `models/__init__.py`."""

from . import StatusTransitions

__all__ = ["StatusTransitions"]
