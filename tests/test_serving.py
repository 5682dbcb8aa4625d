"""Serving that holds: no leak, bounded queue, body and header limits, dropped
work for gone clients, cite bounded in time and output, the answer memo."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from pathlib import Path

import pytest

from pyapi.answers import request_key
from pyapi.engine import Engine, EngineBusy, Limits
from pyapi.kb import KnowledgeBase

FIXTURES = Path(__file__).parent / "fixtures"
ASK = "/v1/ask/reporting-line?regency=tabalong&subject=jf-ahli-muda&capacity=individu&unit=dinas"


def _norm_facts() -> int:
    """How many norm/4 facts the packaged regulations hold (what /healthz counts)."""
    from pyapi import regulations
    return sum(line.startswith("norm(") for reg in regulations.discover()
               for line in reg.norms_path.read_text(encoding="utf-8").splitlines())


def _rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


# -- memory ---------------------------------------------------------------

def test_engine_calls_do_not_grow_resident_memory(kb):
    """The string buffers of every engine run are released: 2,100 runs (no
    memo) of asks, explanations and the vocabulary leave memory flat.  Before
    the fix each ask kept ~10 KB, each explanation ~18 KB and each
    vocabulary ~90 KB, i.e. about 33 MB for this loop."""
    engine = kb.engine
    ask = {"question": "reporting-line", "regency": "tabalong", "lang": "id",
           "params": {"subject": "jf-ahli-muda", "capacity": "individu", "unit": "dinas"}}
    for _ in range(100):                      # warm up allocators and atom tables
        engine.call_raw("explain", ask)
        engine.call_raw("vocabulary")
    before = _rss_kb()
    for i in range(1500):
        engine.call_raw("ask", ask)
        if i % 3 == 0:
            engine.call_raw("explain", ask)
        if i % 15 == 0:
            engine.call_raw("vocabulary")
    grown_mb = (_rss_kb() - before) / 1024
    assert grown_mb < 8, f"resident memory grew {grown_mb:.1f} MB over 2,100 engine calls"


# -- the engine queue -----------------------------------------------------

@pytest.fixture(scope="module")
def busy_engine():
    eng = Engine([FIXTURES / "runaway.pl"],
                 Limits(time_limit=1.0, inference_limit=10**12, queue_limit=2)).start()
    yield eng
    eng.stop()


def test_full_queue_refuses_at_once_and_recovers(busy_engine):
    running = busy_engine.submit("runaway")          # holds the thread for 1 s
    while busy_engine.waiting:                        # until the thread has taken it
        time.sleep(0.01)
    queued = [busy_engine.submit("ping", {"n": i}) for i in range(2)]
    with pytest.raises(EngineBusy) as err:
        busy_engine.submit("ping", {"n": 99})
    assert err.value.limit == 2 and err.value.waiting == 2 and err.value.retry_after >= 1
    assert b'"n":0' in queued[0].result(timeout=10).replace(b" ", b"")
    assert queued[1].result(timeout=10)
    with pytest.raises(Exception):
        running.result(timeout=10)                    # the runaway hit its time limit
    assert busy_engine.waiting == 0
    assert busy_engine.call("ping", {"again": True}) == {"pong": {"again": True}}


def test_a_request_cancelled_while_queued_is_never_run(busy_engine):
    running = busy_engine.submit("runaway")
    while busy_engine.waiting:
        time.sleep(0.01)
    ran, dropped = busy_engine.ran, busy_engine.dropped
    gone = busy_engine.submit("ping", {"gone": True})
    assert gone.cancel()                              # the caller went away
    kept = busy_engine.submit("ping", {"kept": True})
    assert kept.result(timeout=10)
    with pytest.raises(Exception):
        running.result(timeout=10)
    assert busy_engine.dropped == dropped + 1
    assert busy_engine.ran == ran + 1                 # only "kept" ran after the runaway
    assert busy_engine.waiting == 0


# -- the HTTP API on the shared knowledge base ----------------------------

@pytest.fixture
def queue_limit(kb):
    """Set the engine's queue limit for one test."""
    saved = kb.limits.queue_limit

    def set_(n: int) -> None:
        kb.limits.queue_limit = n

    yield set_
    kb.limits.queue_limit = saved


def test_full_engine_queue_is_503_with_retry_after(client, queue_limit):
    queue_limit(0)
    r = client.get("/v1/ask/voluntary-routing?regency=bantul&subject=pelaksana"
                   "&capacity=ketua-tim&lang=en")
    assert r.status_code == 503
    assert r.headers["retry-after"] == "5"
    error = r.json()
    assert error["type"] == "/problems/busy" and error["status"] == 503 and error["limit"] == 0
    assert r.headers["content-type"] == "application/problem+json"
    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["status"] == "unavailable"


