"""Tests of invoicekit._retry: RetryPolicy, parse_retry_after and the (async) retry transports.

Every transport test runs twice, through `httpx.Client` + `RetryTransport` and through
`httpx.AsyncClient` + `AsyncRetryTransport`, with an `httpx.MockTransport` inside. Time is fake:
sleeping only records the wait and advances a fake monotonic clock, so nothing really waits.
"""

from __future__ import annotations

import logging
import math
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from invoicekit._retry import (
    ATTEMPTS_EXTENSION,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    is_replayable,
    parse_retry_after,
)
from invoicekit.errors import ConfigurationError

URL = "https://billing.example.com/api/invoices/42"
NOW = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
MODES = ["sync", "async"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@dataclass
class FakeTime:
    """A monotonic clock that only moves when the transport sleeps (or a test moves it)."""

    now: float = 1000.0
    waits: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Sent:
    response: httpx.Response
    calls: list[httpx.Request]
    time: FakeTime

    @property
    def attempts(self) -> int:
        return int(self.response.extensions[ATTEMPTS_EXTENSION])


def counting(handler: Handler) -> tuple[Handler, list[httpx.Request]]:
    calls: list[httpx.Request] = []

    def wrapped(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return handler(request)

    return wrapped, calls


def sequence(*outcomes: httpx.Response | int | Exception) -> Handler:
    """A handler answering each call with the next outcome, repeating the last one forever."""
    remaining = list(outcomes)

    def handler(request: httpx.Request) -> httpx.Response:
        outcome = remaining.pop(0) if len(remaining) > 1 else remaining[0]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, int):
            return httpx.Response(outcome)
        return outcome

    return handler


async def send(
    mode: str,
    handler: Handler,
    policy: RetryPolicy | None = None,
    *,
    method: str = "GET",
    url: str = URL,
    time: FakeTime | None = None,
    random: Callable[[], float] = lambda: 1.0,
    now: Callable[[], datetime] = lambda: NOW,
    **request: Any,
) -> Sent:
    """Send one request through a retry transport over `handler`; see the module docstring."""
    time = time or FakeTime()
    handler, calls = counting(handler)
    inner = httpx.MockTransport(handler)
    if mode == "sync":
        transport = RetryTransport(
            inner, policy, sleep=time.sleep, clock=time.clock, random=random, now=now
        )
        with httpx.Client(transport=transport) as client:
            response = client.request(method, url, **request)
    else:
        async_transport = AsyncRetryTransport(
            inner, policy, sleep=time.async_sleep, clock=time.clock, random=random, now=now
        )
        async with httpx.AsyncClient(transport=async_transport) as async_client:
            response = await async_client.request(method, url, **request)
    return Sent(response, calls, time)


# -- RetryPolicy ---------------------------------------------------------------------------------


def test_policy_defaults() -> None:
    policy = RetryPolicy()
    assert policy.attempts == 4
    assert policy.backoff == 0.5
    assert policy.backoff_max == 30.0
    assert policy.jitter == 1.0
    assert policy.total_timeout == 120.0
    assert policy.retry_statuses == frozenset({429, 500, 502, 503, 504})
    assert policy.retry_methods == frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
    assert policy.respect_retry_after is True
    assert policy.max_retry_after == 60.0


def test_policy_is_frozen_and_normalises_its_sets() -> None:
    policy = RetryPolicy(retry_methods={"get", "Post"}, retry_statuses={503})  # type: ignore[arg-type]
    assert policy.retry_methods == frozenset({"GET", "POST"})
    assert isinstance(policy.retry_statuses, frozenset)
    with pytest.raises(AttributeError):
        policy.attempts = 9  # type: ignore[misc]
    assert hash(policy) == hash(RetryPolicy(retry_methods={"GET", "POST"}, retry_statuses={503}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"attempts": 0},
        {"backoff": -1.0},
        {"backoff_max": -0.1},
        {"total_timeout": -5.0},
        {"max_retry_after": -1.0},
        {"backoff": math.nan},
        {"jitter": -0.1},
        {"jitter": 1.5},
    ],
)
def test_policy_rejects_impossible_options(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**options)
    with pytest.raises(ValueError, match=r"^retry "):  # ConfigurationError is a ValueError too
        RetryPolicy(**options)


