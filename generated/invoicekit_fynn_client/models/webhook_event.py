"""Re-export of `WebhookEvent`; every model lives in `models/__init__.py`."""

from . import WebhookEvent

__all__ = ["WebhookEvent"]
