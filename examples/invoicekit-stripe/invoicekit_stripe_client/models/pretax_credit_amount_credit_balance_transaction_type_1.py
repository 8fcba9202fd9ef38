"""Re-export of `PretaxCreditAmountCreditBalanceTransactionType1`; every model lives in `models/__init__.py`."""

from . import PretaxCreditAmountCreditBalanceTransactionType1

__all__ = ["PretaxCreditAmountCreditBalanceTransactionType1"]
