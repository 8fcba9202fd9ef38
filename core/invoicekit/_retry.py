"""Retries for idempotent HTTP requests, as httpx transports.

Retrying at the transport layer (the pattern openapi-python-client's maintainers recommend for
generated clients, issue #118 / PR #778) keeps the generated code untouched: a client is given
``httpx.Client(transport=RetryTransport(httpx.HTTPTransport()))`` and every request it sends is
retried the same way, whichever vendor or endpoint it is for::

    policy = RetryPolicy(attempts=3)
    client = httpx.Client(transport=RetryTransport(httpx.HTTPTransport(), policy))
    async_client = httpx.AsyncClient(transport=AsyncRetryTransport(httpx.AsyncHTTPTransport()))

What is retried:

* Requests whose method is in `RetryPolicy.retry_methods` (idempotent methods by default; never
  ``POST`` unless the caller adds it) and whose body can be sent again: see `is_replayable`.
* Responses whose status is in `RetryPolicy.retry_statuses` (429, 500, 502, 503, 504 by default).
  Other statuses, every other 4xx included, are returned at once.
* The `httpx.TransportError` subclasses in `RETRIED_ERRORS`: failures to connect, timeouts, and
  connections that broke or were closed by the server. Errors that will fail the same way on every
  try (`httpx.UnsupportedProtocol`, `httpx.ProxyError`, `httpx.LocalProtocolError`) are raised at
  once.

The transports only see the status line and headers: a body is read later, by the caller. So that a
connection that breaks mid-body, or a body cut short, is retried too, the invoicekit client asks
the transport for the call's schedule (`RetryTransport.begin`) and, while reading the body, asks
it again (``after_error`` for a read that broke, ``after_body`` for JSON that ends too early, see
`is_truncated_json`). Every send of one call, at either level, shares that one schedule: one
``attempts`` budget and one ``total_timeout``.

When retries run out, the last response is returned (so the caller can raise ``RateLimited`` with
`parse_retry_after`) or the last exception is re-raised. Either way the number of attempts made is
recorded, in ``response.extensions["invoicekit_attempts"]`` or in the exception's
``invoicekit_attempts`` attribute.
"""

from __future__ import annotations

import dataclasses
import email.utils
import logging
import math
import random as _random
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import httpx
import msgspec

from invoicekit.errors import ConfigurationError

__all__ = [
    "ATTEMPTS_EXTENSION",
    "GAVE_UP_EXTENSION",
    "RETRIED_ERRORS",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "is_replayable",
    "is_truncated_json",
    "parse_retry_after",
]

logger = logging.getLogger("invoicekit.http")

#: Key of ``httpx.Response.extensions`` (and name of the exception attribute) holding how many
#: attempts the transport made, the first one included.
ATTEMPTS_EXTENSION = "invoicekit_attempts"
#: Response extension: why the retry transport stopped retrying (a sentence), when it did.
GAVE_UP_EXTENSION = "invoicekit_gave_up"
# Request extension holding the call's `_Schedule`, shared by the transport and the body reader.
_SCHEDULE_EXTENSION = "invoicekit_retry_schedule"

#: Transport errors worth another try: the request may well succeed on a fresh connection.
#: ``TimeoutException`` covers connect, read, write and pool timeouts; ``NetworkError`` covers
#: connect, read, write and close errors; ``RemoteProtocolError`` is mostly a server closing a
#: kept-alive connection just as it is reused ("Server disconnected without sending a response").
#: Not here, because a retry would fail the same way: ``UnsupportedProtocol`` (a bad URL),
#: ``LocalProtocolError`` (httpx refused to send a malformed request) and ``ProxyError`` (the proxy
#: refused us; usually its configuration or credentials).
RETRIED_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)

# RFC 9110 delta-seconds is 1*DIGIT; a sign and a fraction are tolerated because some servers send
# them, but nothing float() would also accept ("nan", "inf", "1e9", "1_0") is.
_DELTA_SECONDS = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")

