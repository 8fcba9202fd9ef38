"""The body half of retrying: `is_truncated_json` and the schedule a client shares with its
transport (`RetryTransport.begin`), so that status retries and body retries spend one budget."""

from __future__ import annotations

import httpx
import pytest

from invoicekit._retry import ATTEMPTS_EXTENSION, RetryPolicy, RetryTransport, is_truncated_json

URL = "https://billing.example.com/api/invoices/42"
FULL = b'{"id": "42", "lines": [{"amount": "1.00"}]}'


@pytest.mark.parametrize("cut", [1, 10, 20, len(FULL) - 1])
def test_json_cut_anywhere_is_truncated(cut: int) -> None:
    assert is_truncated_json(FULL[:cut])


@pytest.mark.parametrize(
    "body",
    [FULL, b"", b"  \n", b"<html>502 Bad Gateway</html>", b'{"a": 1} trailing', b"[1,,2]", b"42"],
)
def test_complete_or_garbled_bodies_are_not_truncated(body: bytes) -> None:
    # Garbage is garbage on every try: only a body that stops early is worth fetching again.
    assert not is_truncated_json(body)


def transport(*statuses: int, attempts: int = 3) -> tuple[RetryTransport, list[float]]:
    replies = iter(statuses)
    waits: list[float] = []
    inner = httpx.MockTransport(lambda request: httpx.Response(next(replies)))
    policy = RetryPolicy(attempts=attempts, backoff=1.0, jitter=0.0)
    return RetryTransport(inner, policy, sleep=waits.append), waits


def test_a_truncated_success_is_retried_with_backoff() -> None:
    retry, _ = transport(200)
    request = httpx.Request("GET", URL)
    schedule = retry.begin(request)
    response = retry.handle_request(request)
    assert schedule.after_body(response, FULL[:9]) == 1.0
    assert schedule.after_body(response, FULL) is None


@pytest.mark.parametrize("status", [201, 204])
def test_other_successes_are_checked_too(status: int) -> None:
    retry, _ = transport(status)
    request = httpx.Request("GET", URL)
    schedule = retry.begin(request)
    assert schedule.after_body(retry.handle_request(request), FULL[:9]) is not None


@pytest.mark.parametrize("status", [400, 404, 500])
def test_an_error_status_is_reported_whatever_its_body(status: int) -> None:
    retry, _ = transport(status, attempts=1)
    request = httpx.Request("GET", URL)
    schedule = retry.begin(request)
    assert schedule.after_body(retry.handle_request(request), FULL[:9]) is None


def test_a_post_is_never_sent_again_for_its_body() -> None:
    retry, _ = transport(200)
    request = httpx.Request("POST", URL, content=b"{}")
    schedule = retry.begin(request)
    response = retry.handle_request(request)
    assert schedule.after_body(response, FULL[:9]) is None
    assert schedule.after_error(httpx.RemoteProtocolError("gone")) is None


def test_the_transport_and_the_body_reader_share_one_budget() -> None:
    retry, waits = transport(503, 503, 200)
    request = httpx.Request("GET", URL)
    schedule = retry.begin(request)
    response = retry.handle_request(request)
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 3
    assert waits == [1.0, 2.0]
    # Three attempts spent on statuses: a truncated body or a broken read now gets no fourth.
    assert schedule.after_body(response, FULL[:9]) is None
    assert schedule.after_error(httpx.ReadError("reset")) is None


def test_an_error_the_transport_gave_up_on_is_not_decided_twice() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    retry = RetryTransport(
        httpx.MockTransport(refuse), RetryPolicy(attempts=5, backoff=0.0), sleep=lambda s: None
    )
    request = httpx.Request("GET", URL)
    schedule = retry.begin(request)
    with pytest.raises(httpx.ConnectError) as caught:
        retry.handle_request(request)
    assert caught.value.__dict__[ATTEMPTS_EXTENSION] == 5
    assert schedule.after_error(caught.value) is None
    assert schedule.attempts == 5


def test_a_new_begin_replaces_the_schedule_a_redirect_inherited() -> None:
    retry, _ = transport(503, 503, 503, 200, attempts=3)
    first = httpx.Request("GET", URL)
    retry.begin(first)
    assert retry.handle_request(first).status_code == 503  # the budget is spent
    follow = httpx.Request("GET", URL + "/moved", extensions=first.extensions)
    fresh = retry.begin(follow)
    assert fresh.attempts == 0
    assert retry.handle_request(follow).status_code == 200


def test_a_retry_transport_nested_inside_another_keeps_its_own_budget() -> None:
    replies = iter([503, 503, 200])
    inner = RetryTransport(
        httpx.MockTransport(lambda request: httpx.Response(next(replies))),
        RetryPolicy(attempts=3, backoff=0.0),
        sleep=lambda s: None,
    )
    outer = RetryTransport(inner, RetryPolicy(attempts=1))
    request = httpx.Request("GET", URL)
    outer.begin(request)
    assert outer.handle_request(request).status_code == 200
