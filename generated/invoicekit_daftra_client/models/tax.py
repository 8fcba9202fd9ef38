"""Re-export of `Tax`; every model lives in `models/__init__.py`."""

from . import Tax

__all__ = ["Tax"]
