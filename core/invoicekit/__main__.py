"""``python -m invoicekit``: the ``invoicekit`` command line."""

from invoicekit.cli import main

if __name__ == "__main__":
    main()
