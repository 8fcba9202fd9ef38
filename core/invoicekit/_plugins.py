"""The plugin registry: loads the plugins once, lazily, and maps vendor names to `Vendor` objects.

Plugins come from two places, loaded in this order:

1. `DEFAULT_PLUGINS`, the built-in vendor modules, imported by name (as llm, datasette and pytest
   load theirs). They are part of the library and always load.
2. Third-party distributions, through the ``invoicekit`` entry-point group, one at a time in
   sorted order (entry-point name, then distribution name), so the outcome does not depend on
   the order of ``sys.path`` or of the file system.

Each plugin loads on its own. An import error, a misspelt hook, a registration that is not a
`Vendor` or a vendor name that an earlier plugin took blocks that plugin alone: it is logged,
reported by `plugins()`, and the other plugins still load. (pluggy's own
``load_setuptools_entrypoints`` stops at the first plugin that fails.) A plugin loads fully or not
at all: if its hook fails halfway, none of its vendors stay registered.

``INVOICEKIT_LOAD_PLUGINS`` selects the entry-point plugins, in llm's style:

* unset: all of them;
* empty: none (the built-ins still load: they are part of invoicekit, not add-ons, and a broken
  third-party plugin is escaped with the empty value without losing them);
* a comma-separated list of entry-point names: only those; a listed name that is not installed
  is reported as a failed plugin.

The variable is read when the registry loads: on first use of `vendors`, `plugins`, or of
`get_vendor` and `invoicekit.normalize` with a name no built-in has, once per process, under a
lock.

A built-in vendor's name needs no registry: `get_vendor("fynn")` imports that one built-in
plugin alone and calls its hook directly. Entry points cannot change the outcome (a built-in
registers first, and the first registration of a name wins), so discovering them, which reads
the metadata of every installed distribution, and pluggy, which only third-party plugins need,
are left to the first call that needs all plugins. That full load keeps the built-ins already
loaded (the same `Vendor` objects) and reports them in their usual order. This is what keeps
the cold start of a serverless webhook handler (`import invoicekit`, one `normalize`) short.
"""

from __future__ import annotations

import _thread
import functools
import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import msgspec

from invoicekit._hookimpl import hookimpl
from invoicekit._version import __version__
from invoicekit.errors import PluginError, UnknownVendor
from invoicekit.vendor import Vendor

if TYPE_CHECKING:
    import importlib.metadata

    import pluggy

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "LOAD_PLUGINS_ENV",
    "PluginInfo",
    "get_vendor",
    "plugins",
    "vendors",
]

#: The built-in plugins, imported by module name. They are shaped exactly like third-party
#: plugins, so any of them could move into a distribution of its own.
DEFAULT_PLUGINS: tuple[str, ...] = ("invoicekit_yeti", "invoicekit_daftra", "invoicekit_fynn")
# The e-invoice sources (UBL, CII, Factur-X documents; they need the einvoice extra to read).
DEFAULT_PLUGINS += ("invoicekit_ubl", "invoicekit_cii", "invoicekit_facturx")
#: The entry-point group third-party plugins declare.
ENTRY_POINT_GROUP = "invoicekit"
#: The environment variable that selects entry-point plugins.
LOAD_PLUGINS_ENV = "INVOICEKIT_LOAD_PLUGINS"

_BUILTIN_DISTRIBUTION = "invoicekit"
# Each built-in registers the one vendor its module is named after (tests/core/test_plugins.py).
_BUILTIN_VENDORS = {module.removeprefix("invoicekit_"): module for module in DEFAULT_PLUGINS}

#: Every vendor resolved so far, by name: what `invoicekit.normalize` reads first, one dict
#: lookup and no call (`get_vendor` fills it). Only ever holds what the registry would return.
RESOLVED: dict[str, Vendor] = {}


def _warn(message: str, *args: object) -> None:
    # logging (with traceback, string and weakref) loads only when a plugin fails: the cold
    # start of a serverless handler that only normalizes must not pay for it.
    import logging  # noqa: PLC0415 - see above

    logging.getLogger("invoicekit").warning(message, *args)


class PluginInfo(msgspec.Struct, frozen=True, kw_only=True):
    """One plugin the registry tried to load, and how that went.

    Attributes:
        name: the plugin's name: its entry-point name, or the module name of a built-in.
        module: the module it was loaded from.
        distribution: the distribution that ships it (``"invoicekit"`` for the built-ins).
        version: that distribution's version.
        vendors: the vendor names it registered, in order; empty if it failed.
        error: why it failed (exception type and message), or ``None`` if it loaded.
    """

    name: str
    module: str | None = None
    distribution: str | None = None
    version: str | None = None
    vendors: tuple[str, ...] = ()
    error: str | None = None


