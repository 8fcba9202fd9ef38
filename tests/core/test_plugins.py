"""Plugin loading through real entry points: fake distributions installed into a temp dir."""

import importlib.metadata
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import invoicekit
import invoicekit.plugin
from invoicekit import UnknownVendor, _plugins

BUILTINS = list(_plugins.DEFAULT_PLUGINS)
#: The built-in vendors (a built-in plugin module is named invoicekit_<vendor>).
BUILTIN_VENDORS = sorted(module.removeprefix("invoicekit_") for module in BUILTINS)


def plugin_source(*vendor_names: str, title: str = "Acme") -> str:
    """A plugin module that registers one Vendor per name."""
    registrations = "\n".join(f"    register(make({name!r}))" for name in vendor_names)
    return (
        textwrap.dedent(
            f"""\
        import invoicekit.plugin


        def make(vendor_name):
            class Acme(invoicekit.plugin.Vendor):
                name = vendor_name
                title = {title!r}

            return Acme()


        @invoicekit.plugin.hookimpl
        def register_vendors(register):
        """
        )
        + (registrations or "    pass")
        + "\n"
    )


class Site:
    """A directory on ``sys.path`` to install fake distributions into."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # Module names are unique per test: Python caches imported modules process-wide.
        self.prefix = f"ik_test_{uuid.uuid4().hex[:8]}_"
        self.modules: list[str] = []

    def module(self, name: str, source: str) -> str:
        """Write a module and return its unique import name."""
        module = self.prefix + name
        (self.root / f"{module}.py").write_text(source, encoding="utf-8")
        self.modules.append(module)
        return module

    def distribution(self, name: str, version: str, entry_points: dict[str, str]) -> None:
        """Install distribution metadata declaring ``entry_points`` (name -> module)."""
        info = self.root / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
        )
        lines = "".join(f"{ep} = {module}\n" for ep, module in entry_points.items())
        (info / "entry_points.txt").write_text(f"[invoicekit]\n{lines}", encoding="utf-8")

    def plugin(self, name: str, *vendor_names: str, version: str = "1.0") -> str:
        """Install a distribution ``invoicekit-<name>`` with one plugin module."""
        module = self.module(name, plugin_source(*vendor_names))
        self.distribution(f"invoicekit-{name}", version, {name: module})
        return module


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_registry: None) -> Iterator[Site]:
    """Entry-point loading enabled, with a fresh site directory on ``sys.path``.

    Only the site's own distributions are seen: plugins installed in the environment running
    the tests (the example distribution, a developer's) would make the expectations vary.
    """
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(_plugins.LOAD_PLUGINS_ENV, raising=False)

    def site_entry_points(*, group: str) -> importlib.metadata.EntryPoints:
        found = [
            entry_point
            for distribution in importlib.metadata.distributions(path=[str(tmp_path)])
            for entry_point in distribution.entry_points
            if entry_point.group == group
        ]
        return importlib.metadata.EntryPoints(found)

    monkeypatch.setattr(_plugins.importlib.metadata, "entry_points", site_entry_points)
    site = Site(tmp_path)
    yield site
    for module in site.modules:
        sys.modules.pop(module, None)


def by_name() -> dict[str, invoicekit.PluginInfo]:
    return {info.name: info for info in invoicekit.plugins()}


def test_builtins_load_with_entry_points_disabled(fresh_registry: None) -> None:
    assert invoicekit.vendors() == BUILTIN_VENDORS
    infos = invoicekit.plugins()
    assert [info.name for info in infos] == BUILTINS
    assert all(info.error is None and info.distribution == "invoicekit" for info in infos)
    assert [info.vendors for info in infos] == [(m.removeprefix("invoicekit_"),) for m in BUILTINS]


def test_a_third_party_plugin_is_loaded_and_listed(site: Site) -> None:
    module = site.plugin("acme", "acme", version="2.3.4")
    assert invoicekit.vendors() == sorted(["acme", *BUILTIN_VENDORS])
    assert invoicekit.get_vendor("acme").title == "Acme"
    info = by_name()["acme"]
    assert info == invoicekit.PluginInfo(
        name="acme",
        module=module,
        distribution="invoicekit-acme",
        version="2.3.4",
        vendors=("acme",),
        error=None,
    )


def test_a_plugin_that_fails_to_import_is_reported_and_the_others_load(site: Site) -> None:
    broken = site.module("broken", "raise ImportError('needs libfoo')\n")
    site.distribution("invoicekit-broken", "0.1", {"broken": broken})
    site.plugin("acme", "acme")
    info = by_name()["broken"]
    assert info.error == "ImportError: needs libfoo"
    assert info.vendors == ()
    assert (info.distribution, info.version) == ("invoicekit-broken", "0.1")
    assert invoicekit.vendors() == sorted(["acme", *BUILTIN_VENDORS])


def test_a_syntax_error_is_reported(site: Site) -> None:
    broken = site.module("broken", "def (:\n")
    site.distribution("invoicekit-broken", "0.1", {"broken": broken})
    assert (by_name()["broken"].error or "").startswith("SyntaxError:")


def test_a_vendor_name_taken_by_a_builtin_is_reported(site: Site) -> None:
    site.plugin("impostor", "yeti")
    info = by_name()["impostor"]
    assert info.error == (
        "PluginError: plugin 'impostor' registered vendor 'yeti', "
        "which plugin 'invoicekit_yeti' registered first"
    )
    assert type(invoicekit.get_vendor("yeti")).__module__ == "invoicekit_yeti"


def test_entry_points_load_in_sorted_order_and_the_first_name_wins(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    zeta = site.plugin("zeta", "shared")
    site.plugin("alpha", "shared")
    # Hand the entry points over in reverse order: the loader must sort, not follow the order
    # of the file system or of sys.path.
    found = importlib.metadata.entry_points

    def reversed_entry_points(group: str) -> list[importlib.metadata.EntryPoint]:
        return sorted(found(group=group), key=lambda ep: ep.name, reverse=True)

    monkeypatch.setattr(importlib.metadata, "entry_points", reversed_entry_points)
    assert [info.name for info in invoicekit.plugins()] == [*BUILTINS, "alpha", "zeta"]
    assert by_name()["alpha"].vendors == ("shared",)
    assert by_name()["zeta"].error == (
        "PluginError: plugin 'zeta' registered vendor 'shared', "
        "which plugin 'alpha' registered first"
    )
    assert type(invoicekit.get_vendor("shared")).__module__ != zeta


def test_a_plugin_loads_fully_or_not_at_all(site: Site) -> None:
    site.plugin("greedy", "fresh", "fynn")
    assert by_name()["greedy"].error
    assert "fresh" not in invoicekit.vendors()


def test_registering_something_that_is_not_a_vendor_is_reported(site: Site) -> None:
    module = site.module(
        "odd",
        "import invoicekit.plugin\n\n"
        "@invoicekit.plugin.hookimpl\ndef register_vendors(register):\n    register(object())\n",
    )
    site.distribution("invoicekit-odd", "1.0", {"odd": module})
    assert "is not an invoicekit.plugin.Vendor" in (by_name()["odd"].error or "")


def test_a_misspelt_hook_is_reported(site: Site) -> None:
    module = site.module(
        "typo",
        "import invoicekit.plugin\n\n"
        "@invoicekit.plugin.hookimpl\ndef register_vendor(register):\n    pass\n",
    )
    site.distribution("invoicekit-typo", "1.0", {"typo": module})
    site.plugin("zulu", "zulu")  # loads after it: the blocked plugin must not taint it
    error = by_name()["typo"].error or ""
    assert error.startswith("PluginValidationError:")
    assert "register_vendor" in error
    assert by_name()["zulu"].error is None
    assert "zulu" in invoicekit.vendors()


def test_a_bad_vendor_class_fails_at_import_and_is_reported(site: Site) -> None:
    module = site.module(
        "badname",
        "import invoicekit.plugin\n\nclass Bad(invoicekit.plugin.Vendor):\n    name = 'Bad Name'\n",
    )
    site.distribution("invoicekit-badname", "1.0", {"badname": module})
    assert "lowercase identifier" in (by_name()["badname"].error or "")


def test_a_plugin_using_the_registry_while_loading_gets_an_error_not_a_deadlock(
    site: Site,
) -> None:
    module = site.module("eager", "import invoicekit\n\ninvoicekit.vendors()\n")
    site.distribution("invoicekit-eager", "1.0", {"eager": module})
    assert "while plugins were loading" in (by_name()["eager"].error or "")


def test_empty_setting_loads_no_entry_points_but_the_builtins(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.plugin("acme", "acme")
    monkeypatch.setenv(_plugins.LOAD_PLUGINS_ENV, "")
    assert invoicekit.vendors() == BUILTIN_VENDORS
    assert [info.name for info in invoicekit.plugins()] == BUILTINS


def test_a_list_loads_only_those_entry_points(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    site.plugin("acme", "acme")
    site.plugin("beta", "beta")
    site.plugin("gamma", "gamma")
    monkeypatch.setenv(_plugins.LOAD_PLUGINS_ENV, " gamma, acme ,,invoicekit_yeti")
    assert invoicekit.vendors() == sorted(["acme", "gamma", *BUILTIN_VENDORS])
    assert [info.name for info in invoicekit.plugins()] == [*BUILTINS, "acme", "gamma"]


def test_a_listed_plugin_that_is_not_installed_is_reported(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_plugins.LOAD_PLUGINS_ENV, "missing")
    info = by_name()["missing"]
    assert info.error == "not installed: no 'invoicekit' entry point is named 'missing'"
    assert invoicekit.vendors() == BUILTIN_VENDORS


def test_unset_loads_every_entry_point(site: Site) -> None:
    site.plugin("acme", "acme")
    site.plugin("beta", "beta")
    assert invoicekit.vendors() == sorted(["acme", "beta", *BUILTIN_VENDORS])


def test_the_environment_is_read_when_the_registry_loads(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site.plugin("acme", "acme")
    monkeypatch.setenv(_plugins.LOAD_PLUGINS_ENV, "")
    assert "acme" not in invoicekit.vendors()
    monkeypatch.delenv(_plugins.LOAD_PLUGINS_ENV)
    assert "acme" not in invoicekit.vendors()  # loaded once, then cached
    _plugins._reset()
    assert "acme" in invoicekit.vendors()


def test_unknown_vendor(fresh_registry: None) -> None:
    with pytest.raises(UnknownVendor) as caught:
        invoicekit.get_vendor("nope")
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == (
        f"unknown vendor 'nope'; known vendors: {', '.join(BUILTIN_VENDORS)}"
    )


def test_unknown_vendor_explains_a_failed_plugin(site: Site) -> None:
    broken = site.module("acme", "raise RuntimeError('boom')\n")
    site.distribution("invoicekit-acme", "1.0", {"acme": broken})
    with pytest.raises(UnknownVendor, match=r"plugin 'acme' failed to load: RuntimeError: boom"):
        invoicekit.get_vendor("acme")


def test_plugins_load_lazily_and_once_across_threads(
    fresh_registry: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    load = _plugins._load
    started = threading.Barrier(8)

    def counting_load(builtins: _plugins._Registry) -> _plugins._Registry:
        nonlocal calls
        calls += 1
        return load(builtins)

    monkeypatch.setattr(_plugins, "_load", counting_load)
    assert calls == 0
    results: list[list[str]] = []

    def use() -> None:
        started.wait()
        results.append(invoicekit.vendors())

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == 1
    assert results == [BUILTIN_VENDORS] * 8
