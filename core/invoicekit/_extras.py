"""Optional dependencies: which extra installs what, and one clear error when one is missing.

``pip install invoicekit`` installs only what the library needs (httpx, msgspec, pluggy and the
generated clients' runtime). The command line needs ``invoicekit[cli]`` (click, rich), a real
sandbox server ``invoicekit[sandbox]`` (uvicorn). A leaf module: it imports nothing of
invoicekit but the error base class.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence

from invoicekit.errors import InvoiceKitError

__all__ = ["MissingExtra", "require"]


class MissingExtra(InvoiceKitError, ModuleNotFoundError):
    """A feature needs an optional dependency that is not installed.

    The message names the feature, the missing modules and the ``pip install`` line of the
    extra that brings them. It is a `ModuleNotFoundError` too, so code that guards an optional
    import with ``except ImportError`` keeps working.

    Attributes:
        extra: the invoicekit extra to install (``"cli"``, ``"sandbox"``).
        modules: the missing top-level modules.
    """

    def __init__(self, feature: str, extra: str, modules: Sequence[str]) -> None:
        self.extra = extra
        self.modules = tuple(modules)
        super().__init__(
            f"{feature} needs {', '.join(self.modules)}, which is not installed: "
            f"pip install 'invoicekit[{extra}]'",
            name=self.modules[0],
        )


def require(feature: str, extra: str, *modules: str) -> None:
    """Raise `MissingExtra` unless every one of ``modules`` is installed.

    It looks the modules up without importing them, so checking costs no import time.
    """
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        raise MissingExtra(feature, extra, missing)
