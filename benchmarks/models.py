"""Generate the compared models from invoicekit's own specs into a temporary folder.

    python benchmarks/models.py FOLDER

Per vendor (yeti, daftra, fynn, stripe) it writes ``stock_<vendor>_client`` (stock
openapi-python-client: attrs classes with ``from_dict``) and ``pydantic_<vendor>.py``
(datamodel-code-generator, pydantic v2 ``BaseModel``), both from the same prepared spec the
msgspec clients are generated from. Nothing here is committed: `nox -s bench` deletes FOLDER.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import prepare
import yaml

ROOT = Path(__file__).resolve().parents[1]
#: vendor → the specs folder holding ``<vendor>/openapi.yaml``.
SPECS = {
    "yeti": ROOT / "specs",
    "daftra": ROOT / "specs",
    "fynn": ROOT / "specs",
    "stripe": ROOT / "examples" / "invoicekit-stripe" / "specs",
}


def generate(folder: Path, vendor: str) -> None:
    """Write both model sets of ``vendor`` into ``folder``."""
    spec = folder / f"{vendor}.yaml"
    with spec.open("w", encoding="utf-8") as handle:
        yaml.safe_dump(prepare.load(vendor, SPECS[vendor]), handle, sort_keys=False)
    bin_dir = Path(sys.executable).parent
    # The generators find ruff (their formatter) beside this interpreter; their notices about
    # future defaults are not ours to act on.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONWARNINGS": "ignore"}  # fmt: skip
    subprocess.run(
        [bin_dir / "openapi-python-client", "generate", "--path", spec, "--meta", "none",
         "--output-path", folder / f"stock_{vendor}_client", "--overwrite"],
        check=True, stdout=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    subprocess.run(
        [bin_dir / "datamodel-codegen", "--input", spec, "--input-file-type", "openapi",
         "--output-model-type", "pydantic_v2.BaseModel", "--disable-timestamp",
         "--output", folder / f"pydantic_{vendor}.py"],
        check=True, env=env,
    )  # fmt: skip


def main(argv: list[str]) -> int:
    """Generate every vendor's models into the folder named on the command line."""
    folder = Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for vendor in SPECS:
        generate(folder, vendor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