# 2.0 ** 1024 overflows a float; past 2 ** 64 the cap (backoff_max) has long taken over anyway.
_MAX_EXPONENT = 64


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how long `RetryTransport` and `AsyncRetryTransport` wait before trying again.

    Attributes:
        attempts: total tries of one request, the first included; ``1`` disables retries.
        backoff: base of the exponential backoff, in seconds.
        backoff_max: cap of any single backoff wait, in seconds.
        jitter: how much of each backoff wait is randomised, from 0 to 1. Before retry ``n``
            (``n = 0`` before the second attempt) the wait is::

                cap = min(backoff_max, backoff * 2**n)
                wait = cap * ((1 - jitter) + jitter * random())    # random() in [0, 1)

            so ``jitter=1`` (the default) is "full jitter", ``uniform(0, cap)``, which spreads out
            clients that failed together; ``jitter=0`` waits exactly ``cap``.
        total_timeout: budget in seconds for the whole call, waits included, measured from when
            the request is first sent. A retry whose wait would end after it is not attempted; the
            last response is returned or the last error raised instead. An attempt already under
            way is not interrupted: each attempt is bounded by the client's own httpx timeouts.
        retry_statuses: response statuses that are retried. 500 is among the defaults: the
            retried methods are idempotent, a 500 is as often a passing failure (a failover, a
            deploy) as a bug, and a bug costs at most ``attempts - 1`` extra requests and their
            backoff before the caller gets the same ``ServerError``. Pass a set without 500 for
            a vendor whose 500s are known to be deterministic.
        retry_methods: HTTP methods that are retried, uppercase. The defaults are idempotent, so
            sending them twice does no harm; ``POST`` is retried only if added here.
        respect_retry_after: wait what a response's ``Retry-After`` header asks (exactly, without
            jitter) instead of the backoff, when the header is valid.
        max_retry_after: longest ``Retry-After`` waited out, in seconds. A response asking for
            longer is returned at once, so the caller can raise ``RateLimited`` with its
            ``retry_after`` instead of blocking for minutes.

    Raises:
        ConfigurationError: (a `ValueError`) on a negative duration, ``attempts < 1`` or a
            ``jitter`` outside ``[0, 1]``.
    """

    attempts: int = 4
    backoff: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 1.0
    total_timeout: float = 120.0
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    retry_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
    respect_retry_after: bool = True
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ConfigurationError(f"retry attempts must be at least 1, got {self.attempts}")
        for name in ("backoff", "backoff_max", "total_timeout", "max_retry_after"):
            value = getattr(self, name)
            if not value >= 0:  # also rejects NaN
                raise ConfigurationError(f"retry {name} must be a duration >= 0, got {value}")
        if not 0 <= self.jitter <= 1:
            raise ConfigurationError(f"retry jitter must be between 0 and 1, got {self.jitter}")
        # Callers pass sets and lowercase names; store what the lookups below expect. The class is
        # frozen, hence object.__setattr__.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(
            self, "retry_methods", frozenset(method.upper() for method in self.retry_methods)
        )

    def backoff_wait(self, retry: int, random_value: float) -> float:
        """Return the backoff wait before retry number `retry` (0 before the second attempt).

        Args:
            retry: how many retries came before this one.
            random_value: a number in ``[0, 1)``, such as ``random.random()``.
        """
        cap = min(self.backoff_max, self.backoff * 2.0 ** min(retry, _MAX_EXPONENT))
        return cap * ((1.0 - self.jitter) + self.jitter * random_value)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Return the seconds a ``Retry-After`` header value asks to wait, or ``None``.

    Both forms of RFC 9110 are understood: delta-seconds (``"120"``) and an HTTP-date
    (``"Wed, 21 Oct 2015 07:28:00 GMT"``). A negative delay or a date in the past gives ``0.0``.
    A missing, empty or unparsable value gives ``None``, so callers fall back to their own backoff.

    Args:
        value: the header value, or ``None`` when the header is absent.
        now: the time an HTTP-date is measured from; the current time (UTC) by default. Naive
            datetimes are taken as UTC.
    """
    if value is None:
        return None
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        seconds = float(value)
        # Hundreds of digits parse as inf, which no caller can wait out or report sensibly.
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        # Python versions differ in what they raise for garbage; none of it is a date.
        return None
    if now is None:
        now = datetime.now(UTC)
    return max((_aware(when) - _aware(now)).total_seconds(), 0.0)


