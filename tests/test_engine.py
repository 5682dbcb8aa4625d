"""The SWI-Prolog engine owned by one thread: round trips, limits, safety."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from pyapi.engine import Engine, Limits, LoadError, OperationError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def engine():
    eng = Engine([FIXTURES / "runaway.pl"], Limits(time_limit=1.0, inference_limit=10**12)).start()
    yield eng
    eng.stop()


def test_round_trip_keeps_structure_and_indonesian_text(engine):
    args = {"jabatan": "Pejabat Fungsional Ahli Muda",
            "kutipan": "“Pejabat Penilai Kinerja” — atasan langsung; é",
            "angka": [1, 2, {"ayat": "(2)"}], "kosong": None, "benar": True}
    assert engine.call("ping", args) == {"pong": args}


def test_runaway_goal_is_stopped_and_engine_stays_usable(engine):
    with pytest.raises(OperationError) as err:
        engine.call("runaway")
    assert err.value.type == "time_limit"
    assert engine.call("ping", {"n": 1}) == {"pong": {"n": 1}}


def test_inference_limit_stops_a_goal():
    eng = Engine([FIXTURES / "runaway.pl"], Limits(time_limit=30, inference_limit=100_000)).start()
    try:
        with pytest.raises(OperationError) as err:
            eng.call("loop_inferences")
        assert err.value.type == "inference_limit"
        assert eng.call("ping", {}) == {"pong": {}}
    finally:
        eng.stop()


def test_prolog_error_is_reported_not_raised_raw(engine):
    with pytest.raises(OperationError) as err:
        engine.call("boom")
    assert err.value.type == "exception"
    assert "not sufficiently instantiated" in err.value.message
    assert engine.call("ping", {}) == {"pong": {}}


def test_unknown_operation_is_refused(engine):
    with pytest.raises(OperationError) as err:
        engine.call("assertz")
    assert err.value.type == "unknown_op"


def test_admin_operations_are_not_public(engine):
    with pytest.raises(OperationError) as err:
        engine.call("status")
    assert err.value.type == "unknown_op"
    assert engine.call("status", admin=True)["swipl_version"].startswith("9.")


@pytest.mark.parametrize("hostile", [
    "'", '"', "), assertz(hacked(1)), (", "x')), assertz(hacked(2)), write(('",
    "\\", "\u0000", "%p", "a'b\"c`d", "perbup_api:api_op(X,Y,Z)",
])
def test_hostile_strings_are_data(engine, hostile):
    assert engine.call("ping", {"s": hostile}) == {"pong": {"s": hostile}}
    # a payload used as an operation name is refused, not run
    with pytest.raises(OperationError):
        engine.call(hostile)


def test_32_threads_at_once_get_their_own_answers(engine):
    results: dict[int, object] = {}
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            for j in range(20):
                got = engine.call("ping", {"thread": i, "j": j})
                assert got == {"pong": {"thread": i, "j": j}}
            results[i] = True
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 32


def test_syntax_error_stops_the_start_naming_file_and_line():
    with pytest.raises(LoadError) as err:
        Engine([FIXTURES / "broken_syntax.pl"]).start()
    problem = err.value.problems[0]
    assert problem["file"].endswith("broken_syntax.pl")
    assert problem["line"] == 4
    assert "broken_syntax.pl:4" in str(err.value)


def test_missing_file_stops_the_start():
    with pytest.raises(LoadError) as err:
        Engine([FIXTURES / "no_such_file.pl"]).start()
    assert "file not found" in str(err.value)
