"""Re-export of `PretaxCreditAmount`; every model lives in `models/__init__.py`."""

from . import PretaxCreditAmount

__all__ = ["PretaxCreditAmount"]