class _Registry:
    """The outcome of one load: a pluggy manager, the vendors by name, and the report."""

    def __init__(self) -> None:
        self._manager: pluggy.PluginManager | None = None
        self.vendors: dict[str, Vendor] = {}
        self.owners: dict[str, str] = {}  # vendor name -> name of the plugin that registered it
        self.plugins: list[PluginInfo] = []

    @property
    def manager(self) -> pluggy.PluginManager:
        """The pluggy manager of the entry-point plugins, made when the first one loads."""
        if self._manager is None:
            import pluggy  # noqa: PLC0415 - only third-party plugins need it (module docstring)

            from invoicekit import hookspecs  # noqa: PLC0415 - imports pluggy

            self._manager = pluggy.PluginManager(hookimpl.project_name)
            self._manager.add_hookspecs(hookspecs)
        return self._manager

    def adopt(self, info: PluginInfo, vendors: dict[str, Vendor]) -> None:
        """Keep a plugin another registry loaded (a built-in the fast path loaded alone)."""
        self.vendors.update(vendors)
        self.owners.update(dict.fromkeys(vendors, info.name))
        self.plugins.append(info)

    def load(
        self,
        name: str,
        load: Callable[[], object],
        *,
        module: str | None,
        distribution: str | None,
        version: str | None,
        builtin: bool = False,
    ) -> PluginInfo:
        """Load one plugin and record the outcome; a failure leaves nothing of it behind.

        A ``builtin`` plugin's hook is called directly; any other goes through pluggy, which
        checks its hook names.
        """
        added: dict[str, Vendor] = {}

        def register(vendor: Vendor) -> None:
            if not isinstance(vendor, Vendor):
                raise PluginError(
                    f"plugin {name!r} registered {vendor!r}, "
                    "which is not an invoicekit.plugin.Vendor",
                    plugin=name,
                )
            vendor_name = getattr(vendor, "name", None)
            if vendor_name is None:
                raise PluginError(
                    f"plugin {name!r} registered {vendor!r}, whose class sets no name", plugin=name
                )
            if vendor_name in self.vendors or vendor_name in added:
                owner = self.owners.get(vendor_name, name)
                raise PluginError(
                    f"plugin {name!r} registered vendor {vendor_name!r}, "
                    f"which plugin {owner!r} registered first",
                    plugin=name,
                )
            added[vendor_name] = vendor

        plugin: object = None
        registered = False
        error = None
        try:
            plugin = load()
            if builtin:
                plugin.register_vendors(register=register)  # type: ignore[attr-defined]
            else:
                self.manager.register(plugin, name=name)
                registered = True
                # pluggy validates hook names only here; a misspelt hook would be ignored.
                self.manager.check_pending()
                # Call this plugin's hook alone, so that each vendor is credited to its plugin
                # and a failure is the fault of exactly one plugin.
                others = [other for other in self.manager.get_plugins() if other is not plugin]
                self.manager.subset_hook_caller("register_vendors", others)(register=register)
        except Exception as exc:  # any failure of third-party code blocks that plugin only
            if registered:
                self.manager.unregister(plugin)
            error = f"{type(exc).__name__}: {exc}"
            _warn("invoicekit plugin %r failed to load: %s", name, error)
        else:
            self.vendors.update(added)
            self.owners.update(dict.fromkeys(added, name))
        info = PluginInfo(
            name=name,
            module=module,
            distribution=distribution,
            version=version,
            vendors=() if error else tuple(added),
            error=error,
        )
        self.plugins.append(info)
        return info


def _selected_entry_points() -> tuple[list[importlib.metadata.EntryPoint], list[str]]:
    """The entry points to load, in load order, and the requested names that are missing."""
    import importlib.metadata  # noqa: PLC0415 - reading every distribution's metadata is slow

    found = sorted(
        importlib.metadata.entry_points(group=ENTRY_POINT_GROUP),
        key=lambda ep: (ep.name, ep.dist.name if ep.dist else ""),
    )
    setting = os.environ.get(LOAD_PLUGINS_ENV)
    if setting is None:
        return found, []
    wanted = {item.strip() for item in setting.split(",")} - {""}
    missing = wanted - {ep.name for ep in found} - set(DEFAULT_PLUGINS)
    return [ep for ep in found if ep.name in wanted], sorted(missing)


def _load_builtin(registry: _Registry, module_name: str) -> PluginInfo:
    return registry.load(
        module_name,
        functools.partial(importlib.import_module, module_name),
        module=module_name,
        distribution=_BUILTIN_DISTRIBUTION,
        version=__version__,
        builtin=True,
    )


