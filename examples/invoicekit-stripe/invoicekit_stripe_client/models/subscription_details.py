"""Re-export of `SubscriptionDetails`; every model lives in `models/__init__.py`."""

from . import SubscriptionDetails

__all__ = ["SubscriptionDetails"]