def test_healthz_and_readyz_answer_without_the_engine(client, queue_limit):
    queue_limit(0)                                    # no engine run can be queued
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["clauses"] > 1000 and body["norms"] == _norm_facts()
    queue_limit(64)
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["engine_alive"] is True
    assert ready["queue"]["limit"] == 64 and ready["cache"]["max_bytes"] > 0


def test_memo_answers_the_same_bytes_and_keeps_no_errors(client, kb):
    first = client.get(ASK + "&lang=en")
    assert first.status_code == 200
    assert first.headers["content-type"] == "application/json"
    ran = kb.engine.ran
    again = client.get(ASK + "&lang=en")
    reordered = client.get("/v1/ask/reporting-line?unit=dinas&capacity=individu&lang=en"
                           "&subject=jf-ahli-muda&regency=tabalong")
    assert again.content == first.content == reordered.content
    assert kb.engine.ran == ran                       # both served from the memo
    assert first.json()["status"] in ("answered", "conflict")
    # an error is never kept: it is computed (and refused) again
    for _ in range(2):
        bad = client.get("/v1/ask/reporting-line?regency=tabalong&subject=jf-ahli-tua")
        assert bad.status_code == 422
    assert kb.answers.table.get(request_key("ask", {
        "question": "reporting-line", "regency": "tabalong", "lang": "id",
        "params": {"subject": "jf-ahli-tua"}})) is None


def test_memo_is_filled_by_the_rules(client, kb):
    r = client.get("/v1/ask/team-duration?regency=pekalongan")
    assert r.status_code == 200
    args = {"question": "team-duration", "regency": "pekalongan", "params": {}, "lang": "id"}
    # what the rules wrote, once through the answer contract (pyapi/contract.py)
    kept = kb.answers.table.get(request_key("ask", args))
    assert kept == kb.contract.finish_bytes("ask", args, [], kb.engine.call_raw("ask", args))
    assert json.loads(kept)["answers"][0]["holder"]["kind"] == "bounded"


def test_diagram_is_memoised_svg(client):
    url = "/v1/diagram/reporting-line?regency=bantul&subject=jf-ahli-pertama&unit=kecamatan"
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert second.headers["content-type"] == "image/svg+xml"
    assert first.content == second.content and first.content.lstrip().startswith(b"<?xml")


def test_body_over_the_limit_is_413_before_it_is_read(client):
    declared = client.post("/v1/cite", content=b"{}",
                           headers={"content-type": "application/json",
                                    "content-length": str(3 * 1024 * 1024)})
    assert declared.status_code == 413
    assert declared.headers["content-type"] == "application/problem+json"
    assert declared.json() == {
        "type": "/problems/too_large", "title": "Isi permintaan terlalu besar", "status": 413,
        "detail": "isi permintaan melebihi batas 2097152 bita", "limit": 2097152}

    def chunks():                                     # no Content-Length: chunked
        for _ in range(40):
            yield b"x" * 65536

    streamed = client.post("/v1/cite", content=chunks(),
                           headers={"content-type": "application/json"})
    assert streamed.status_code == 413 and streamed.json()["type"] == "/problems/too_large"


def test_body_under_the_limit_still_works(client):
    text = "sebagaimana dimaksud dalam Pasal 19 ayat (3) " * 20_000   # 900 KB
    r = client.post("/v1/cite", json={"text": text[:99_000], "regency": "tabalong"})
    assert r.status_code == 200
    assert r.json()["citations"][0]["targets"][0]["cite"] == "Pasal 19 ayat (3)"


# -- cite: bounded in time and output -------------------------------------

def test_cite_answers_are_memoised_by_body(client, kb):
    body = {"text": "sebagaimana dimaksud dalam Pasal 12 ayat (3)", "regency": "pekalongan"}
    first = client.post("/v1/cite", json=body)
    hits = kb.answers.table.hits
    again = client.post("/v1/cite", json=body)
    other = client.post("/v1/cite", json={**body, "regency": "bantul"})
    assert first.status_code == again.status_code == other.status_code == 200
    assert again.content == first.content and kb.answers.table.hits == hits + 1
    assert other.json()["regency"] == "bantul"
    bad = {"text": "Pasal 1", "regency": "pekalongan", "at": "Pasal 999"}
    assert client.post("/v1/cite", json=bad).status_code == 404
    assert client.post("/v1/cite", json=bad).status_code == 404     # errors are not kept


