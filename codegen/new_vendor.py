"""Scaffold a new vendor: spec, codegen config, plugin, sandbox and conformance tests.

    python codegen/new_vendor.py NAME [--title TITLE]              # built-in, in this tree
    python codegen/new_vendor.py NAME --standalone DIR [--title T]  # a separate distribution

`nox -s new_vendor -- NAME` runs this and then generates the client. A built-in vendor is wired
in like the others (pyproject.toml's wheel packages and `DEFAULT_PLUGINS`); a standalone one is
a distribution of its own (codegen/scaffold/standalone: pyproject.toml with an entry point in the
``invoicekit`` group, noxfile, lint configuration, spec tests). The files come from
codegen/scaffold/, a small working vendor whose placeholders ``{{vendor}}``, ``{{Title}}`` and
``{{Class}}`` are filled in here.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

import prepare

HERE = Path(__file__).resolve().parent
SCAFFOLD = HERE / "scaffold"
ROOT = prepare.ROOT
_NAME = re.compile(r"[a-z][a-z0-9_]*")


class ScaffoldError(RuntimeError):
    """The scaffold cannot be written as asked."""


def class_name(vendor: str) -> str:
    """``invoice_ninja`` → ``InvoiceNinja``."""
    return "".join(part.capitalize() for part in vendor.split("_"))


def render(text: str, vendor: str, title: str) -> str:
    """Fill in the scaffold's placeholders."""
    return (
        text.replace("{{vendor}}", vendor)
        .replace("{{Title}}", title)
        .replace("{{Class}}", class_name(vendor))
    )