def test_backoff_wait_is_exponential_capped_and_jittered() -> None:
    exact = RetryPolicy(backoff=0.5, backoff_max=3.0, jitter=0.0)
    assert [exact.backoff_wait(n, 0.3) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    full = RetryPolicy(backoff=0.5, backoff_max=3.0, jitter=1.0)
    assert [full.backoff_wait(n, 0.0) for n in range(3)] == [0.0, 0.0, 0.0]
    assert [full.backoff_wait(n, 0.5) for n in range(5)] == [0.25, 0.5, 1.0, 1.5, 1.5]
    half = RetryPolicy(backoff=1.0, jitter=0.5)
    assert half.backoff_wait(2, 0.0) == 2.0  # "equal jitter": between cap/2 and cap
    assert half.backoff_wait(2, 1.0) == 4.0
    # A huge retry count must not overflow the float arithmetic; the cap holds.
    assert exact.backoff_wait(5000, 0.5) == 3.0


# -- parse_retry_after ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("120", 120.0),
        (" 7 ", 7.0),
        ("0", 0.0),
        ("-5", 0.0),
        ("1.5", 1.5),
        ("soon", None),
        ("120 seconds", None),
        ("nan", None),
        ("inf", None),
        ("1e3", None),
        ("0x10", None),
        ("9" * 400, None),
        ("2025-03-14T09:27:03Z", None),  # ISO 8601 is not an HTTP-date
        ("Fri, 32 Mar 2025 09:27:03 GMT", None),
        # The three HTTP-date forms of RFC 9110, each 10 s after NOW.
        ("Fri, 14 Mar 2025 09:27:03 GMT", 10.0),
        ("Friday, 14-Mar-25 09:27:03 GMT", 10.0),
        ("Fri Mar 14 09:27:03 2025", 10.0),
        ("Fri, 14 Mar 2025 11:27:03 +0200", 10.0),
        ("Fri, 14 Mar 2025 09:26:00 GMT", 0.0),  # in the past
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_parse_retry_after_defaults_to_the_current_time() -> None:
    future = format_datetime(datetime.now(UTC) + timedelta(hours=1), usegmt=True)
    seconds = parse_retry_after(future)
    assert seconds is not None
    assert 3000 < seconds <= 3600
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0


def test_parse_retry_after_accepts_a_naive_now_as_utc() -> None:
    naive = NOW.replace(tzinfo=None)
    assert parse_retry_after("Fri, 14 Mar 2025 09:27:03 GMT", naive) == 10.0


# -- is_replayable -------------------------------------------------------------------------------


def test_is_replayable() -> None:
    assert is_replayable(httpx.Request("GET", URL))
    assert is_replayable(httpx.Request("PUT", URL, content=b"body"))
    assert is_replayable(httpx.Request("PUT", URL, json={"a": 1}))

    streamed = httpx.Request("PUT", URL, content=iter([b"a", b"b"]))
    assert not is_replayable(streamed)
    streamed.read()  # now held in memory
    assert is_replayable(streamed)


# -- retrying responses --------------------------------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize(("random_value", "expected_waits"), [(1.0, [0.5, 1.0]), (0.0, [0.0, 0.0])])
async def test_503_twice_then_200(
    mode: str, random_value: float, expected_waits: list[float]
) -> None:
    sent = await send(mode, sequence(503, 503, 200), random=lambda: random_value)
    assert sent.response.status_code == 200
    assert len(sent.calls) == 3
    assert sent.attempts == 3
    # Full jitter: the waits are uniform(0, backoff * 2**n); random() pins each end.
    assert sent.time.waits == expected_waits


@pytest.mark.anyio
async def test_jittered_waits_stay_within_the_exponential_bounds(mode: str) -> None:
    values = iter([0.1, 0.9, 0.5])
    sent = await send(mode, sequence(502, 504, 503, 200), random=lambda: next(values))
    assert sent.response.status_code == 200
    assert sent.time.waits == pytest.approx([0.05, 0.9, 1.0])
    for n, wait in enumerate(sent.time.waits):
        assert 0 <= wait <= 0.5 * 2**n


@pytest.mark.anyio
async def test_retry_after_seconds_is_waited_exactly(mode: str) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "7"})
    sent = await send(mode, sequence(limited, 200), random=lambda: 0.5)
    assert sent.response.status_code == 200
    assert sent.time.waits == [7.0]


@pytest.mark.anyio
async def test_retry_after_http_date_is_measured_from_now(mode: str) -> None:
    at = format_datetime(NOW + timedelta(seconds=10), usegmt=True)
    limited = httpx.Response(503, headers={"Retry-After": at})
    sent = await send(mode, sequence(limited, 200), now=lambda: NOW)
    assert sent.response.status_code == 200
    assert sent.time.waits == [pytest.approx(10.0)]