def _aware(moment: datetime) -> datetime:
    """Read a naive datetime as UTC, so that aware and naive ones can be subtracted."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def is_replayable(request: httpx.Request) -> bool:
    """Return whether `request`'s body can be sent again, so that the request may be retried.

    A body given as ``bytes``/``str``/``json=``/``data=`` is held in memory (an `httpx.ByteStream`)
    and replays. A body from an iterator or generator is consumed by the first attempt and cannot;
    neither can a multipart upload, whose files we cannot be sure to rewind. Call
    ``request.read()`` before sending to make a streaming body replayable: httpx then keeps it in
    memory as an `httpx.ByteStream`.
    """
    return isinstance(request.stream, httpx.ByteStream)


def is_truncated_json(body: bytes) -> bool:
    """Return whether `body` is JSON that ends too early: a response cut short in transit.

    Only a body that is valid up to its last byte and then stops counts; one that is not JSON at
    all (an HTML error page) is not truncated, and retrying it would only fetch it again. The
    check validates without building Python objects (about ten times faster than decoding).
    """
    if not body.strip():
        return False
    try:
        msgspec.json.decode(body, type=msgspec.Raw)
    except msgspec.DecodeError as error:
        return str(error).startswith("Input data was truncated")
    return False


def _record(target: httpx.Response | BaseException, attempts: int) -> None:
    """Note on the final response or exception how many attempts were made."""
    if isinstance(target, httpx.Response):
        target.extensions[ATTEMPTS_EXTENSION] = attempts
    else:
        # An instance attribute rather than setattr(): ruff (B010) rightly dislikes constant
        # setattr, and httpx exceptions are ordinary objects with a __dict__.
        target.__dict__[ATTEMPTS_EXTENSION] = attempts
        if attempts > 1:
            target.add_note(f"invoicekit: gave up after {attempts} attempts")


def _utcnow() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)


async def _anyio_sleep(seconds: float) -> None:
    """Sleep with anyio, which works under asyncio and trio alike (httpx supports both)."""
    # Imported here so that sync-only users never load it; httpx < 1 depends on anyio.
    import anyio  # noqa: PLC0415

    await anyio.sleep(seconds)


class _Schedule:
    """The retry decisions for one request; shared by the sync and async transports.

    The transports only send, close and sleep; everything they must decide is asked of this.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        request: httpx.Request,
        *,
        clock: Callable[[], float],
        random: Callable[[], float],
        now: Callable[[], datetime],
        owner: object = None,
    ) -> None:
        #: the transport whose calls this schedules.
        self.owner = owner
        self._policy = policy
        self._request = request
        self._clock = clock
        self._random = random
        self._now = now
        self._deadline = clock() + policy.total_timeout
        # Decided once, before the first attempt: some inner transports (httpx.MockTransport)
        # read a streaming body into memory, which would otherwise make a retry look safe here
        # that the real network transport could not replay.
        self._candidate = request.method.upper() in policy.retry_methods and is_replayable(request)
        #: attempts made so far; the transports increment it before each one.
        self.attempts = 0
        #: why a wait the vendor asked for was refused, for the caller's error.
        self.gave_up: str | None = None

    def after_response(self, response: httpx.Response) -> float | None:
        """Return the wait before retrying after `response`, or ``None`` to return it."""
        if not self._candidate or response.status_code not in self._policy.retry_statuses:
            return None
        reason = f"HTTP {response.status_code}"
        wait: float | None = None
        if self._policy.respect_retry_after:
            wait = parse_retry_after(
                response.headers.get("Retry-After"), self._reference_time(response)
            )
            if wait is not None and wait > self._policy.max_retry_after:
                self.gave_up = (
                    f"its Retry-After of {wait:.0f}s exceeds max_retry_after "
                    f"({self._policy.max_retry_after:g}s), so it was not waited for"
                )
                self._give_up(reason, self.gave_up)
                return None
        return self._plan(reason, wait)

    def after_error(self, error: httpx.HTTPError) -> float | None:
        """Return the wait before retrying after `error`, or ``None`` to re-raise it.

        Also asked by the client when the connection breaks mid-body, or around the sends the
        transport saw (an auth flow reading a login answer). An error the transport already
        gave up on (it carries ``invoicekit_attempts``) is not decided twice.
        """
        if ATTEMPTS_EXTENSION in error.__dict__:
            return None
        if not self._candidate or not isinstance(error, RETRIED_ERRORS):
            return None
        return self._plan(type(error).__name__, None)

    def after_body(self, response: httpx.Response, body: bytes) -> float | None:
        """Return the wait before retrying a JSON response whose `body` was cut short, or ``None``.

        Only successful statuses are checked: an error status is reported as such, whatever its
        body. `is_truncated_json` decides.
        """
        if not self._candidate or not response.is_success or not is_truncated_json(body):
            return None
        return self._plan(f"HTTP {response.status_code} with truncated JSON", None)

    def _reference_time(self, response: httpx.Response) -> datetime:
        # An HTTP-date Retry-After is best measured against the server's own Date header: it
        # was written by the same clock, so a skewed client clock cannot stretch or cut the wait.
        date = response.headers.get("Date")
        if date is not None:
            try:
                return email.utils.parsedate_to_datetime(date)
            except (TypeError, ValueError, IndexError, OverflowError):
                pass
        return self._now()

    def _plan(self, reason: str, retry_after: float | None) -> float | None:
        policy = self._policy
        if self.attempts >= policy.attempts:
            self._give_up(reason, "no attempts left")
            return None
        if retry_after is not None:
            wait = retry_after
        else:
            wait = policy.backoff_wait(self.attempts - 1, self._random())
        if self._clock() + wait > self._deadline:
            self.gave_up = f"a {wait:.0f}s wait would pass total_timeout, so it was not waited for"
            self._give_up(reason, self.gave_up)
            return None
        logger.debug(
            "%s %s%s: attempt %d of %d got %s; retrying in %.3fs",
            *self._where(),
            self.attempts,
            policy.attempts,
            reason,
            wait,
        )
        return wait

    def _give_up(self, reason: str, why: str) -> None:
        logger.debug(
            "%s %s%s: attempt %d of %d got %s; not retrying: %s",
            *self._where(),
            self.attempts,
            self._policy.attempts,
            reason,
            why,
        )

    def _where(self) -> tuple[str, str, str]:
        # Host and path only: query strings hold API keys and signatures, and headers are never
        # logged at all.
        url = self._request.url
        return self._request.method, url.host, url.path


