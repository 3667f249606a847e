"""Prometheus metrics and a health check on a local port: counts and timings, never content."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import cache

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

log = logging.getLogger("brug.metrics")

REGISTRY = CollectorRegistry()
MESSAGES_IN = Counter("brug_messages_in", "Messages people sent", ["platform"], registry=REGISTRY)
MESSAGES_OUT = Counter("brug_messages_out", "Messages delivered", ["platform"], registry=REGISTRY)
STEP_SECONDS = Histogram(
    "brug_step_seconds",
    "Time from receiving an event to its committed replies",
    buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1.0),
    registry=REGISTRY,
)
NUDGES = Counter(
    "brug_nudges", "Nudges by kind and outcome", ["kind", "outcome"], registry=REGISTRY
)
SAFETY_EVENTS = Counter(
    "brug_safety_events",
    "Safety answers given, by what the check found (crisis, possible, violence, ...)",
    ["kind"],
    registry=REGISTRY,
)
ERRORS = Counter("brug_errors", "Errors by where they happened", ["where"], registry=REGISTRY)
UPDATES_UNREADABLE = Counter(
    "brug_updates_unreadable",
    "Platform updates that could not be read: skipped and acknowledged",
    ["platform"],
    registry=REGISTRY,
)


@cache
def messages_in(platform: str) -> Counter:
    """The counter of one platform, looked up once (`labels()` costs microseconds a call)."""
    return MESSAGES_IN.labels(platform)


@cache
def messages_out(platform: str) -> Counter:
    return MESSAGES_OUT.labels(platform)


class ListenError(RuntimeError):
    """The metrics address cannot be taken (busy, or not this machine's): one line, exit 2."""


class HealthServer:
    """GET /metrics (Prometheus text) and GET /healthz on a local address.

    /healthz answers 200 "ok", or 503 with the reason: "stopping" once `healthy` is False,
    else what `check` (when set) finds wrong, e.g. the database cannot be written.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.healthy = True
        self.check: Callable[[], Awaitable[str | None]] | None = None

    async def _health(self) -> str | None:
        """None when healthy, else the reason in a few words."""
        if not self.healthy:
            return "stopping"
        if self.check is None:
            return None
        try:
            return await self.check()
        except Exception as error:  # a check that fails is an answer too, never a hang
            return f"health check failed ({type(error).__name__})"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), 5)
            parts = request.decode("latin-1").split()
            path = parts[1] if len(parts) > 1 else ""
            if path == "/metrics":
                status, body = "200 OK", generate_latest(REGISTRY)
                kind = "text/plain; version=0.0.4"
            elif path == "/healthz":
                problem = await self._health()
                status = "503 Service Unavailable" if problem else "200 OK"
                body, kind = f"{problem or 'ok'}\n".encode(), "text/plain; charset=utf-8"
            else:
                status, body, kind = "404 Not Found", b"not found\n", "text/plain"
            head = f"HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {len(body)}\r\n"
            writer.write(head.encode() + b"Connection: close\r\n\r\n" + body)
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[HealthServer]:
        try:
            server = await asyncio.start_server(self._serve, self.host, self.port)
        except OSError as error:
            reason = error.strerror or str(error)
            if error.errno == errno.EADDRINUSE:
                reason = "the port is in use by another program (another Brug?)"
            raise ListenError(
                f"cannot serve /metrics and /healthz on {self.host}:{self.port}: {reason}."
                " Choose another address with BRUG_METRICS_LISTEN=host:port (or [metrics]"
                ' listen in brug.toml), or "off" to turn it off.'
            ) from None
        self.port = server.sockets[0].getsockname()[1]
        log.info("metrics", extra={"event": "metrics", "address": f"{self.host}:{self.port}"})
        try:
            yield self
        finally:
            server.close()
            await server.wait_closed()
