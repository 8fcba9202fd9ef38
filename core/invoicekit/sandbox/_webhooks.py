"""The sandbox sends webhooks: signed vendor events for its data changes, with retries and faults.

`WebhookSender` listens to a vendor sandbox's mutations (`MutationState.subscribe`). For each
change the vendor's sandbox builds the event body the vendor would send
(`MutableSandbox.webhook_event`, ``None`` where the vendor sends no event, such as a Fynn
deletion); the sender signs it with the vendor's own scheme (`invoicekit.webhooks.support`)
and POSTs it to a loopback URL, from worker threads, never blocking the server.

Retries follow the vendor: a delivery answered with a non-2xx status, or failing to connect or
time out, is tried again after the next delay of the vendor's schedule
(`MutableSandbox.webhook_retries`) until the attempts run out; then it is given up, as the
vendor gives up. ``time_scale`` shrinks the schedule (``0.001`` turns hours into seconds) so
tests can run the real sequence of attempts.

Faults (`WebhookFaults`), drawn per event from a seeded generator, so a seed repeats them:

* ``duplicate``: the event is delivered a second time after it succeeded;
* ``reorder``: the event is held back up to ``reorder_delay`` seconds, so later ones overtake it;
* ``drop``: its first attempt never reaches the receiver; the sender sees a timeout and retries;
* ``lose``: the event is never sent at all (as when the vendor's retries have run out).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import itertools
import logging
import socket
import threading
import time
import urllib.parse
from collections import Counter
from typing import TYPE_CHECKING, Any, Self

import msgspec

from invoicekit.errors import ConfigurationError

from ._data import SandboxRandom, stable_int
from ._mutations import Applied, MutableSandbox

if TYPE_CHECKING:
    import httpx

    from ._app import SandboxApp

__all__ = ["Attempt", "WebhookFaults", "WebhookSender"]

logger = logging.getLogger("invoicekit.sandbox.webhooks")

_LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
_encoder = msgspec.json.Encoder(decimal_format="string")


@dataclasses.dataclass(frozen=True)
class WebhookFaults:
    """Delivery faults to inject, as rates from 0 to 1 per event (see the module docs).

    Attributes:
        duplicate: deliver the event twice.
        reorder: hold the event back, up to ``reorder_delay`` seconds.
        drop: lose its first attempt (the sender retries).
        lose: never send it.
        reorder_delay: the longest hold-back, in seconds.
        seed: seeds which events get which fault.
    """

    duplicate: float = 0.0
    reorder: float = 0.0
    drop: float = 0.0
    lose: float = 0.0
    reorder_delay: float = 0.2
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("duplicate", "reorder", "drop", "lose"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a rate from 0 to 1, got {value!r}")
        if self.reorder_delay < 0:
            raise ValueError("reorder_delay must be >= 0")


@dataclasses.dataclass(frozen=True, slots=True)
class Attempt:
    """One delivery attempt, as the sender logged it.

    Attributes:
        event_id: the event's id.
        invoice_id: the invoice it is about.
        attempt: 1 for the first attempt, then 2, 3, ...
        status: the receiver's HTTP status, or ``None`` when it was not reached.
        copy: 0 for the delivery, 1 for an injected duplicate.
    """

    event_id: str
    invoice_id: str
    attempt: int
    status: int | None
    copy: int = 0


@dataclasses.dataclass(slots=True)
class _Delivery:
    event_id: str
    invoice_id: str
    body: bytes
    attempt: int = 1
    copy: int = 0
    drop_first: bool = False
    duplicate: bool = False


def _loopback(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in {"http", "https"} or (parts.hostname or "") not in _LOOPBACK:
        raise ConfigurationError(
            f"the sandbox sends webhooks to loopback URLs only, not {parts.hostname or url!r}"
        )
    return url


class WebhookSender:
    """POSTs a vendor sandbox's change events to ``url``, signed with ``secret``.

    Build it with `invoicekit.sandbox.SandboxServer.send_webhooks`, or directly over a
    `SandboxApp`; `start` subscribes it and starts the workers, `stop` (or leaving the
    ``with`` block) stops them. `wait_idle` waits until every event was delivered or given up.

    Args:
        app: the sandbox application.
        vendor: the vendor whose changes are sent; its sandbox must support mutations and
            webhooks, and the vendor must declare a signature scheme.
        url: where to POST, a loopback URL (``http://127.0.0.1:8000/fynn/acme``).
        secret: the webhook signing secret.
        base_url: the vendor sandbox's base URL, for links inside embedded invoices.
        time_scale: multiplies the vendor's retry delays (``0.001``: hours become seconds).
        faults: delivery faults to inject.
        embed: the share of events (0 to 1, seeded) that embed the invoice where the vendor's
            format allows leaving it out; the others only name it, so receivers fetch it.
        workers: concurrent deliveries.
        timeout: seconds an attempt may take before it counts as failed.

    Attributes:
        stats: counts: ``events``, ``attempts``, ``delivered``, ``failed`` (attempts),
            ``retried``, ``given_up``, ``duplicated``, ``reordered``, ``dropped``, ``lost``.
        attempts: every attempt, in the order they finished.
        events: ``(mutation sequence, event id, invoice id)`` of every event built, in order
            (lost ones included).
    """

    def __init__(
        self,
        app: SandboxApp,
        vendor: str,
        url: str,
        secret: str,
        *,
        base_url: str = "",
        time_scale: float = 1.0,
        faults: WebhookFaults | None = None,
        embed: float = 1.0,
        workers: int = 4,
        timeout: float = 5.0,
    ) -> None:
        from invoicekit.webhooks import support  # noqa: PLC0415 - a cycle at import time

        if not secret:
            raise ConfigurationError("a webhook secret is required", vendor=vendor)
        if time_scale < 0 or workers < 1 or not 0.0 <= embed <= 1.0:
            raise ValueError("time_scale >= 0, workers >= 1 and embed in 0..1 are required")
        self.vendor = vendor
        self.url = _loopback(url)
        self._scheme = support(vendor).scheme
        self._secret = secret.encode()
        self._app = app
        self._base_url = base_url
        sandbox = app.sandbox(vendor)
        if not isinstance(sandbox, MutableSandbox) or not hasattr(sandbox, "webhook_event"):
            raise ConfigurationError("its sandbox does not send webhooks", vendor=vendor)
        self._sandbox: Any = sandbox
        self._delays = tuple(float(d) * time_scale for d in sandbox.webhook_retries)  # type: ignore[attr-defined]
        self.faults = faults or WebhookFaults()
        self._embed = embed
        self._workers = workers
        self._timeout = timeout
        self._queue: list[tuple[float, int, _Delivery]] = []
        self._order = itertools.count()
        self._pending = 0
        self._condition = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._subscribed = False
        self.stats: Counter[str] = Counter()
        self.attempts: list[Attempt] = []
        self.events: list[tuple[int, str, str]] = []
        self._stats_lock = threading.Lock()

    def delivered(self) -> set[str]:
        """The ids of the events that some attempt delivered (a 2xx answer)."""
        with self._stats_lock:
            return {a.event_id for a in self.attempts if a.status and 200 <= a.status < 300}

    def __repr__(self) -> str:
        # The secret is never shown.
        return f"<WebhookSender {self.vendor} -> {self.url} pending={self._pending}>"

    def _count(self, name: str) -> None:
        with self._stats_lock:
            self.stats[name] += 1

    @property
    def retry_delays(self) -> tuple[float, ...]:
        """The delays before each retry, in seconds, after ``time_scale``."""
        return self._delays

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Subscribe to the sandbox's changes and start the delivery workers."""
        if self._threads:
            raise RuntimeError("the webhook sender was already started")
        import httpx  # noqa: PLC0415 - only a running sender needs it

        for number in range(self._workers):
            # No Nagle delay: a request's headers and body go out as separate writes, and on
            # loopback the wait for a delayed ACK would dominate each delivery.
            transport = httpx.HTTPTransport(
                socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
            )
            client = httpx.Client(timeout=self._timeout, transport=transport)
            thread = threading.Thread(
                target=self._work,
                args=(client,),
                name=f"invoicekit-webhooks-{self.vendor}-{number}",
                daemon=True,
            )
            self._threads.append(thread)
            thread.start()
        if not self._subscribed:
            self._app.mutations(self.vendor).subscribe(self._on_change)
            self._subscribed = True
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the workers (deliveries not yet made are abandoned)."""
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        for thread in self._threads:
            thread.join(timeout)

    def __enter__(self) -> Self:
        return self if self._threads else self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until every event so far was delivered or given up; whether it happened."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while self._pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._condition.wait(left)
        return True

    # -- events ----------------------------------------------------------------------------

    def _on_change(self, applied: Applied) -> None:
        """Build, sign later and queue the change's event (called under the state's lock)."""
        if self._stopping:
            return
        rng = SandboxRandom(stable_int(self.faults.seed, self.vendor, applied.sequence, "hook"))
        embed = rng.random() < self._embed
        event = self._sandbox.webhook_event(applied, base_url=self._base_url, embed=embed)
        if event is None:
            return
        event_id, payload = event
        self._count("events")
        with self._stats_lock:
            self.events.append((applied.sequence, event_id, applied.invoice_id))
        faults = self.faults
        if rng.chance(faults.lose):
            self._count("lost")
            return
        delay = 0.0
        if rng.chance(faults.reorder):
            self._count("reordered")
            delay = rng.random() * faults.reorder_delay
        delivery = _Delivery(
            event_id=event_id,
            invoice_id=applied.invoice_id,
            body=_encoder.encode(payload),
            drop_first=rng.chance(faults.drop),
            duplicate=rng.chance(faults.duplicate),
        )
        self._push(delivery, delay, new=True)

    def _push(self, delivery: _Delivery, delay: float, *, new: bool) -> None:
        with self._condition:
            if new:
                self._pending += 1
            heapq.heappush(self._queue, (time.monotonic() + delay, next(self._order), delivery))
            self._condition.notify()

    def _finish(self) -> None:
        with self._condition:
            self._pending -= 1
            self._condition.notify_all()

    def _next(self) -> _Delivery | None:
        with self._condition:
            while not self._stopping:
                if self._queue:
                    due = self._queue[0][0]
                    now = time.monotonic()
                    if due <= now:
                        return heapq.heappop(self._queue)[2]
                    self._condition.wait(due - now)
                else:
                    self._condition.wait()
            return None

    def _work(self, client: httpx.Client) -> None:
        try:
            while (delivery := self._next()) is not None:
                self._attempt(client, delivery)
        finally:
            client.close()

    def _attempt(self, client: httpx.Client, delivery: _Delivery) -> None:
        status = self._post(client, delivery)
        self._count("attempts")
        attempt = Attempt(
            delivery.event_id, delivery.invoice_id, delivery.attempt, status, delivery.copy
        )
        with self._stats_lock:
            self.attempts.append(attempt)
        if status is not None and 200 <= status < 300:
            self._count("delivered")
            if delivery.duplicate and delivery.copy == 0:
                self._count("duplicated")
                copy = dataclasses.replace(delivery, attempt=1, copy=1, drop_first=False)
                self._push(copy, self.faults.reorder_delay * 0.5, new=True)
            self._finish()
            return
        self._count("failed")
        if delivery.attempt > len(self._delays):
            self._count("given_up")
            logger.info("giving up %s after %d attempts", delivery.event_id, delivery.attempt)
            self._finish()
            return
        self._count("retried")
        delay = self._delays[delivery.attempt - 1]
        delivery.attempt += 1
        self._push(delivery, delay, new=False)

    def _post(self, client: httpx.Client, delivery: _Delivery) -> int | None:
        import httpx  # noqa: PLC0415

        if delivery.drop_first and delivery.attempt == 1:
            self._count("dropped")
            return None
        headers = {"content-type": "application/json", "user-agent": "invoicekit-sandbox"}
        headers.update(self._scheme.sign(delivery.body, self._secret, now=dt.datetime.now(dt.UTC)))
        try:
            return client.post(self.url, content=delivery.body, headers=headers).status_code
        except httpx.HTTPError as exc:
            logger.debug("delivering %s failed: %s", delivery.event_id, type(exc).__name__)
            return None
