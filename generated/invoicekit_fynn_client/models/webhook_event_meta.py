"""Re-export of `WebhookEventMeta`; every model lives in `models/__init__.py`."""

from . import WebhookEventMeta

__all__ = ["WebhookEventMeta"]
