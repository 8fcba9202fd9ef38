"""Masking credentials in text that reaches a user: whole values, never letters inside words.

Replacing every occurrence of a credential's text garbles ordinary words and, worse, the
pattern of stars spells the secret out (``--api-key e`` turned "returned" into "r***turn***d").
So masking works on values, not substrings:

* The value of a credential-carrying header or field (``Authorization: Bearer ...``,
  ``"apikey": "..."``, ``password=...``) and a bearer token are masked whole, whatever they are.
* A secret of `LONG_SECRET` characters or more is masked wherever it stands as a whole token
  (not glued to letters, digits, ``_`` or ``-``), also percent- or JSON-escaped: text that long
  rarely turns up by chance. Inside a longer word it is ordinary text ("customers").
* A shorter secret is masked only where it stands as a value: after a credential word
  (``token e``, ``key: e``), in quotes (``'e'``), or as the whole text. Elsewhere it is ordinary
  text, and masking it would tell more than it hides.
* Spans the caller names as ordinary (the request path invoicekit itself built) are left alone,
  so a login ``customer`` leaves ``/api/rest/customer/v1/auth`` readable.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterable

__all__ = ["LONG_SECRET", "MASK", "mask_text"]

#: Secrets at least this long are masked wherever they stand as a token; shorter ones only as
#: values.
LONG_SECRET = 8
#: What a masked value is replaced with.
MASK = "***"

# Words after which the next value is a credential ("Token abc", "api_key=abc", "login: abc").
_CREDENTIAL_WORDS = (
    r"api[_ -]?key|x-api-key|access[_ -]?token|token|bearer|basic|jwt|password|passwd"
    r"|pwd|secret|login|username|user|credentials?|key|authorization|cookie"
)
# Headers and fields that always carry a credential: their value is masked whatever it holds.
_HEADER_VALUE = re.compile(
    r"(?i)((?<![\w-])(?:authorization|proxy-authorization|api[_-]?key|x-api-key|set-cookie"
    r"|cookie|password|passwd|access[_-]?token|refresh[_-]?token|client[_-]?secret|jwt)"
    r"[\"']?\s*[:=]\s*)"
    r"(\"[^\"]*\"|'[^']*'|b'[^']*'|(?:bearer|basic|token)\s+[^\s,;&\"']+|[^\s,;&\"']+)"
)
# A bearer token, wherever it is quoted (httpx: "Illegal header value b'Bearer ...'").
# Not a token: the words of "Bearer token required", "Bearer realm=...".
_BEARER = re.compile(
    r"(?i)((?<![\w-])bearer\s+)(?!\*\*\*|(?:token|auth\w*|realm|scheme|header)\b)"
    r"[^\s,;&\"'\\]+"
)
_SCHEMES = frozenset({"bearer", "basic", "token"})
_QUOTED = re.compile(r"^(b?)([\"'])(.*)\2$", re.DOTALL)
# A token boundary: a secret glued to these characters is part of a longer word.
_WORD = r"[\w-]"


def _mask_header_values(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name, value = match.group(1), match.group(2)
        quoted = _QUOTED.match(value)
        if quoted:
            prefix, quote = quoted.group(1), quoted.group(2)
            return f"{name}{prefix}{quote}{MASK}{quote}"
        scheme, space, _ = value.partition(" ")
        if space and scheme.lower() in _SCHEMES:
            return f"{name}{scheme} {MASK}"
        return f"{name}{MASK}"

    return _BEARER.sub(rf"\1{MASK}", _HEADER_VALUE.sub(replace, text))


def _spellings(secret: str) -> set[str]:
    """The secret as sent, and as a URL or a JSON string would spell it."""
    return {
        secret,
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret, safe=""),
        json.dumps(secret)[1:-1],
    }


def _long_secret_pattern(secret: str) -> re.Pattern[str]:
    spellings = "|".join(re.escape(s) for s in sorted(_spellings(secret), key=len, reverse=True))
    return re.compile(rf"(?<!{_WORD})(?:{spellings})(?!{_WORD})")


def _short_secret_pattern(secret: str) -> re.Pattern[str]:
    escaped = re.escape(secret)
    return re.compile(
        # After a credential word: "token e", "key: e", "login='e'".
        rf"(?i:(?<!{_WORD})(?:{_CREDENTIAL_WORDS})[\"']?(?:\s*[:=]\s*|\s+)([\"']?))"
        rf"(?-i:{escaped})(?=\1)(?!{_WORD})"
        # Or quoted on its own: "'e'".
        rf"|(?<=[\"'])(?-i:{escaped})(?=[\"'])"
    )


def _mask_short(text: str, secret: str) -> str:
    if text.strip() == secret:
        return MASK

    def replace(match: re.Match[str]) -> str:
        whole = match.group(0)
        return whole[: len(whole) - len(secret)] + MASK

    return _short_secret_pattern(secret).sub(replace, text)


def _mask_piece(text: str, secrets: list[str]) -> str:
    text = _mask_header_values(text)
    for secret in secrets:
        if len(secret) >= LONG_SECRET:
            text = _long_secret_pattern(secret).sub(MASK, text)
        else:
            text = _mask_short(text, secret)
    return text


def mask_text(text: str, secrets: Iterable[str], *, keep: Iterable[str] = ()) -> str:
    """``text`` with credential values replaced by `MASK`, as the module docstring describes.

    ``secrets`` are the credential values in use; ``keep`` are spans of ordinary text (a request
    path, a JSON path) that are never masked.
    """
    # Longest first, so a secret that contains another is masked whole.
    ordered = sorted({secret for secret in secrets if secret}, key=len, reverse=True)
    spans = sorted({span for span in keep if span}, key=len, reverse=True)
    if not spans:
        return _mask_piece(text, ordered)
    splitter = re.compile("|".join(re.escape(span) for span in spans))
    pieces: list[str] = []
    position = 0
    for match in splitter.finditer(text):
        pieces.append(_mask_piece(text[position : match.start()], ordered))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(_mask_piece(text[position:], ordered))
    return "".join(pieces)
