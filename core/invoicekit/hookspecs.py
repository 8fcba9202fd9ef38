"""The hooks a plugin can implement, and the markers to declare them.

A plugin is a module (found through the ``invoicekit`` entry-point group) that implements hooks
with `hookimpl`::

    from invoicekit.plugin import hookimpl


    @hookimpl
    def register_vendors(register):
        register(AcmeVendor())

The hooks are deliberately few: behaviour lives in the methods of the registered
`invoicekit.plugin.Vendor` objects, so that each call goes to exactly one vendor instead of
asking every plugin whether an invoice is theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

from invoicekit._hookimpl import hookimpl

if TYPE_CHECKING:
    from invoicekit.vendor import Vendor

__all__ = ["hookimpl", "hookspec", "register_vendors"]

#: Marks the hook specifications below (used by invoicekit itself).
hookspec = pluggy.HookspecMarker("invoicekit")
# hookimpl (re-exported above) needs no pluggy: plugins apply it at import, see _hookimpl.


@hookspec
def register_vendors(register: Callable[[Vendor], None]) -> None:
    """Register the vendors this plugin provides.

    Signature: ``register_vendors(register: Callable[[Vendor], None]) -> None``.

    Called once per plugin, when the registry first loads. Call ``register(vendor)`` with one
    instance of each `invoicekit.plugin.Vendor` subclass the plugin provides; the return value is
    ignored. ``register`` raises `invoicekit.PluginError` if the object is not a Vendor or its
    name is taken (the first registration of a name wins); the registry then reports the whole
    plugin as failed in `invoicekit.plugins()` and keeps none of its vendors.
    """