def test_range_to_a_missing_end_lists_what_exists_and_reports_the_end(client):
    r = client.post("/v1/cite", json={"text": "Pasal 20 sampai dengan Pasal 1000",
                                      "regency": "tabalong"})
    assert r.status_code == 200
    (found,) = r.json()["citations"]
    cites = [t["cite"] for t in found["targets"]]
    # Tabalong's batang tubuh ends at Pasal 24 and skips Pasal 23 (a gap in the text)
    assert cites == ["Pasal 20", "Pasal 21", "Pasal 22", "Pasal 24", "Pasal 1000"]
    assert [t["exists"] for t in found["targets"]][-1] is False
    assert [p["code"] for p in found["problems"]] == ["target-missing"]


def test_pathological_cite_is_a_bounded_answer(client):
    text = ("Pasal 1 sampai dengan Pasal 1000; " * 3000)[:99_999]
    r = client.post("/v1/cite", json={"text": text, "regency": "tabalong"})
    assert r.status_code == 200
    body = r.json()
    targets = sum(len(c["targets"]) for c in body["citations"])
    assert targets <= 5000
    assert body["truncated"]["limit"] == {"targets": 5000}
    assert body["truncated"]["at"] == body["citations"][-1]["span"][1] + 2
    assert len(r.content) < 3_000_000


def test_cite_past_the_time_limit_is_503_naming_the_limit(client, kb):
    saved = kb.limits.time_limit
    kb.limits.time_limit = 0.0
    try:
        # a text no other test sends: a memoised answer would not be computed again
        r = client.post("/v1/cite", json={"text": "Pasal 3 dan Pasal 5 ayat (1)",
                                          "regency": "tabalong"})
    finally:
        kb.limits.time_limit = saved
    assert r.status_code == 503
    assert r.json() == {"type": "/problems/time_limit", "title": "Batas waktu terlampaui",
                        "status": 503, "detail": "batas waktu 0 detik terlampaui", "limit": 0.0}


# -- a real server: disconnects, header deadline, TCP_NODELAY -------------

