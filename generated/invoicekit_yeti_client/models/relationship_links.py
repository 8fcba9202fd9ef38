"""Re-export of `RelationshipLinks`; every model lives in `models/__init__.py`."""

from . import RelationshipLinks

__all__ = ["RelationshipLinks"]