class _Scheduling:
    """What both transports share: the policy, the injectable time, and the call's schedule."""

    policy: RetryPolicy
    _clock: Callable[[], float]
    _random: Callable[[], float]
    _now: Callable[[], datetime]

    def begin(self, request: httpx.Request) -> _Schedule:
        """Start the retry schedule of one call and attach it to `request`.

        Every send of `request` through this transport, and every ``after_error``/``after_body``
        the caller asks of the returned schedule while reading bodies, then share one
        ``attempts`` budget and one ``total_timeout``.
        """
        # A redirect's request shares the extensions of the one before: replace its schedule.
        request.extensions.pop(_SCHEDULE_EXTENSION, None)
        schedule = self._schedule(request)
        request.extensions[_SCHEDULE_EXTENSION] = schedule
        return schedule

    def _schedule(self, request: httpx.Request) -> _Schedule:
        attached = request.extensions.get(_SCHEDULE_EXTENSION)
        # Only this transport's own: a retry transport nested inside another keeps its policy.
        if isinstance(attached, _Schedule) and attached.owner is self:
            return attached
        return _Schedule(
            self.policy, request, clock=self._clock, random=self._random, now=self._now, owner=self
        )


class RetryTransport(_Scheduling, httpx.BaseTransport):
    """An httpx transport that retries idempotent requests sent through an inner transport.

    See the module documentation for what is retried. Use it as a client's transport::

        client = httpx.Client(transport=RetryTransport(httpx.HTTPTransport(retries=0)))

    Args:
        transport: the transport that really sends requests; a default `httpx.HTTPTransport`
            when omitted (pass your own to configure TLS, proxies or limits).
        policy: when and how long to wait; `RetryPolicy()` when omitted.
        sleep: waits the given seconds; injectable for tests.
        clock: monotonic seconds, for the ``total_timeout`` budget; injectable for tests.
        random: returns a float in ``[0, 1)`` for jitter; injectable for tests.
        now: the current time, for an HTTP-date ``Retry-After`` on a response without a ``Date``
            header; injectable for tests.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = _random.random,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._random = random
        self._now = now

    def pause(self, seconds: float) -> None:
        """Wait `seconds` before a retry the caller decided with the schedule of `begin`."""
        self._sleep(seconds)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` through the inner transport, retrying as the policy allows."""
        schedule = self._schedule(request)
        while True:
            schedule.attempts += 1
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as error:
                wait = schedule.after_error(error)
                if wait is None:
                    _record(error, schedule.attempts)
                    raise
            else:
                wait = schedule.after_response(response)
                if wait is None:
                    _record(response, schedule.attempts)
                    if schedule.gave_up:
                        response.extensions[GAVE_UP_EXTENSION] = schedule.gave_up
                    return response
                # Release the connection to the pool instead of holding it through the wait.
                response.close()
            self._sleep(wait)

    def close(self) -> None:
        """Close the inner transport."""
        self.transport.close()