class _Server:
    """uvicorn in a thread, as ``perbup serve`` configures it, on a free port."""

    def __init__(self, kb: KnowledgeBase, header_timeout: float):
        import uvicorn

        from pyapi.api import create_app
        from pyapi.serving import HeaderTimeoutProtocol, ServerLimits, bind_socket

        self.sock = bind_socket("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        limits = ServerLimits(header_timeout=header_timeout)
        config = uvicorn.Config(create_app(kb, limits), log_level="warning",
                                http=type("Protocol", (HeaderTimeoutProtocol,),
                                          {"header_timeout": header_timeout}),
                                limit_concurrency=limits.max_connections,
                                timeout_keep_alive=limits.keep_alive)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        while not self.server.started:
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def connect(self) -> socket.socket:
        s = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        return s


@pytest.fixture(scope="module")
def slow_kb():
    """A knowledge base whose engine also knows the fixture's runaway op."""
    base = KnowledgeBase(limits=Limits(time_limit=2.0, inference_limit=10**12),
                         extra_files=(FIXTURES / "runaway.pl",)).start()
    yield base
    base.stop()


def _read_all(s: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    chunks = []
    while chunk := s.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _closed_by_server(s: socket.socket) -> bool:
    try:
        return s.recv(1024) == b""
    except (ConnectionResetError, TimeoutError, socket.timeout):
        return False


def test_queued_request_of_a_client_that_left_is_dropped(slow_kb):
    with _Server(slow_kb, header_timeout=10) as srv:
        hold = slow_kb.engine.submit("runaway")      # the engine is busy for 2 s
        while slow_kb.engine.waiting:
            time.sleep(0.01)
        dropped = slow_kb.engine.dropped
        client = srv.connect()
        client.sendall(f"GET {ASK} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        while slow_kb.engine.waiting == 0:           # the ask is queued behind it
            time.sleep(0.01)
        client.close()                                # ... and its client leaves
        with pytest.raises(Exception):
            hold.result(timeout=10)
        deadline = time.monotonic() + 10
        while slow_kb.engine.waiting and time.monotonic() < deadline:
            time.sleep(0.01)
        assert slow_kb.engine.dropped == dropped + 1
        assert slow_kb.answers.stats()["in_flight"] == 0
        # the server goes on answering
        again = srv.connect()
        again.sendall(f"GET {ASK} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        assert again.recv(64).startswith(b"HTTP/1.1 200")
        again.close()


def test_healthz_answers_while_the_engine_is_busy(slow_kb):
    with _Server(slow_kb, header_timeout=10) as srv:
        import http.client

        hold = slow_kb.engine.submit("runaway")
        conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        conn.request("GET", "/healthz")
        reply = conn.getresponse()
        assert reply.status == 200 and f'"norms":{_norm_facts()}'.encode() in reply.read()
        assert not hold.done()                        # answered while Prolog was busy
        conn.close()
        with pytest.raises(Exception):
            hold.result(timeout=10)


def test_connections_that_never_finish_their_headers_are_closed(slow_kb):
    with _Server(slow_kb, header_timeout=0.5) as srv:
        silent = srv.connect()
        partial = srv.connect()
        partial.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")   # never ends the headers
        assert _closed_by_server(silent)
        assert _closed_by_server(partial)
        # a connection that sends its request in time is answered and kept alive
        live = srv.connect()
        live.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert live.recv(64).startswith(b"HTTP/1.1 200")
        live.close()


def test_a_body_announced_too_large_is_refused_before_it_is_sent(slow_kb):
    with _Server(slow_kb, header_timeout=10) as srv:
        s = srv.connect()
        s.sendall(b"POST /v1/cite HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 314572800\r\n\r\n")        # 300 MB announced, none sent
        reply = _read_all(s)
        assert reply.startswith(b"HTTP/1.1 413")
        assert b"content-type: application/problem+json" in reply
        assert b'"type":"/problems/too_large"' in reply
        s.close()


def test_listening_socket_keeps_tcp_nodelay_for_accepted_connections():
    """uvicorn issue #3149: asyncio sets TCP_NODELAY on an accepted socket only
    when the listener says IPPROTO_TCP; uvicorn's own bind_socket says 0."""
    import uvicorn

    from pyapi.serving import bind_socket

    ours = bind_socket("127.0.0.1", 0)
    theirs = uvicorn.Config(app=None, host="127.0.0.1", port=0).bind_socket()
    try:
        assert ours.proto == socket.IPPROTO_TCP
        assert _nodelay_of_accepted(ours) == 1
        if theirs.proto == 0:                          # the caveat, where it still holds
            assert _nodelay_of_accepted(theirs) == 0
    finally:
        ours.close()
        theirs.close()


def _nodelay_of_accepted(listener: socket.socket) -> int:
    seen: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport):
            sock = transport.get_extra_info("socket")
            seen.append(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Probe, sock=listener)
        port = listener.getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        await reader.read()
        writer.close()
        server.close()

    asyncio.run(main())
    return seen[0] if seen else -1


def _send_all_then_read(s: socket.socket, data: bytes) -> bytes:
    """Send ``data`` whole (the server may answer before it is all sent) and
    return everything the server answers until it closes."""
    try:
        s.sendall(data)
    except (BrokenPipeError, ConnectionResetError) as exc:
        raise AssertionError(f"the server reset the connection while we sent: {exc}") from None
    return _read_all(s)


@pytest.mark.parametrize("line,status,type_", [
    # a 10 MB URL: the request line alone is over the bound
    (b"GET /v1/ask/assessor?regency=tabalong&subject=" + b"a" * 10_000_000 + b" HTTP/1.1\r\n",
     414, "uri_too_long"),
    # a short request line, then 40 KB of headers
    (b"GET /healthz HTTP/1.1\r\n" + b"".join(b"X-Filler-%d: %s\r\n" % (i, b"v" * 1000)
                                              for i in range(40)),
     431, "headers_too_large"),
])
def test_an_oversized_head_is_answered_not_reset(slow_kb, line, status, type_):
    with _Server(slow_kb, header_timeout=10) as srv:
        s = srv.connect()
        reply = _send_all_then_read(s, line + b"Host: x\r\n\r\n")
        s.close()
        head, _, body = reply.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 %d" % status), reply[:200]
        assert b"content-type: application/problem+json" in head
        problem = json.loads(body)
        assert problem["type"] == f"/problems/{type_}" and problem["status"] == status
        assert problem["limit"] == 16 * 1024
        # the server goes on serving
        again = srv.connect()
        again.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert again.recv(64).startswith(b"HTTP/1.1 200")
        again.close()


def test_a_large_body_after_a_normal_head_is_not_mistaken_for_a_large_head(slow_kb):
    with _Server(slow_kb, header_timeout=10) as srv:
        body = json.dumps({"text": "Pasal 6 dan " + "kata " * 15_000,
                           "regency": "tabalong"}).encode()
        s = srv.connect()
        s.sendall(b"POST /v1/cite HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
        reply = _read_all(s)
        s.close()
        assert reply.startswith(b"HTTP/1.1 200"), reply[:300]
