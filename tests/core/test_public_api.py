"""The public API: what invoicekit exports, and that all of it is documented."""

import ast
import enum
import inspect
from pathlib import Path

import pytest

import invoicekit
from invoicekit import hookspecs


def names_bound_in_init() -> set[str]:
    """Every name that ``invoicekit/__init__.py`` binds at module level."""
    tree = ast.parse(Path(invoicekit.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            if any(isinstance(t, ast.Name) and t.id == "_LAZY" for t in node.targets):
                names.update(ast.literal_eval(node.value))  # loaded on first use
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_importing_invoicekit_does_not_import_httpx() -> None:
    """`import invoicekit` (and pytest's plugin load) stays light; the HTTP side loads on use."""
    import subprocess
    import sys

    code = "import sys, invoicekit, invoicekit.testing; print('httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    code = "import sys, invoicekit; invoicekit.connect; print('httpx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def is_public(name: str) -> bool:
    return not name.startswith("_") or name == "__version__"


def test_all_equals_the_public_names_of_init() -> None:
    public = {name for name in names_bound_in_init() if is_public(name)}
    assert set(invoicekit.__all__) == public


def test_all_is_sorted_and_unique() -> None:
    assert invoicekit.__all__ == sorted(set(invoicekit.__all__))


@pytest.mark.parametrize("name", invoicekit.__all__)
def test_every_exported_name_exists(name: str) -> None:
    assert hasattr(invoicekit, name)


def documented_objects() -> list[tuple[str, object]]:
    """Every exported class and function, plus the public methods those classes define."""
    found: list[tuple[str, object]] = []
    for name in invoicekit.__all__:
        value = getattr(invoicekit, name)
        if isinstance(value, str):  # __version__
            continue
        found.append((name, value))
        if inspect.isclass(value) and not issubclass(value, enum.Enum):
            for attribute, member in vars(value).items():
                if not attribute.startswith("_") and (
                    inspect.isfunction(member) or isinstance(member, property | classmethod)
                ):
                    found.append((f"{name}.{attribute}", member))
    return found


@pytest.mark.parametrize(("name", "value"), documented_objects())
def test_everything_public_has_a_docstring(name: str, value: object) -> None:
    doc = value.__doc__ if isinstance(value, property | classmethod) else inspect.getdoc(value)
    assert doc
    assert doc.strip()


def test_the_version_is_a_string() -> None:
    assert isinstance(invoicekit.__version__, str)
    assert invoicekit.__version__


def hookspec_functions() -> list[object]:
    return [
        value
        for value in vars(hookspecs).values()
        if inspect.isfunction(value) and hasattr(value, "invoicekit_spec")
    ]


def hook_signature(hook: object) -> str:
    """The hook's signature as written in its source."""
    assert inspect.isfunction(hook)
    signature = inspect.signature(hook)
    # Under `from __future__ import annotations` the annotations are the source text.
    parameters = ", ".join(f"{p.name}: {p.annotation}" for p in signature.parameters.values())
    return f"{hook.__name__}({parameters}) -> {signature.return_annotation}"


def test_register_vendors_is_a_hookspec_with_this_signature() -> None:
    assert hookspecs.register_vendors in hookspec_functions()
    assert (
        hook_signature(hookspecs.register_vendors)
        == "register_vendors(register: Callable[[Vendor], None]) -> None"
    )


@pytest.mark.parametrize("hook", hookspec_functions(), ids=lambda hook: hook.__name__)
def test_every_hook_documents_its_exact_signature(hook: object) -> None:
    assert f"``{hook_signature(hook)}``" in (inspect.getdoc(hook) or "")