def _write(path: Path, text: str) -> None:
    if path.exists():
        raise ScaffoldError(f"{path} already exists; not overwriting it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"created {path}")


def _copy(source: Path, target: Path, vendor: str, title: str) -> None:
    """Render every file below ``source`` into ``target``, renaming placeholder file names."""
    for template in sorted(source.rglob("*")):
        if template.is_file() and "__pycache__" not in template.parts:
            name = render(str(template.relative_to(source)), vendor, title)
            _write(target / name, render(template.read_text(encoding="utf-8"), vendor, title))


def example_payload(spec: Path) -> str:
    """The spec's ``invoice`` example as JSON, numbers as written (``1.0000`` stays so)."""
    import msgspec  # noqa: PLC0415 - an invoicekit dependency, as the generated client's runtime

    document = prepare.load_exact(spec)
    value = document["components"]["examples"]["invoice"]["value"]
    encoded = msgspec.json.Encoder(decimal_format="number").encode(value)
    return msgspec.json.format(encoded, indent=2).decode() + "\n"


def _insert_after_last(text: str, prefix: str, line: str, where: str) -> str:
    """Insert ``line`` after the last line starting with ``prefix``; fail if there is none."""
    lines = text.splitlines(keepends=True)
    matches = [i for i, existing in enumerate(lines) if existing.lstrip().startswith(prefix)]
    if not matches:
        raise ScaffoldError(f"cannot find {prefix!r} in {where}")
    indent = lines[matches[-1]][: len(lines[matches[-1]]) - len(lines[matches[-1]].lstrip())]
    lines.insert(matches[-1] + 1, f"{indent}{line}\n")
    return "".join(lines)


#: The wheel's table of files mapped into it; each built-in vendor's spec has a line there.
FORCE_INCLUDE = "[tool.hatch.build.targets.wheel.force-include]"


def wire_builtin(vendor: str, root: Path = ROOT) -> None:
    """Add the vendor to the wheel's packages (its spec too) and to `DEFAULT_PLUGINS`."""
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    text = _insert_after_last(
        text, '"plugins/invoicekit_', f'"plugins/invoicekit_{vendor}",', "pyproject.toml"
    )
    text = _insert_after_last(
        text, '"generated/invoicekit_', f'"generated/invoicekit_{vendor}_client",', "pyproject.toml"
    )
    # The wheel ships the spec beside the plugin, where its sandbox finds it (locate_spec).
    shipped = f'"specs/{vendor}/openapi.yaml" = "invoicekit_{vendor}/openapi.yaml"'
    head, section, rest = text.partition(FORCE_INCLUDE)
    if not section:
        raise ScaffoldError(f"cannot find {FORCE_INCLUDE} in pyproject.toml")
    table, bracket, after = rest.partition("\n[")
    text = head + section + _insert_after_last(table, '"specs/', shipped, FORCE_INCLUDE)
    text += bracket + after
    pyproject.write_text(text, encoding="utf-8")
    plugins = root / "core" / "invoicekit" / "_plugins.py"
    source = plugins.read_text(encoding="utf-8")
    pattern = re.compile(r"^(DEFAULT_PLUGINS: tuple\[str, \.\.\.\] = \()(.*?)(\))$", re.M | re.S)
    match = pattern.search(source)
    if match is None:
        raise ScaffoldError("cannot find the DEFAULT_PLUGINS tuple in core/invoicekit/_plugins.py")
    names = [*re.findall(r'"([a-z0-9_]+)"', match.group(2)), f"invoicekit_{vendor}"]
    body = "\n" + "".join(f'    "{name}",\n' for name in names)
    plugins.write_text(source[: match.start(2)] + body + source[match.end(2) :], encoding="utf-8")
    print(f"wired invoicekit_{vendor} into pyproject.toml and DEFAULT_PLUGINS")


def scaffold_builtin(vendor: str, title: str, root: Path = ROOT) -> None:
    """A built-in vendor in this tree."""
    if (root / "specs" / vendor).exists() or (root / "plugins" / f"invoicekit_{vendor}").exists():
        raise ScaffoldError(f"a vendor named {vendor!r} already exists")
    _copy(SCAFFOLD / "spec", root / "specs" / vendor, vendor, title)
    _copy(SCAFFOLD / "plugin", root / "plugins" / f"invoicekit_{vendor}", vendor, title)
    tests = root / "tests" / "plugins" / vendor
    _copy(SCAFFOLD / "tests", tests, vendor, title)
    _write(
        tests / "payloads" / "invoice.json",
        example_payload(root / "specs" / vendor / "openapi.yaml"),
    )
    wire_builtin(vendor, root)


def scaffold_standalone(vendor: str, title: str, target: Path) -> None:
    """A separate ``invoicekit-<vendor>`` distribution in ``target``."""
    if target.exists() and any(target.iterdir()):
        raise ScaffoldError(f"{target} is not empty")
    _copy(SCAFFOLD / "standalone", target, vendor, title)
    _copy(SCAFFOLD / "spec", target / "specs" / vendor, vendor, title)
    _copy(SCAFFOLD / "plugin", target / f"invoicekit_{vendor}", vendor, title)
    _copy(SCAFFOLD / "tests", target / "tests", vendor, title)
    _write(
        target / "tests" / "payloads" / "invoice.json",
        example_payload(target / "specs" / vendor / "openapi.yaml"),
    )
    sort_imports(target)


def sort_imports(target: Path) -> None:
    """Sort the imports as the distribution's own ruff does: there invoicekit is third-party.

    The scaffold's sources are sorted for this tree, where every invoicekit package is
    first-party. The pinned ruff beside this interpreter does it (the codegen extra's).
    """
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise ScaffoldError("ruff is not installed: install invoicekit[codegen]")
    command = [ruff, "check", "--quiet", "--no-cache", "--select", "I", "--fix-only", "."]
    subprocess.run(command, cwd=target, check=True)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the vendor's registry name, a lowercase identifier")
    parser.add_argument("--title", help="the vendor's human-readable name (default: from NAME)")
    parser.add_argument(
        "--standalone", type=Path, metavar="DIR", help="create a distribution in DIR"
    )
    args = parser.parse_args(argv)
    if not _NAME.fullmatch(args.name):
        parser.error(f"NAME must be a lowercase identifier ([a-z][a-z0-9_]*), not {args.name!r}")
    title = args.title or args.name.replace("_", " ").title()
    try:
        if args.standalone:
            scaffold_standalone(args.name, title, args.standalone)
        else:
            scaffold_builtin(args.name, title)
    except ScaffoldError as exc:
        print(f"new_vendor: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
