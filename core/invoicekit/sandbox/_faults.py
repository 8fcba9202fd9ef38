"""Fault injection: make the sandbox misbehave like a real API on a bad day, reproducibly."""

from __future__ import annotations

import dataclasses
import random
import threading
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "FaultPlan", "Faults"]

#: The faults that replace or break a response; at most one applies to a request.
Fault = Literal["429", "500", "503", "disconnect", "truncate"]

# Short names accepted by `Faults.parse`, beside the field names themselves.
_ALIASES = {
    "429": "rate_429",
    "500": "rate_500",
    "503": "rate_503",
    "disconnect": "rate_disconnect",
    "truncate": "rate_truncate",
    "slow": "rate_slow",
}
_EXCLUSIVE: tuple[tuple[Fault, str], ...] = (
    ("429", "rate_429"),
    ("500", "rate_500"),
    ("503", "rate_503"),
    ("disconnect", "rate_disconnect"),
    ("truncate", "rate_truncate"),
)


@dataclass(frozen=True, slots=True)
class Faults:
    """Which faults the sandbox injects into vendor responses, and how often.

    Each ``rate_*`` is the probability, from 0 to 1, that a request to a vendor route gets that
    fault. The index page ``/`` never does. ``429``, ``500``, ``503``, ``disconnect`` and
    ``truncate`` exclude each other (their rates may add up to at most 1); ``slow`` combines
    with any of them.

    Attributes:
        rate_429: answer 429 Too Many Requests in the vendor's error format, with a
            ``Retry-After`` header of `retry_after` seconds.
        retry_after: the ``Retry-After`` value of injected 429s, in seconds; a fraction
            (``0.05``) keeps fault soaks fast. Real servers send whole seconds (RFC 9110
            delta-seconds), which is what a whole number here renders as.
        rate_500: answer 500 Internal Server Error in the vendor's error format.
        rate_503: answer 503 Service Unavailable in the vendor's error format.
        rate_disconnect: send the status line, the headers with the full ``Content-Length`` and
            half of the body, then close the connection: the client sees a broken response
            (httpx raises ``RemoteProtocolError``).
        rate_truncate: send a well-formed response whose body is cut in half, with a matching
            ``Content-Length``: HTTP is fine, but the JSON is invalid.
        rate_slow: wait `slow_seconds` before answering.
        slow_seconds: how long a slow response waits.
        seed: seeds the generator that decides, request by request, which fault applies; the
            same seed and the same order of requests give the same faults.

    Raises:
        ValueError: a rate outside ``[0, 1]``, exclusive rates adding up to more than 1, or a
            negative duration.
    """

    rate_429: float = 0.0
    retry_after: float = 1.0
    rate_500: float = 0.0
    rate_503: float = 0.0
    rate_disconnect: float = 0.0
    rate_truncate: float = 0.0
    rate_slow: float = 0.0
    slow_seconds: float = 1.0
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("rate_slow", *(field for _, field in _EXCLUSIVE)):
            value = getattr(self, name)
            if isinstance(value, bool) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        total = sum(getattr(self, field) for _, field in _EXCLUSIVE)
        if total > 1.0 + 1e-9:
            raise ValueError(
                f"the rates of 429, 500, 503, disconnect and truncate add up to {total:g}, "
                "more than 1"
            )
        for name in ("retry_after", "slow_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not 0.0 <= value < float("inf"):  # NaN fails too
                raise ValueError(f"{name} must be a finite, non-negative duration, got {value!r}")

    @property
    def retry_after_header(self) -> str:
        """The ``Retry-After`` header value of injected 429s: ``"1"``, ``"0.05"``."""
        return f"{self.retry_after:g}"

    @property
    def enabled(self) -> bool:
        """Whether any fault can happen at all."""
        return self.rate_slow > 0 or any(getattr(self, field) > 0 for _, field in _EXCLUSIVE)

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """Parse ``"429=0.1,500=0.05,slow=0.2"``, as the CLI's ``--faults`` option takes it.

        Keys are ``429``, ``500``, ``503``, ``disconnect``, ``truncate`` and ``slow`` (rates),
        ``retry_after``, ``slow_seconds`` and ``seed``, or any field name. An empty string
        means no faults. Raises `ValueError` naming the bad item.
        """
        values: dict[str, float | int] = {}
        names = {field.name for field in dataclasses.fields(cls)}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, raw = item.partition("=")
            key = _ALIASES.get(key.strip(), key.strip())
            if not sep or key not in names:
                known = ", ".join([*_ALIASES, "retry_after", "slow_seconds", "seed"])
                raise ValueError(f"bad fault {item!r}: expected KEY=VALUE with KEY one of {known}")
            try:
                values[key] = int(raw) if key == "seed" else float(raw)
            except ValueError:
                raise ValueError(f"bad fault {item!r}: {raw.strip()!r} is not a number") from None
        return cls(**values)  # type: ignore[arg-type]

    def describe(self) -> str:
        """The active knobs in `parse` syntax (``"429=0.1,retry_after=1"``); ``""`` if none."""
        parts = [
            f"{short}={getattr(self, field):g}"
            for short, field in _ALIASES.items()
            if getattr(self, field) > 0
        ]
        if self.rate_429 > 0:
            parts.append(f"retry_after={self.retry_after:g}")
        if self.rate_slow > 0:
            parts.append(f"slow_seconds={self.slow_seconds:g}")
        if parts:
            parts.append(f"seed={self.seed}")
        return ",".join(parts)


class FaultPlan:
    """Decides the faults of successive requests from `Faults.seed`.

    Every decision draws exactly two numbers, so the sequence of decisions depends only on the
    seed and the number of requests, never on what the responses were.
    """

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()

    def next(self) -> tuple[Fault | None, bool]:
        """The fault of the next request (or ``None``), and whether it is slow."""
        with self._lock:
            point, slow_draw = self._rng.random(), self._rng.random()
        slow = slow_draw < self.faults.rate_slow
        for fault, field in _EXCLUSIVE:
            rate: float = getattr(self.faults, field)
            if point < rate:
                return fault, slow
            point -= rate
        return None, slow
