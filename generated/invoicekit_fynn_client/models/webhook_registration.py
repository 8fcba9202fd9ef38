"""Re-export of `WebhookRegistration`; every model lives in `models/__init__.py`."""

from . import WebhookRegistration

__all__ = ["WebhookRegistration"]