class AsyncRetryTransport(_Scheduling, httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`, for `httpx.AsyncClient`.

    Args:
        transport: the transport that really sends requests; a default
            `httpx.AsyncHTTPTransport` when omitted.
        policy: when and how long to wait; `RetryPolicy()` when omitted.
        sleep: awaits the given seconds; ``anyio.sleep`` by default, which works under asyncio
            and trio. Injectable for tests.
        clock: monotonic seconds, for the ``total_timeout`` budget; injectable for tests.
        random: returns a float in ``[0, 1)`` for jitter; injectable for tests.
        now: the current time, for an HTTP-date ``Retry-After`` on a response without a ``Date``
            header; injectable for tests.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = _anyio_sleep,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = _random.random,
        now: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._random = random
        self._now = now

    async def pause(self, seconds: float) -> None:
        """Wait `seconds` before a retry the caller decided with the schedule of `begin`."""
        await self._sleep(seconds)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request` through the inner transport, retrying as the policy allows."""
        schedule = self._schedule(request)
        while True:
            schedule.attempts += 1
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as error:
                wait = schedule.after_error(error)
                if wait is None:
                    _record(error, schedule.attempts)
                    raise
            else:
                wait = schedule.after_response(response)
                if wait is None:
                    _record(response, schedule.attempts)
                    if schedule.gave_up:
                        response.extensions[GAVE_UP_EXTENSION] = schedule.gave_up
                    return response
                # Release the connection to the pool instead of holding it through the wait.
                await response.aclose()
            await self._sleep(wait)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.transport.aclose()
