"""``python -m invoicekit`` and the ``invoicekit`` console script: the command line."""

import sys

from invoicekit._extras import MissingExtra, require


def main() -> None:
    """Run the command line, or say in one line that ``invoicekit[cli]`` is not installed."""
    try:
        require("the invoicekit command line", "cli", "click", "rich")
    except MissingExtra as exc:
        sys.stderr.write(f"invoicekit: error: {exc}\n")
        raise SystemExit(1) from None
    from invoicekit.cli import main as run  # noqa: PLC0415 - only once click is known to be there

    run()


if __name__ == "__main__":
    main()
