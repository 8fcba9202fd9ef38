"""Re-export of `CustomerCustomFieldsType0`; every model lives in `models/__init__.py`."""

from . import CustomerCustomFieldsType0

__all__ = ["CustomerCustomFieldsType0"]
