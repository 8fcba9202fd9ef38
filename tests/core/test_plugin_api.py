"""`invoicekit.plugin`: the one import of a plugin author, and the names that moved there."""

import inspect
import tomllib
import warnings
from importlib.metadata import version
from pathlib import Path

import pluggy
import pytest

import invoicekit
import invoicekit.plugin
from invoicekit import _plugins, hookspecs

MOVED = sorted(invoicekit._MOVED)  # type: ignore[attr-defined]


def test_all_is_unique_and_every_name_exists() -> None:
    assert len(invoicekit.plugin.__all__) == len(set(invoicekit.plugin.__all__))
    for name in invoicekit.plugin.__all__:
        assert getattr(invoicekit.plugin, name) is not None


@pytest.mark.parametrize("name", invoicekit.plugin.__all__)
def test_every_callable_it_exports_has_a_docstring(name: str) -> None:
    value = getattr(invoicekit.plugin, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        assert inspect.getdoc(value), name


@pytest.mark.parametrize("name", MOVED)
def test_a_moved_name_still_works_but_warns_with_the_new_import(name: str) -> None:
    with pytest.warns(DeprecationWarning, match=rf"from invoicekit\.plugin import {name}`"):
        old = getattr(invoicekit, name)
    assert old is getattr(invoicekit.plugin, name)
    assert name not in invoicekit.__all__
    assert name in invoicekit.plugin.__all__


def test_users_names_stay_in_invoicekit_without_a_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for name in ("normalize", "Invoice", "NormalizationError", "get_vendor", "connect"):
            assert getattr(invoicekit, name) is not None


def test_the_light_hookimpl_marks_what_pluggy_finds_with_its_options() -> None:
    class Plugin:
        @invoicekit.plugin.hookimpl(tryfirst=True)
        def register_vendors(self, register: object) -> None:
            """A hook implementation."""

    manager = pluggy.PluginManager("invoicekit")
    manager.add_hookspecs(hookspecs)
    manager.register(Plugin())
    (implementation,) = manager.hook.register_vendors.get_hookimpls()
    assert implementation.tryfirst
    assert not implementation.trylast
    # The same options pluggy's own marker would set.
    reference = pluggy.HookimplMarker("invoicekit")(tryfirst=True)(lambda register: None)
    assert Plugin.register_vendors.invoicekit_impl == reference.invoicekit_impl  # type: ignore[attr-defined]


def test_the_version_literal_matches_pyproject_and_the_installed_metadata() -> None:
    pyproject = tomllib.loads(
        (Path(__file__).parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    )
    assert invoicekit.__version__ == pyproject["project"]["version"] == version("invoicekit")


def test_each_builtin_registers_the_vendor_its_module_is_named_after(
    fresh_registry: None,
) -> None:
    """The fast path of `get_vendor` relies on it (`_plugins._BUILTIN_VENDORS`)."""
    for info in invoicekit.plugins():
        if info.distribution == "invoicekit":
            assert info.vendors == (info.name.removeprefix("invoicekit_"),)


def test_a_builtin_resolves_alone_and_the_full_load_keeps_it(fresh_registry: None) -> None:
    fynn = invoicekit.get_vendor("fynn")
    assert _plugins._lazy._registry is None  # no entry points read, no other plugin loaded
    assert [info.name for info in _plugins._lazy._builtins.plugins] == ["invoicekit_fynn"]
    assert "fynn" in invoicekit.vendors()
    assert invoicekit.get_vendor("fynn") is fynn
    assert [info.name for info in invoicekit.plugins()][:3] == list(_plugins.DEFAULT_PLUGINS[:3])
