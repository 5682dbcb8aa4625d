"""What keeps the HTTP server bounded: the request body limit, noticing a
client that went away, a deadline for request headers, and a listening
socket that keeps TCP_NODELAY for several worker processes.

Each limit has a default and an environment variable (README, "Serving"):

``PERBUP_MAX_BODY``        request body bytes (2 MB); more is 413 before it is read whole
``PERBUP_HEADER_TIMEOUT``  seconds for a connection to send a request's headers (10)
``PERBUP_KEEP_ALIVE``      seconds an idle keep-alive connection stays open (5)
``PERBUP_MAX_CONNECTIONS`` open connections (or running requests) before 503 (2048)
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import socket
import threading
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from uvicorn.protocols.http.h11_impl import H11Protocol

from .engine import lower_priority
from .problems import MEDIA_TYPE, error_body


@dataclass(frozen=True)
class ServerLimits:
    max_body: int = 2 * 1024 * 1024
    header_timeout: float = 10.0
    keep_alive: int = 5
    max_connections: int = 2048

    @classmethod
    def from_env(cls) -> "ServerLimits":
        env = os.environ
        default = cls()
        return cls(
            max_body=int(env.get("PERBUP_MAX_BODY", default.max_body)),
            header_timeout=float(env.get("PERBUP_HEADER_TIMEOUT", default.header_timeout)),
            keep_alive=int(env.get("PERBUP_KEEP_ALIVE", default.keep_alive)),
            max_connections=int(env.get("PERBUP_MAX_CONNECTIONS", default.max_connections)),
        )


class BodyLimit:
    """ASGI middleware: a request body over ``max_bytes`` is refused with 413
    before it is read whole (at once when Content-Length says so, otherwise
    as soon as the bytes read pass the limit).

    The body is read before the app runs and replayed to it (and left in
    ``scope["perbup.body"]`` for ResponseMemo); after that the app's
    ``receive`` is the server's, so it still hears ``http.disconnect``.
    """

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        length = _content_length(scope)
        if length is not None and length > self.max_bytes:
            return await self._refuse(send)
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return await self._refuse(send)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        scope["perbup.body"] = body
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, send) -> None:
        body = error_body("too_large",
                          f"isi permintaan melebihi batas {self.max_bytes} bita",
                          limit=self.max_bytes)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", MEDIA_TYPE.encode()),
                                (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _content_type(scope) -> str:
    for name, value in scope["headers"]:
        if name == b"content-type":
            return value.decode("latin-1")
    return ""


def _content_length(scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class ResponseMemo:
    """ASGI middleware: a ``GET /v1/...`` (or a ``POST /v1/cite``) answered
    200 once is answered again, byte for byte, from the knowledge base's
    answer table, before routing and parameter parsing run.

    Every ``/v1`` GET is a function of its path and query string, and a
    cite request of its body, over a knowledge base that does not change
    after start, so the same request always gets the same answer; only
    answers the app itself gave (status 200) are kept, so a request is
    validated once, by the app.  The POST body comes from BodyLimit, which
    must wrap this middleware.
    """

    PREFIX = "/v1/"
    PURE_POSTS = ("/v1/cite",)

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not scope["path"].startswith(self.PREFIX):
            return await self.app(scope, receive, send)
        method = scope["method"]
        key = method + " " + scope["path"] + "?" + scope["query_string"].decode("latin-1")
        if method == "POST" and scope["path"] in self.PURE_POSTS and "perbup.body" in scope:
            key += "\n" + _content_type(scope) + "\n" + scope["perbup.body"].decode("latin-1")
        elif method != "GET":
            return await self.app(scope, receive, send)
        table = scope["app"].state.kb.answers.table
        hit = table.get(key)
        if hit is not None:
            content_type, body = hit
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", content_type),
                                    (b"content-length", b"%d" % len(body))]})
            await send({"type": "http.response.body", "body": body})
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def keep(message):
            if message["type"] == "http.response.start":
                start.update(message)
            elif start.get("status") == 200:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    content_type = dict(start.get("headers", ())).get(b"content-type")
                    if content_type:
                        body = b"".join(chunks)
                        table.put(key, (content_type, body), len(body))
            await send(message)

        await self.app(scope, receive, keep)


_heavy: concurrent.futures.ThreadPoolExecutor | None = None


async def in_background(fn, *args):
    """Run ``fn(*args)`` (citations, Graphviz) in a thread of lower priority."""
    global _heavy
    if _heavy is None:
        _heavy = concurrent.futures.ThreadPoolExecutor(
            max_workers=4, thread_name_prefix="perbup-heavy", initializer=lower_priority)
    # (lower_priority: such work must not starve the event loop, see pyapi.engine)
    return await asyncio.get_running_loop().run_in_executor(_heavy, fn, *args)


class ClientGone(Exception):
    """The client closed the connection before its answer was ready."""


async def unless_gone(receive: Callable[[], Awaitable[dict]], work: Awaitable,
                      on_gone: Callable[[], None] | None = None):
    """Await ``work``; if the client disconnects first, call ``on_gone`` and
    raise ClientGone (``work`` is cancelled, which drops a queued engine job).

    ``receive`` is the request's ASGI receive: once the body is consumed it
    returns only when the client has gone (or the response was sent).
    """
    work = asyncio.ensure_future(work)

    async def watch():
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    watcher = asyncio.ensure_future(watch())
    try:
        await asyncio.wait({work, watcher}, return_when=asyncio.FIRST_COMPLETED)
    except BaseException:
        work.cancel()
        watcher.cancel()
        raise
    if work.done():
        watcher.cancel()
        return work.result()
    work.cancel()
    if on_gone is not None:
        on_gone()
    raise ClientGone()


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for request headers and a
    bound on their size.

    uvicorn closes an idle keep-alive connection after ``timeout_keep_alive``
    but has no deadline for a connection that opens and sends nothing, or
    sends its headers a byte at a time; such connections would stay open
    for ever.  Here a connection that has not completed a request's headers
    within ``header_timeout`` seconds of opening (or of its last response)
    is closed.

    A request line longer than ``MAX_HEAD`` bytes is answered 414, a head
    (request line and headers) longer than that 431, both as problem
    details; then the rest of what the client sends is read and dropped
    for a moment before the connection is closed, so that the client reads
    the answer instead of a connection reset (uvicorn sends a plain 400 and
    closes at once, which resets a client still sending).
    """

    header_timeout: float | None = None     # None: PERBUP_HEADER_TIMEOUT or the default
    MAX_HEAD = 16 * 1024                    # h11's own bound on an incomplete event
    LINGER = 0.5                            # seconds of silence before closing
    LINGER_MAX = 5.0                        # and at most this long

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self.header_timeout is None:
            self.header_timeout = ServerLimits.from_env().header_timeout
        self._head = bytearray()
        self._refused_at: float | None = None
        self._linger_handle = None
        self._arm_header_deadline()

    def data_received(self, data: bytes) -> None:
        if self._refused_at is not None:      # answered already: drop, then close
            self._linger()
            return
        if self.cycle is None or self.cycle.response_complete:
            head = self._head
            head += data[:self.MAX_HEAD + 4 - len(head)]
            if b"\r\n\r\n" in head:
                head.clear()                  # a whole head: h11 takes it from here
            elif len(head) > self.MAX_HEAD:
                if b"\r\n" in head:
                    return self._refuse(431, "headers_too_large",
                                        f"baris permintaan dan header melebihi {self.MAX_HEAD} bita")
                return self._refuse(414, "uri_too_long",
                                    f"baris permintaan melebihi {self.MAX_HEAD} bita")
        super().data_received(data)

    def _refuse(self, status: int, type_: str, detail: str) -> None:
        self._cancel_header_deadline()
        body = error_body(type_, detail, status=status, limit=self.MAX_HEAD)
        reason = {414: b"URI Too Long", 431: b"Request Header Fields Too Large"}[status]
        self.transport.write(b"HTTP/1.1 %d %s\r\ncontent-type: %s\r\ncontent-length: %d\r\n"
                             b"connection: close\r\n\r\n%s"
                             % (status, reason, MEDIA_TYPE.encode(), len(body), body))
        self._refused_at = self.loop.time()
        self._linger()

    def _linger(self) -> None:
        if self._linger_handle is not None:
            self._linger_handle.cancel()
        left = self._refused_at + self.LINGER_MAX - self.loop.time()
        self._linger_handle = self.loop.call_later(max(0.0, min(self.LINGER, left)),
                                                   self._close_now)

    def _close_now(self) -> None:
        self._linger_handle = None
        if not self.transport.is_closing():
            self.transport.close()

    def _arm_header_deadline(self) -> None:
        self._cancel_header_deadline()
        self._header_deadline = self.loop.call_later(self.header_timeout, self._header_expired)

    def _cancel_header_deadline(self) -> None:
        handle = getattr(self, "_header_deadline", None)
        if handle is not None:
            handle.cancel()
            self._header_deadline = None

    def _header_expired(self) -> None:
        self._header_deadline = None
        if self.cycle is None or self.cycle.response_complete:
            # no request is being answered: the headers never came
            if not self.transport.is_closing():
                self.transport.close()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:          # a request's headers arrived
            self._cancel_header_deadline()
            self._head.clear()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_deadline()

    def connection_lost(self, exc) -> None:
        self._cancel_header_deadline()
        if self._linger_handle is not None:
            self._linger_handle.cancel()
        super().connection_lost(exc)


def bind_socket(host: str, port: int, backlog: int = 2048) -> socket.socket:
    """A listening TCP socket made with ``proto=IPPROTO_TCP``.

    asyncio sets TCP_NODELAY on an accepted connection only when the
    listener says IPPROTO_TCP; uvicorn's own ``bind_socket`` leaves proto 0,
    so its worker processes answer every keep-alive request after the first
    some 40 ms late (uvicorn issue #3149).  Passing this socket to the
    workers keeps Nagle's algorithm off.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    sock.set_inheritable(True)
    return sock


__all__ = ["BodyLimit", "ClientGone", "HeaderTimeoutProtocol", "ResponseMemo", "ServerLimits",
           "bind_socket", "error_body", "in_background", "unless_gone"]