@pytest.mark.anyio
async def test_retry_after_http_date_prefers_the_servers_date_header(mode: str) -> None:
    # The client's clock is an hour slow; the server's own Date header is the better reference.
    server_now = NOW + timedelta(hours=1)
    headers = {
        "Date": format_datetime(server_now, usegmt=True),
        "Retry-After": format_datetime(server_now + timedelta(seconds=10), usegmt=True),
    }
    sent = await send(mode, sequence(httpx.Response(429, headers=headers), 200), now=lambda: NOW)
    assert sent.time.waits == [pytest.approx(10.0)]


@pytest.mark.anyio
async def test_retry_after_in_the_past_means_no_wait(mode: str) -> None:
    past = format_datetime(NOW - timedelta(minutes=5), usegmt=True)
    sent = await send(mode, sequence(httpx.Response(429, headers={"Retry-After": past}), 200))
    assert sent.response.status_code == 200
    assert sent.time.waits == [0.0]


@pytest.mark.anyio
async def test_garbage_retry_after_falls_back_to_backoff(mode: str) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "whenever you like"})
    sent = await send(mode, sequence(limited, 200), random=lambda: 1.0)
    assert sent.response.status_code == 200
    assert sent.time.waits == [0.5]


@pytest.mark.anyio
async def test_retry_after_ignored_when_not_respected(mode: str) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "7"})
    policy = RetryPolicy(respect_retry_after=False)
    sent = await send(mode, sequence(limited, 200), policy, random=lambda: 1.0)
    assert sent.time.waits == [0.5]


@pytest.mark.anyio
async def test_retry_after_above_max_returns_the_429_at_once(mode: str) -> None:
    limited = httpx.Response(429, headers={"Retry-After": "120"})
    sent = await send(mode, sequence(limited, 200), RetryPolicy(max_retry_after=60.0))
    assert sent.response.status_code == 429
    assert len(sent.calls) == 1
    assert sent.attempts == 1
    assert sent.time.waits == []
    # What the client does next: raise RateLimited with the vendor's wait.
    assert parse_retry_after(sent.response.headers.get("Retry-After")) == 120.0


@pytest.mark.anyio
async def test_gives_up_at_the_attempt_bound_with_the_last_response(mode: str) -> None:
    responses = [httpx.Response(503, headers={"X-Try": str(n)}) for n in range(1, 4)]
    sent = await send(mode, sequence(*responses), RetryPolicy(attempts=3), random=lambda: 1.0)
    assert sent.response.status_code == 503
    assert sent.response.headers["X-Try"] == "3"
    assert len(sent.calls) == 3
    assert sent.attempts == 3
    assert sent.time.waits == [0.5, 1.0]


@pytest.mark.anyio
async def test_one_attempt_means_no_retries(mode: str) -> None:
    sent = await send(mode, sequence(503, 200), RetryPolicy(attempts=1))
    assert sent.response.status_code == 503
    assert len(sent.calls) == 1
    assert sent.attempts == 1


@pytest.mark.anyio
async def test_gives_up_when_the_next_wait_would_pass_total_timeout(mode: str) -> None:
    policy = RetryPolicy(attempts=10, backoff=1.0, jitter=0.0, total_timeout=10.0)
    sent = await send(mode, sequence(503), policy)
    # Waits 1 + 2 + 4 = 7 s; the next one (8 s) would end at 15 s > 10 s, so it is not taken.
    assert sent.time.waits == [1.0, 2.0, 4.0]
    assert len(sent.calls) == 4
    assert sent.attempts == 4
    assert sent.response.status_code == 503


@pytest.mark.anyio
async def test_total_timeout_counts_time_spent_in_requests(mode: str) -> None:
    time = FakeTime()

    def slow(request: httpx.Request) -> httpx.Response:
        time.now += 2.0  # each attempt takes 2 s
        return httpx.Response(503)

    policy = RetryPolicy(attempts=10, backoff=1.0, jitter=0.0, total_timeout=10.0)
    sent = await send(mode, slow, policy, time=time)
    # t=2 wait 1, t=5 wait 2, t=9 and a 4 s wait would end at 13 > 10.
    assert sent.time.waits == [1.0, 2.0]
    assert len(sent.calls) == 3
    assert time.now - 1000.0 <= 10.0


@pytest.mark.anyio
async def test_retry_after_past_total_timeout_is_not_waited(mode: str) -> None:
    limited = httpx.Response(503, headers={"Retry-After": "30"})
    sent = await send(mode, sequence(limited, 200), RetryPolicy(total_timeout=20.0))
    assert sent.response.status_code == 503
    assert len(sent.calls) == 1
    assert sent.time.waits == []


