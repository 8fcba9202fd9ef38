"""The lower layers import without the upper ones (issue 16, step 1: no run-time cycle)."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).parents[2] / "core" / "invoicekit"


def _runtime_imports(name: str) -> set[str]:
    """Modules a core file imports at run time: anywhere except under ``if TYPE_CHECKING``."""
    tree = ast.parse((CORE / f"{name}.py").read_text())
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "invoicekit." * node.level + (node.module or "")
            found.add(base.replace("invoicekit.invoicekit", "invoicekit").rstrip("."))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        # vendor.py gets ErrorDetail at top level, without httpx and without a local import.
        ("vendor", {"httpx", "invoicekit.flows", "invoicekit._normalize"}),
        # The error translation is a leaf: errors and msgspec only.
        ("_translate", {"invoicekit._plugins", "invoicekit.flows", "invoicekit.vendor"}),
        ("_flowtypes", {"httpx", "invoicekit.vendor", "invoicekit._plugins"}),
        ("flows", {"invoicekit._normalize", "invoicekit._plugins", "invoicekit.vendor"}),
    ],
)
def test_a_lower_layer_does_not_import_an_upper_one(module: str, forbidden: set[str]) -> None:
    imports = _runtime_imports(module)
    assert imports, module
    assert not (imports & forbidden), sorted(imports & forbidden)


def test_old_import_locations_still_work() -> None:
    from invoicekit import _normalize, _translate, flows

    assert flows.normalized is _translate.normalized is _normalize.normalized
    assert flows.normalization_error is _translate.normalization_error
    assert _normalize.advance is _translate.advance
    assert flows.ErrorDetail.__module__ == "invoicekit._flowtypes"


def test_reserved_credential_names_are_exactly_connects_own_keywords() -> None:
    import inspect

    from invoicekit import client
    from invoicekit.vendor import RESERVED_CREDENTIAL_NAMES

    for function in (client.connect, client.connect_async):
        own = {
            name
            for name, parameter in inspect.signature(function).parameters.items()
            if parameter.kind is not inspect.Parameter.VAR_KEYWORD
        }
        assert own == RESERVED_CREDENTIAL_NAMES, function.__name__


@pytest.mark.parametrize("name", ["timeout", "base_url", "transport", "vendor"])
def test_a_credential_cannot_be_named_like_a_connect_keyword(name: str) -> None:
    from invoicekit.vendor import CredentialSet

    with pytest.raises(ValueError, match=f"{name!r} clashes"):
        CredentialSet("login", name)
    assert CredentialSet("login", "password").names == ("login", "password")