def _load(builtins: _Registry) -> _Registry:
    """Every plugin; the built-ins that ``builtins`` loaded already are kept as they are."""
    registry = _Registry()
    loaded = {info.name: info for info in builtins.plugins}
    for module_name in DEFAULT_PLUGINS:
        info = loaded.get(module_name)
        if info is None:
            _load_builtin(registry, module_name)
        else:
            registry.adopt(info, {name: builtins.vendors[name] for name in info.vendors})
    selected, missing = _selected_entry_points()
    for ep in selected:
        registry.load(
            ep.name,
            ep.load,
            module=ep.module,
            distribution=ep.dist.name if ep.dist else None,
            version=ep.dist.version if ep.dist else None,
        )
    for name in missing:
        error = f"not installed: no {ENTRY_POINT_GROUP!r} entry point is named {name!r}"
        _warn("invoicekit plugin %r requested by %s: %s", name, LOAD_PLUGINS_ENV, error)
        registry.plugins.append(PluginInfo(name=name, error=error))
    return registry


class _Lazy:
    """Holds the process's one `_Registry`, loading it on first use, once, under a lock.

    Until then, `builtin` loads single built-ins into a registry of their own, which the full
    load adopts.
    """

    def __init__(self) -> None:
        # Reentrant, so that a plugin touching the registry while it loads gets a PluginError
        # instead of a deadlock. `_thread`'s is the lock `threading.RLock` returns, without
        # importing threading (a cold `normalize` would pay for it).
        self.lock = _thread.RLock()
        self._registry: _Registry | None = None
        self._builtins = _Registry()
        self._loading = False

    def get(self) -> _Registry:
        """Return the registry, loading it first if this is the first use."""
        registry = self._registry  # published only once complete, so reading it needs no lock
        if registry is not None:
            return registry
        with self.lock:
            if self._registry is None:
                self._enter()
                try:
                    self._registry = _load(self._builtins)
                finally:
                    self._loading = False
                RESOLVED.update(self._registry.vendors)
            return self._registry

    def builtin(self, name: str) -> Vendor | None:
        """The built-in vendor ``name``, loading its plugin alone; None when no built-in is
        called so or its plugin failed (the full load then reports why)."""
        module_name = _BUILTIN_VENDORS.get(name)
        if module_name is None:
            return None
        with self.lock:
            if self._registry is not None:
                return self._registry.vendors.get(name)
            builtins = self._builtins
            if all(info.name != module_name for info in builtins.plugins):
                self._enter()
                try:
                    _load_builtin(builtins, module_name)
                finally:
                    self._loading = False
            vendor = builtins.vendors.get(name)
            if vendor is not None:
                RESOLVED[name] = vendor
            return vendor

    def _enter(self) -> None:
        if self._loading:
            raise PluginError("a plugin used the invoicekit registry while plugins were loading")
        self._loading = True

    def reset(self) -> None:
        """Drop the registry; the next `get` loads again."""
        with self.lock:
            self._registry = None
            self._builtins = _Registry()
            RESOLVED.clear()


_lazy = _Lazy()


def vendors() -> list[str]:
    """Return the names of all registered vendors, sorted."""
    return sorted(_lazy.get().vendors)


def get_vendor(name: str) -> Vendor:
    """Return the registered `Vendor` called ``name``.

    Raises `UnknownVendor` (a `KeyError`) listing the known names, and saying so if a plugin
    that would have provided ``name`` failed to load.
    """
    vendor = RESOLVED.get(name) or _lazy.builtin(name)
    if vendor is not None:
        return vendor
    registry = _lazy.get()
    try:
        return registry.vendors[name]
    except KeyError:
        hint = None
        for info in registry.plugins:
            if info.error and name in (info.name, (info.module or "").removeprefix("invoicekit_")):
                hint = f"plugin {info.name!r} failed to load: {info.error}"
        raise UnknownVendor(name, registry.vendors, hint=hint) from None


def plugins() -> list[PluginInfo]:
    """Return what the registry loaded, in load order: one `PluginInfo` per plugin.

    Built-ins come first, then entry-point plugins; failed plugins are included with their
    error, so that this answers "why is my vendor missing?".
    """
    return list(_lazy.get().plugins)


def _register(plugin: object, name: str) -> PluginInfo:
    """Load ``plugin`` (a module or object with hook implementations) into the registry.

    For tests, which use it to add fake vendors as a real plugin would; undo it with `_reset`.
    """
    with _lazy.lock:
        registry = _lazy.get()
        info = registry.load(
            name,
            lambda: plugin,
            module=getattr(plugin, "__name__", None),
            distribution=None,
            version=None,
        )
        RESOLVED.update({vendor: registry.vendors[vendor] for vendor in info.vendors})
        return info


def _reset() -> None:
    """Forget all loaded plugins; the next use loads them again and re-reads the environment.

    For tests. Modules already imported stay in `sys.modules`.
    """
    _lazy.reset()
