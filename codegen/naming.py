"""Identifier rules the stock generator gets wrong, applied before it runs.

The stock `split_words` splits ``IDs`` into ``I`` + ``Ds`` (``i_ds``). Real specs use plural
acronyms (Xero's ``IDs``, ``InvoiceIDs``): an upper-case run followed by a lone ``s`` is one
word, and an upper-case run before a capitalised word ends before that word's capital
(``HTTPServer`` → ``http_server``). Only snake_case changes; class names stay as they were.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Z]+s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def snake_words(value: str) -> list[str]:
    """The words of one identifier-ish string, acronyms kept whole."""
    words: list[str] = []
    for chunk in re.findall(r"[^. _-]+", value):
        words += _WORD.findall(chunk) or [chunk]
    return words


def install() -> None:
    """Make the generator's `snake_case` (identifiers, module names, the template filter) ours."""
    import openapi_python_client  # noqa: PLC0415 - patched only when generating
    from openapi_python_client import strings  # noqa: PLC0415

    if getattr(strings.snake_case, "invoicekit", False):
        return
    stock = strings.snake_case

    def snake_case(value: object) -> str:
        text = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)
        if not any(c.isupper() for c in text):
            return stock(text)
        return "_".join(snake_words(strings.sanitize(text))).lower()

    snake_case.invoicekit = True  # type: ignore[attr-defined]
    strings.snake_case = snake_case  # type: ignore[assignment]
    openapi_python_client.TEMPLATE_FILTERS["snakecase"] = snake_case


def main() -> None:
    """Run the stock command line with our naming installed (`python naming.py generate ...`)."""
    install()
    from openapi_python_client.cli import app  # noqa: PLC0415

    app()


if __name__ == "__main__":
    main()
