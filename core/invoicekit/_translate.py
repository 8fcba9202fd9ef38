"""Error translation: what a plugin's mapping raises becomes a `NormalizationError`
(a bad payload) or a `PluginError` (a bug in the mapping code itself).

A leaf module (it imports only `errors` and msgspec), so that `flows`, `_normalize` and the
clients share one translation without importing each other. `_normalize` and `flows` re-export
these names for code that imports them from there.
"""

from __future__ import annotations

import enum
import re
import sys
import types
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import msgspec

from invoicekit.errors import InvoiceKitError, NormalizationError, PluginError

__all__ = [
    "PLUGIN_MAPPING_ERRORS",
    "advance",
    "mapping_error",
    "normalization_error",
    "normalized",
    "too_deep",
    "translated",
]

_T = TypeVar("_T")

# What a plugin's mapping code raises when a payload is not what it expected: a missing key, a
# None where a value was due, a bad date string, a bad decimal (decimal.InvalidOperation is an
# ArithmeticError).
PLUGIN_MAPPING_ERRORS = (
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    ValueError,
    ArithmeticError,
)


def _is_library(module: str) -> bool:
    """Whether ``module`` is the standard library's or invoicekit's own (not a plugin's)."""
    top = module.partition(".")[0]
    return top in sys.stdlib_module_names or top == "invoicekit"


def _raised_at(exc: BaseException) -> tuple[str, int]:
    """The module and line that raised ``exc``: its innermost frame in plugin code, else its
    innermost one outside the standard library.

    ``datetime.strptime`` raises from inside ``_strptime`` and a core helper from inside
    invoicekit; the line to fix is the plugin's that called them.
    """
    plugin, other = ("?", 0), ("?", 0)
    trace = exc.__traceback__
    while trace is not None:
        module = str(trace.tb_frame.f_globals.get("__name__", "?"))
        if not _is_library(module):
            plugin = (module, trace.tb_lineno)
        if module.partition(".")[0] not in sys.stdlib_module_names:
            other = (module, trace.tb_lineno)
        trace = trace.tb_next
    return plugin if plugin[0] != "?" else other


#: TypeError messages of a call that cannot match its callee, whatever the payload: a missing or
#: unexpected argument (Python's and msgspec's Struct constructor's wording), or calling a value.
#: Kept as text: `re` compiles it (about 0.3 ms) on the first error that needs it, not at import.
_CALL_MISMATCH = (
    r"(?i)missing (\d+ )?required (positional |keyword-only )?arguments?"
    r"|unexpected keyword argument"
    r"|got multiple values for (keyword )?argument"
    r"|takes (no|\d+|from \d+ to \d+) (positional |keyword )?arguments?"
    r"|object is not callable"
)
#: Objects whose attributes no payload changes: generated models (msgspec Structs, whose fields
#: are fixed), their enums, modules and classes.
_FIXED = (msgspec.Struct, enum.Enum, types.ModuleType, type)


def _is_plugin_bug(exc: Exception) -> bool:
    """Whether ``exc`` is a bug in mapping code whatever the payload: an undefined name, an
    attribute that a generated model, an enum, a module or a class lacks, or a call that does
    not fit its callee. A missing attribute of ``None``, a str or a dict, or ``None + 1``, is
    the payload's."""
    if isinstance(exc, NameError):
        return True
    if isinstance(exc, AttributeError):
        return isinstance(getattr(exc, "obj", None), _FIXED)
    return isinstance(exc, TypeError) and re.search(_CALL_MISMATCH, str(exc)) is not None


def mapping_error(vendor: str, exc: Exception) -> InvoiceKitError:
    """The invoicekit error for what a plugin's mapping code raised, naming its module and line.

    A plugin bug (`_is_plugin_bug`: a typo in an attribute of a generated model, a call with
    the wrong arguments) is a `PluginError`, so that it is never reported as a bad payload;
    anything else in `PLUGIN_MAPPING_ERRORS` is a `NormalizationError` at ``$``. Both name the
    plugin module and line that raised. The caller chains ``exc``.
    """
    module, line = _raised_at(exc)
    if _is_plugin_bug(exc):
        error = PluginError(
            f"{vendor}: bug in the plugin's mapping code, not a bad payload: "
            f"{type(exc).__name__}: {exc} (at {module} line {line})",
            plugin=module,
        )
        error.vendor = vendor
        return error
    return NormalizationError(vendor, "$", f"{type(exc).__name__}: {exc} (at {module} line {line})")


