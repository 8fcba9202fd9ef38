"""`invoicekit.plugin.deferred`: a vendor method from a module imported on first use."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from invoicekit.plugin import deferred


def test_the_module_is_imported_on_first_use_only() -> None:
    code = textwrap.dedent(
        """
        import sys
        from invoicekit.plugin import deferred

        class Holder:
            dumps = deferred("json")
            loads = deferred("json", "loads")

        assert "json" not in sys.modules or True  # the interpreter may have it already
        sys.modules.pop("json", None)
        holder = Holder()
        print("json" in sys.modules)
        print(holder.dumps([1]), holder.loads("[2]"))
        print("json" in sys.modules, type(Holder.__dict__["dumps"]).__name__)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["False", "[1] [2]", "True staticmethod"]


def test_it_is_called_without_self_like_a_staticmethod() -> None:
    class Holder:
        join = deferred("os.path")

    assert Holder().join("a", "b") in {"a/b", "a\\b"}
    assert Holder.join("a", "b") == Holder().join("a", "b")


def test_a_missing_function_names_itself() -> None:
    class Holder:
        nothing_here = deferred("json")

    with pytest.raises(AttributeError, match="nothing_here"):
        Holder().nothing_here  # noqa: B018 - the lookup is what fails


def test_the_repr_names_module_and_function() -> None:
    assert repr(deferred("json", "dumps")) == "<deferred json:dumps>"
