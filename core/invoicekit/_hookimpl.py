"""`hookimpl`, the marker of a plugin's hook implementations, without importing pluggy.

Every plugin module applies it at import, and `invoicekit.normalize` imports a built-in plugin
on its first call: pluggy (which imports `importlib.metadata`) would cost that call about as
much as the rest of it. The marker sets the attribute pluggy's `PluginManager` reads
(``invoicekit_impl``: a dict of pluggy's hookimpl options, the same keys and defaults as
``pluggy.HookimplMarker("invoicekit")``), so the registry's pluggy manager finds it exactly as
it finds pluggy's own marks; pluggy itself loads only when third-party plugins do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

__all__ = ["HookimplMarker", "hookimpl"]

_F = TypeVar("_F", bound=Callable[..., Any])


class HookimplMarker:
    """Marks functions as hook implementations of ``project_name``, as pluggy's marker does."""

    def __init__(self, project_name: str) -> None:
        self.project_name = project_name

    @overload
    def __call__(self, function: _F) -> _F: ...

    @overload
    def __call__(
        self,
        function: None = None,
        *,
        hookwrapper: bool = False,
        optionalhook: bool = False,
        tryfirst: bool = False,
        trylast: bool = False,
        specname: str | None = None,
        wrapper: bool = False,
    ) -> Callable[[_F], _F]: ...

    def __call__(
        self,
        function: _F | None = None,
        *,
        hookwrapper: bool = False,
        optionalhook: bool = False,
        tryfirst: bool = False,
        trylast: bool = False,
        specname: str | None = None,
        wrapper: bool = False,
    ) -> _F | Callable[[_F], _F]:
        """Mark ``function`` (or, without it, return a decorator with these options); the
        options mean what they mean to `pluggy.HookimplMarker`."""
        options = {
            "wrapper": wrapper,
            "hookwrapper": hookwrapper,
            "optionalhook": optionalhook,
            "tryfirst": tryfirst,
            "trylast": trylast,
            "specname": specname,
        }

        def mark(func: _F) -> _F:
            setattr(func, self.project_name + "_impl", dict(options))
            return func

        return mark if function is None else mark(function)


#: Marks a plugin's hook implementations (``@hookimpl def register_vendors(register): ...``).
hookimpl = HookimplMarker("invoicekit")