def normalization_error(vendor: str, exc: msgspec.MsgspecError) -> NormalizationError:
    """Turn a msgspec ``ValidationError`` or ``DecodeError`` into a `NormalizationError`.

    msgspec ends a validation message with the JSON path, as in
    ``"Expected `str`, got `int` - at `$.data.Invoice.id`"``; that suffix becomes ``path`` and
    the rest ``cause``. Messages without it (malformed JSON, a wrong top-level type) get ``$``.
    The caller chains ``exc`` with ``raise ... from exc``.
    """
    message = str(exc)
    cause, marker, rest = message.rpartition(" - at `")
    if marker and rest.startswith("$") and rest.endswith("`"):
        return NormalizationError(vendor, rest[:-1], cause)
    return NormalizationError(vendor, "$", message)


def too_deep(vendor: str) -> NormalizationError:
    """The error for a body nested deeper than the decoder goes (a `RecursionError` inside it).

    msgspec guards its C recursion with Python's recursion limit, so a body of 100,000 ``[``
    raises `RecursionError` cleanly (never a crash); invoicekit's own walks are iterative.
    """
    return NormalizationError(
        vendor, "$", "the JSON is nested deeper than the decoder allows (about 1,000 levels)"
    )


def advance(vendor: str, flow: Generator[Any, Any, Any], reply: Any) -> Any:
    """``flow.send(reply)``, with what the flow's mapping raises translated as in `normalized`.

    The clients drive every flow through this, so a plugin's ``KeyError`` never reaches a
    user even when the plugin forgot to wrap its mapping.
    """
    try:
        return flow.send(reply)
    except (StopIteration, InvoiceKitError):
        raise
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise normalization_error(vendor, exc) from exc
    except RecursionError as exc:
        raise too_deep(vendor) from exc
    except (*PLUGIN_MAPPING_ERRORS, NameError) as exc:
        raise mapping_error(vendor, exc) from exc


def normalized(vendor: str, mapping: Callable[[bytes], _T], body: bytes) -> _T:
    """``mapping(body)``, failing only with invoicekit errors, as `normalize` does.

    A msgspec ``ValidationError`` or ``DecodeError`` becomes `normalization_error` (with the
    JSON path); what mapping code raises on a payload it did not expect (`KeyError`,
    `TypeError`, `ValueError`, `ArithmeticError`...) becomes a `NormalizationError` of
    ``vendor`` at ``$`` naming the exception and the plugin line that raised it, and a bug in
    the mapping code itself (a misspelt attribute of a generated model, an undefined name) a
    `PluginError` (`mapping_error`); invoicekit's own errors pass unchanged. Each new
    error is chained to the original. The client does not translate what a flow raises, so a
    flow that maps a response body runs the mapping through this.
    """
    try:
        return mapping(body)
    except Exception as exc:
        error = translated(vendor, exc)
        if error is None:
            raise
        raise error from exc


def translated(vendor: str, exc: Exception) -> InvoiceKitError | None:
    """The invoicekit error that `normalized` raises for ``exc`` (the caller chains ``exc``),
    or ``None`` when ``exc`` passes unchanged (invoicekit's own errors, and what is no mapping
    error). `invoicekit.normalize` calls it only once a mapping failed, so the way of a good
    payload passes through no translation code."""
    if isinstance(exc, InvoiceKitError):
        return None
    if isinstance(exc, msgspec.ValidationError | msgspec.DecodeError):
        return normalization_error(vendor, exc)
    if isinstance(exc, RecursionError):
        return too_deep(vendor)
    if isinstance(exc, (*PLUGIN_MAPPING_ERRORS, NameError)):
        # Users catch NormalizationError, never a bare KeyError from inside a plugin.
        return mapping_error(vendor, exc)
    return None