@pytest.mark.anyio
@pytest.mark.parametrize("status", [200, 204, 400, 401, 403, 404, 409, 422, 501])
async def test_other_statuses_are_not_retried(mode: str, status: int) -> None:
    sent = await send(mode, sequence(status, 200))
    assert sent.response.status_code == status
    assert len(sent.calls) == 1
    assert sent.attempts == 1
    assert sent.time.waits == []


@pytest.mark.anyio
async def test_extra_statuses_can_be_retried(mode: str) -> None:
    policy = RetryPolicy(retry_statuses=frozenset({501}))
    sent = await send(mode, sequence(501, 200), policy)
    assert sent.response.status_code == 200
    assert len(sent.calls) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
async def test_idempotent_methods_are_retried(mode: str, method: str) -> None:
    sent = await send(mode, sequence(503, 200), method=method)
    assert sent.response.status_code == 200
    assert len(sent.calls) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_non_idempotent_methods_are_not_retried(mode: str, method: str) -> None:
    sent = await send(mode, sequence(503, 200), method=method, json={"amount": 1})
    assert sent.response.status_code == 503
    assert len(sent.calls) == 1
    assert sent.attempts == 1


@pytest.mark.anyio
async def test_post_is_retried_when_the_caller_allows_it(mode: str) -> None:
    policy = RetryPolicy(retry_methods=frozenset({"POST"}))
    sent = await send(mode, sequence(503, 200), policy, method="POST", json={"amount": 1})
    assert sent.response.status_code == 200
    assert [call.read() for call in sent.calls] == [b'{"amount":1}'] * 2


