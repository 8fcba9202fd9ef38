"""Re-export of `WebhookEventData`; every model lives in `models/__init__.py`."""

from . import WebhookEventData

__all__ = ["WebhookEventData"]
