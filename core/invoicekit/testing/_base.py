"""What every group of the kit's checks shares: the vendor's name and the check of one invoice."""

from __future__ import annotations

from typing import ClassVar

import invoicekit
from invoicekit.testing._checks import assert_conformant
from invoicekit.testing._invariants import check_parts

__all__ = ["KitBase"]


class KitBase:
    """The base of the kit's check groups (`invoicekit.testing.VendorConformance` has them all)."""

    vendor: ClassVar[str]
    due_before_issue_allowed: ClassVar[bool] = False

    def _check(self, invoice: invoicekit.Invoice) -> None:
        """Fail unless ``invoice`` is this vendor's and passes `check_invoice` and `check_parts`
        (its status is checked apart: `check_status`)."""
        assert invoice.vendor == self.vendor
        assert_conformant(invoice, due_before_issue_allowed=self.due_before_issue_allowed)
        problems = check_parts(invoice)
        assert not problems, f"{self.vendor} invoice {invoice.id}: " + "; ".join(problems)