@pytest.mark.anyio
async def test_streaming_body_is_not_retried(mode: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"part one, "
        yield b"part two"

    async def async_chunks() -> AsyncIterator[bytes]:
        for chunk in chunks():
            yield chunk

    content = chunks() if mode == "sync" else async_chunks()
    sent = await send(mode, sequence(503, 200), method="PUT", content=content)
    assert sent.response.status_code == 503
    assert len(sent.calls) == 1
    assert sent.attempts == 1


@pytest.mark.anyio
async def test_retried_responses_are_closed_before_the_next_attempt(mode: str) -> None:
    class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __init__(self) -> None:
            self.closed = False

        def __iter__(self) -> Iterator[bytes]:
            yield b"busy"

        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"busy"

        def close(self) -> None:
            self.closed = True

        async def aclose(self) -> None:
            self.closed = True

    bodies: list[Body] = []
    closed_when_called: list[list[bool]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        closed_when_called.append([body.closed for body in bodies])
        bodies.append(Body())
        return httpx.Response(503 if len(bodies) < 3 else 200, stream=bodies[-1])

    sent = await send(mode, handler)
    assert sent.response.status_code == 200
    assert closed_when_called == [[], [True], [True, True]]


# -- retrying transport errors -------------------------------------------------------------------

RETRIED = [
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
]
NOT_RETRIED = [httpx.UnsupportedProtocol, httpx.ProxyError, httpx.LocalProtocolError]


@pytest.mark.anyio
@pytest.mark.parametrize("error", RETRIED)
async def test_transport_errors_twice_then_200(
    mode: str, error: type[httpx.TransportError]
) -> None:
    sent = await send(mode, sequence(error("boom"), error("boom"), 200), random=lambda: 1.0)
    assert sent.response.status_code == 200
    assert len(sent.calls) == 3
    assert sent.attempts == 3
    assert sent.time.waits == [0.5, 1.0]


@pytest.mark.anyio
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadTimeout])
async def test_transport_error_every_time_is_raised_after_all_attempts(
    mode: str, error: type[httpx.TransportError]
) -> None:
    calls: list[httpx.Request] = []

    def failing(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise error(f"attempt {len(calls)} failed")

    time = FakeTime()
    with pytest.raises(error, match="attempt 4 failed") as raised:
        await send(mode, failing, time=time)
    assert len(calls) == 4
    assert raised.value.__dict__["invoicekit_attempts"] == 4
    assert "gave up after 4 attempts" in "".join(raised.value.__notes__)
    assert len(time.waits) == 3


@pytest.mark.anyio
async def test_transport_errors_respect_total_timeout(mode: str) -> None:
    policy = RetryPolicy(attempts=10, backoff=1.0, jitter=0.0, total_timeout=5.0)
    time = FakeTime()
    with pytest.raises(httpx.ConnectError):
        await send(mode, sequence(httpx.ConnectError("down")), policy, time=time)
    assert time.waits == [1.0, 2.0]


@pytest.mark.anyio
@pytest.mark.parametrize("error", NOT_RETRIED)
async def test_permanent_transport_errors_are_not_retried(
    mode: str, error: type[httpx.TransportError]
) -> None:
    calls: list[httpx.Request] = []

    def failing(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise error("no")

    with pytest.raises(error) as raised:
        await send(mode, failing)
    assert len(calls) == 1
    assert raised.value.__dict__["invoicekit_attempts"] == 1
    assert not getattr(raised.value, "__notes__", [])


@pytest.mark.anyio
async def test_transport_errors_on_post_are_not_retried(mode: str) -> None:
    calls: list[httpx.Request] = []

    def failing(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("slow")

    with pytest.raises(httpx.ReadTimeout):
        await send(mode, failing, method="POST", content=b"{}")
    assert len(calls) == 1


@pytest.mark.anyio
async def test_other_exceptions_propagate_untouched(mode: str) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("bug in a handler")

    with pytest.raises(RuntimeError, match="bug in a handler") as raised:
        await send(mode, broken)
    assert "invoicekit_attempts" not in raised.value.__dict__


# -- logging -------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_debug_log_names_each_retry_without_secrets(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="invoicekit.http")
    outcomes = sequence(
        httpx.ConnectError("cannot reach https://billing.example.com/?api_key=SECRET"),
        httpx.Response(429, headers={"Retry-After": "2"}),
        503,
    )
    sent = await send(
        mode,
        outcomes,
        RetryPolicy(attempts=3),
        url=URL + "?api_key=SECRET&page=2",
        headers={"Authorization": "Bearer SECRET-TOKEN", "X-Api-Key": "SECRET"},
        random=lambda: 1.0,
    )
    assert sent.response.status_code == 503

    records = [r for r in caplog.records if r.name == "invoicekit.http"]
    assert [r.levelno for r in records] == [logging.DEBUG] * 3
    messages = [r.getMessage() for r in records]
    assert "GET billing.example.com/api/invoices/42" in messages[0]
    assert "ConnectError" in messages[0]
    assert "attempt 1 of 3" in messages[0]
    assert "0.500s" in messages[0]
    assert "HTTP 429" in messages[1]
    assert "2.000s" in messages[1]
    assert "HTTP 503" in messages[2]
    assert "not retrying" in messages[2]
    for record, message in zip(records, messages, strict=True):
        assert "SECRET" not in message
        assert "api_key" not in message
        assert "Bearer" not in message
        assert all("SECRET" not in str(arg) for arg in (record.args or ()))


@pytest.mark.anyio
async def test_nothing_is_logged_without_a_retry(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="invoicekit.http")
    await send(mode, sequence(200))
    await send(mode, sequence(404))
    assert [r for r in caplog.records if r.name == "invoicekit.http"] == []


# -- closing -------------------------------------------------------------------------------------


def test_close_delegates_to_the_inner_transport() -> None:
    class Inner(httpx.BaseTransport):
        closed = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            self.closed += 1

    inner = Inner()
    with RetryTransport(inner):
        pass
    assert inner.closed == 1
    with httpx.Client(transport=RetryTransport(inner)) as client:
        assert client.get(URL).status_code == 200
    assert inner.closed == 2


@pytest.mark.anyio
async def test_aclose_delegates_to_the_inner_transport() -> None:
    class Inner(httpx.AsyncBaseTransport):
        closed = 0

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        async def aclose(self) -> None:
            self.closed += 1

    inner = Inner()
    async with AsyncRetryTransport(inner):
        pass
    assert inner.closed == 1
    async with httpx.AsyncClient(transport=AsyncRetryTransport(inner)) as client:
        assert (await client.get(URL)).status_code == 200
    assert inner.closed == 2


def test_defaults_build_real_transports_and_policy() -> None:
    with RetryTransport() as transport:
        assert isinstance(transport.transport, httpx.HTTPTransport)
        assert transport.policy == RetryPolicy()
    assert isinstance(AsyncRetryTransport().transport, httpx.AsyncHTTPTransport)


@pytest.mark.anyio
async def test_default_async_sleep_works_without_injection() -> None:
    # A zero wait (Retry-After: 0) runs the real default sleep without slowing the suite.
    sent = sequence(httpx.Response(503, headers={"Retry-After": "0"}), 200)
    transport = AsyncRetryTransport(httpx.MockTransport(sent))
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.get(URL)
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 2
