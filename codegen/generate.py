"""Regenerate the vendor clients under generated/ from specs/.

    python codegen/generate.py [VENDOR ...] [--output DIR]

For each vendor: expand its spec (prepare.py), build the template folder (our templates plus the
installed stock endpoint templates, patched at anchors that must exist), wipe the target package
and run the pinned openapi-python-client. Deterministic: the same inputs give the same bytes, so
the drift gate can compare a fresh generation with the committed one.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import operations
import prepare

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
GENERATED = prepare.ROOT / "generated"

# Anchored patches of the stock endpoint templates. Each anchor must occur exactly once in the
# installed generator's template; if upstream changes it, generation stops here instead of
# silently producing attrs-style parsing.
_DECODE_MACRO = (HERE / "patches" / "parse_response.jinja").read_text(encoding="utf-8")
PATCHES: dict[str, list[tuple[str, str]]] = {
    # Request bodies are msgspec Structs: to_builtins gives the JSON-ready dict, wire names kept.
    "property_templates/model_property.py.jinja": [
        (
            '{% set transformed = source + ".to_dict()" %}',
            '{% set transformed = "msgspec.to_builtins(" + source + ")" %}',
        ),
    ],
    "endpoint_macros.py.jinja": [
        (
            "{% macro parse_response(parsed_responses, response) %}",
            _DECODE_MACRO + "\n{% macro stock_parse_response(parsed_responses, response) %}",
        ),
    ],
}


class AnchorMissing(RuntimeError):
    """A stock template no longer contains the text a patch is anchored to."""


def package_name(vendor: str) -> str:
    """Import name of a vendor's generated client."""
    return f"invoicekit_{vendor}_client"


def stock_template_dir() -> Path:
    """The installed generator's own templates."""
    import openapi_python_client  # noqa: PLC0415 - only needed when generating

    return Path(openapi_python_client.__file__).parent / "templates"


def patch(text: str, patches: list[tuple[str, str]], name: str) -> str:
    """Apply anchored replacements, failing loudly when an anchor is missing or ambiguous."""
    for anchor, replacement in patches:
        count = text.count(anchor)
        if count != 1:
            raise AnchorMissing(f"{name}: anchor {anchor!r} found {count} times, expected once")
        text = text.replace(anchor, replacement)
    return text


def build_templates(dest: Path) -> Path:
    """Our templates plus the patched stock endpoint templates, in one folder."""
    shutil.copytree(TEMPLATES, dest)
    stock = stock_template_dir()
    for name, patches in PATCHES.items():
        source = (stock / name).read_text(encoding="utf-8")
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).write_text(patch(source, patches, name), encoding="utf-8")
    return dest


def generate(vendor: str, output_root: Path, work: Path, specs: Path = prepare.SPECS) -> Path:
    """Generate one vendor's client into `output_root/<package>` and return that path."""
    spec = work / f"{vendor}.openapi.yaml"
    document = prepare.load(vendor, specs)
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    target = output_root / package_name(vendor)
    shutil.rmtree(target, ignore_errors=True)
    command = [
        sys.executable, str(HERE / "naming.py"), "generate",
        "--path", str(spec),
        "--config", str(specs / vendor / "codegen.yaml"),
        "--custom-template-path", str(work / "templates"),
        "--meta", "none",
        "--output-path", str(target),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    # The post hooks call `ruff`: the pinned one installed beside this interpreter.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, env={**os.environ, "PATH": path}
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"generation of {vendor} failed")
    finish(target, document, path)
    return target


#: Files of the stock output that nothing runs: the attrs client and its errors, and the
#: per-vendor copy of the runtime types (one shared module in invoicekit instead).
_DROPPED = ("client.py", "errors.py", "types.py")
_TYPES_IMPORT = re.compile(r"^from \.+types import ", re.MULTILINE)
RUNTIME = "invoicekit._generated_types"


def finish(target: Path, document: dict[str, object], path: str) -> None:
    """Drop the unused stock files, point imports at the shared runtime, add operations.py."""
    for name in _DROPPED:
        (target / name).unlink(missing_ok=True)
    for module in target.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        rewritten = _TYPES_IMPORT.sub(f"from {RUNTIME} import ", text)
        if rewritten != text:
            module.write_text(rewritten, encoding="utf-8")
    (target / "operations.py").write_text(operations.render(document), encoding="utf-8")
    # PEP 561 marker: the generator writes it only for packages with metadata (--meta != none).
    (target / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    for hook in _HOOKS:
        subprocess.run([*hook, str(target)], check=True, env={**os.environ, "PATH": path})


# The same formatting as the post hooks in each codegen.yaml, rerun after the rewrites above.
_RUFF = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311", "--quiet"]
_HOOKS = (
    ["ruff", "check", *_RUFF, "--select", "F401,I", "--fix-only"],
    ["ruff", "format", *_RUFF],
)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", help="vendors to generate (default: all)")
    parser.add_argument("--output", type=Path, default=GENERATED, help="folder for the packages")
    parser.add_argument(
        "--specs", type=Path, default=prepare.SPECS, help="folder of <vendor>/openapi.yaml specs"
    )
    args = parser.parse_args(argv)
    known = prepare.vendors(args.specs)
    chosen = args.vendors or known
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        parser.error(f"no spec for {', '.join(unknown)} (known: {', '.join(known)})")
    args.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="invoicekit-codegen-") as tmp:
        work = Path(tmp)
        build_templates(work / "templates")
        for vendor in chosen:
            target = generate(vendor, args.output.resolve(), work, args.specs.resolve())
            print(f"generated {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
