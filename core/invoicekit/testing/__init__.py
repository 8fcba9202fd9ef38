"""invoicekit's conformance kit and pytest plugin (the ``invoicekit`` ``pytest11`` entry point).

Installed with invoicekit, the plugin gives every test suite the session fixture
``invoicekit_sandbox`` (a running `invoicekit.sandbox.SandboxServer`), the fixtures
``invoicekit_client``/``invoicekit_async_client`` (connected to the sandbox of the vendor named
by the ``invoicekit_vendor`` fixture, which you override) and the option
``--invoicekit-sandbox-size N``. A plugin distribution's ``conftest.py`` loads its own entry
point and sandbox with `plugin_under_test`. Without the entry point (running from a source
checkout), add ``pytest_plugins = ["invoicekit.testing"]`` to your root ``conftest.py``, or
``-p invoicekit.testing``.

The kit proper, for this repository's vendors and standalone distributions alike:

- `VendorConformance`: subclass it in a test module to run every check on a vendor plugin. It
  is `PayloadChecks` (recorded payloads), `SandboxChecks` (the sandbox, through the real
  clients) and `SpecChecks` (the vendor's OpenAPI spec and generated client, wherever they
  live), together. A check that does not apply to a vendor is declared in its
  ``not_applicable`` (check name → reason); nothing is skipped silently.
- One invoice: `check_invoice`/`assert_conformant` (what every invoice satisfies),
  `check_parts`/`check_status`/`check_stated_parts` (sums against the parts the vendor states),
  `scale_problems` (amounts that lost the scale the vendor wrote), `amounts`.
- Payloads: `decode_exact`/`encode` (JSON with numbers kept as written), `get_path`,
  `has_path`, `set_path`, `leaf_paths`, `path_text`; fuzzing with `mutate`,
  `mutated_payloads` and `check_normalize_property`.
- Specs: `load_spec` (YAML with numbers kept as written), `spec_examples`/`SpecExample`.

pytest imports this module in every run of anyone who has invoicekit installed, so the kit is
loaded lazily, on first use of one of its names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from invoicekit.testing._fixtures import (
    invoicekit_async_client,
    invoicekit_client,
    invoicekit_sandbox,
    invoicekit_vendor,
    plugin_under_test,
    pytest_addoption,
)

if TYPE_CHECKING:
    from invoicekit.testing._checks import amounts, assert_conformant, check_invoice
    from invoicekit.testing._conformance import VendorConformance
    from invoicekit.testing._fuzz import check_normalize_property, mutate, mutated_payloads
    from invoicekit.testing._invariants import (
        check_parts,
        check_stated_parts,
        check_status,
        scale_problems,
    )
    from invoicekit.testing._live import SandboxChecks
    from invoicekit.testing._paths import (
        decode_exact,
        encode,
        get_path,
        has_path,
        leaf_paths,
        path_text,
        set_path,
    )
    from invoicekit.testing._payloads import PayloadChecks
    from invoicekit.testing._spec import SpecChecks, SpecExample, load_spec, spec_examples

__all__ = [
    "PayloadChecks",
    "SandboxChecks",
    "SpecChecks",
    "SpecExample",
    "VendorConformance",
    "amounts",
    "assert_conformant",
    "check_invoice",
    "check_normalize_property",
    "check_parts",
    "check_stated_parts",
    "check_status",
    "decode_exact",
    "encode",
    "get_path",
    "has_path",
    "invoicekit_async_client",
    "invoicekit_client",
    "invoicekit_sandbox",
    "invoicekit_vendor",
    "leaf_paths",
    "load_spec",
    "mutate",
    "mutated_payloads",
    "path_text",
    "plugin_under_test",
    "pytest_addoption",
    "scale_problems",
    "set_path",
    "spec_examples",
]

_LAZY = {
    "PayloadChecks": "invoicekit.testing._payloads",
    "SandboxChecks": "invoicekit.testing._live",
    "SpecChecks": "invoicekit.testing._spec",
    "SpecExample": "invoicekit.testing._spec",
    "VendorConformance": "invoicekit.testing._conformance",
    "amounts": "invoicekit.testing._checks",
    "assert_conformant": "invoicekit.testing._checks",
    "check_invoice": "invoicekit.testing._checks",
    "check_normalize_property": "invoicekit.testing._fuzz",
    "check_parts": "invoicekit.testing._invariants",
    "check_stated_parts": "invoicekit.testing._invariants",
    "check_status": "invoicekit.testing._invariants",
    "decode_exact": "invoicekit.testing._paths",
    "encode": "invoicekit.testing._paths",
    "get_path": "invoicekit.testing._paths",
    "has_path": "invoicekit.testing._paths",
    "leaf_paths": "invoicekit.testing._paths",
    "load_spec": "invoicekit.testing._spec",
    "mutate": "invoicekit.testing._fuzz",
    "mutated_payloads": "invoicekit.testing._fuzz",
    "path_text": "invoicekit.testing._paths",
    "scale_problems": "invoicekit.testing._invariants",
    "set_path": "invoicekit.testing._paths",
    "spec_examples": "invoicekit.testing._spec",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
