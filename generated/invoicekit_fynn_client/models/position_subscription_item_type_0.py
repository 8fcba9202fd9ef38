"""Re-export of `PositionSubscriptionItemType0`; every model lives in `models/__init__.py`."""

from . import PositionSubscriptionItemType0

__all__ = ["PositionSubscriptionItemType0"]
