"""The drift gate: does a folder of generated clients match a fresh generation of its specs?"""

from __future__ import annotations

import filecmp
from pathlib import Path


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def tree_differences(expected: Path, actual: Path) -> list[str]:
    """Files added, changed or deleted in `actual` compared with `expected`, as readable lines."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing: {name}" for name in sorted(want - have)]
    lines += [f"not produced by the generator: {name}" for name in sorted(have - want)]
    lines += [
        f"differs from a fresh generation: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return lines


def differences(fresh: Path, committed: Path, packages: list[str] | None = None) -> list[str]:
    """Every difference between the clients in `committed` and those freshly made in `fresh`.

    With `packages`, only those client packages are compared; otherwise every
    ``invoicekit_*_client`` in either folder, so a client whose spec is gone is reported too.
    """
    names = (
        set(packages)
        if packages is not None
        else {p.name for folder in (fresh, committed) for p in folder.glob("invoicekit_*_client")}
    )
    return [
        f"{committed / name}: {line}"
        for name in sorted(names)
        for line in tree_differences(fresh / name, committed / name)
    ]
