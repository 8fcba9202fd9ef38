"""What every group of the kit's checks shares: the vendor's name, the check of one invoice, and
the checks a vendor declares do not apply to it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import pytest

import invoicekit
from invoicekit.testing._checks import assert_conformant
from invoicekit.testing._invariants import check_parts

__all__ = ["KitBase"]


class KitBase:
    """The base of the kit's check groups (`invoicekit.testing.VendorConformance` has them all)."""

    vendor: ClassVar[str]
    due_before_issue_allowed: ClassVar[bool] = False
    not_applicable: ClassVar[Mapping[str, str]] = {}

    @pytest.fixture(autouse=True)
    def _kit_opt_outs(self, request: pytest.FixtureRequest) -> None:
        """Skip a check the subclass lists in ``not_applicable``, with the vendor's reason; a
        name there that is no check of the kit fails every check, so a typo cannot hide one."""
        unknown = sorted(name for name in self.not_applicable if not _is_check(type(self), name))
        if unknown:
            pytest.fail(f"not_applicable names no check of the kit: {unknown}")
        name = getattr(request.node, "originalname", request.node.name)
        reason = self.not_applicable.get(name)
        if reason is not None:
            if not reason.strip():
                pytest.fail(f"not_applicable[{name!r}] gives no reason")
            pytest.skip(f"{self.vendor} declares {name} not applicable: {reason}")

    def _check(self, invoice: invoicekit.Invoice) -> None:
        """Fail unless ``invoice`` is this vendor's and passes `check_invoice` and `check_parts`
        (its status is checked apart: `check_status`)."""
        assert invoice.vendor == self.vendor
        assert_conformant(invoice, due_before_issue_allowed=self.due_before_issue_allowed)
        problems = check_parts(invoice)
        assert not problems, f"{self.vendor} invoice {invoice.id}: " + "; ".join(problems)


def _is_check(cls: type, name: str) -> bool:
    return name.startswith("test_") and callable(getattr(cls, name, None))
