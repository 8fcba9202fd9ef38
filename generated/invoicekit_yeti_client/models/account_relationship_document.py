"""Re-export of `AccountRelationshipDocument`; every model lives in `models/__init__.py`."""

from . import AccountRelationshipDocument

__all__ = ["AccountRelationshipDocument"]
