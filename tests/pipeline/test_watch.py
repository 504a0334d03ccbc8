"""Watch rules: settling, memory across restarts, forgetting, and the live observers."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from prodbridge.pipeline.watch import STATE_NAME, Watcher, watch
from tests.ops_fixtures import CROSSING, NIGHT_SHIFT


def watcher(drop: Path, settle: float = 2.0) -> Watcher:
    return Watcher(drop, drop / "prodbridge-out", settle, None)


def test_a_file_is_processed_only_once_it_has_stopped_changing(tmp_path: Path) -> None:
    script = tmp_path / "night-shift.fountain"
    script.write_bytes(NIGHT_SHIFT.read_bytes()[:2000])  # a copy in progress
    w = watcher(tmp_path)
    assert w.tick(now=0.0) == []
    assert w.pending == (script,)
    assert w.tick(now=1.0) == []  # unchanged, but not for 2 s yet
    script.write_bytes(NIGHT_SHIFT.read_bytes())  # the copy goes on
    assert w.tick(now=2.5) == []  # changed: the clock starts again
    assert w.tick(now=4.0) == []
    outcomes = w.tick(now=4.6)
    assert [(o.path, o.status) for o in outcomes] == [(script, "ok")]
    assert w.pending == ()
    assert w.tick(now=10.0) == []


def test_memory_survives_a_restart(tmp_path: Path) -> None:
    shutil.copyfile(NIGHT_SHIFT, tmp_path / "night-shift.fountain")
    first = watcher(tmp_path, settle=0)
    assert [o.status for o in first.tick()] == ["ok"]
    assert (tmp_path / "prodbridge-out" / STATE_NAME).is_file()
    assert watcher(tmp_path, settle=0).tick() == []


def test_a_file_that_goes_away_is_forgotten(tmp_path: Path) -> None:
    script = tmp_path / "night-shift.fountain"
    shutil.copyfile(NIGHT_SHIFT, script)
    w = watcher(tmp_path, settle=0)
    assert len(w.tick()) == 1
    script.unlink()
    assert w.tick() == []
    assert w.memory == {}
    shutil.copyfile(NIGHT_SHIFT, script)
    assert [o.path for o in w.tick()] == [script]


def test_an_unreadable_memory_file_is_reported_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "prodbridge-out").mkdir()
    (tmp_path / "prodbridge-out" / STATE_NAME).write_text("{not json", encoding="utf-8")
    notes: list[str] = []
    w = Watcher(tmp_path, tmp_path / "prodbridge-out", 0, None, notice=notes.append)
    assert len(notes) == 1 and "unreadable memory" in notes[0]
    assert w.memory == {}


@pytest.mark.parametrize("poll", [False, True], ids=["native", "polling"])
def test_the_observer_picks_up_a_dropped_file(tmp_path: Path, poll: bool) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    stop = threading.Event()
    seen = []
    box: dict = {}

    def run() -> None:
        box["result"] = watch(drop, poll=poll, interval=0.2, settle=0.3, report=seen.append, stop=stop)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        (drop / "~$the-crossing.fdx").write_bytes(b"\x0bTom")  # Word's lock file: ignored
        shutil.copyfile(CROSSING, drop / "the-crossing.fdx")
        deadline = time.monotonic() + 60  # a generous bound on a busy machine, not a timing check
        while not seen and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert [(o.path, o.status) for o in seen] == [(drop / "the-crossing.fdx", "ok")]
    assert box["result"].observer == ("polling" if poll else "native")
    assert (drop / "prodbridge-out" / "the-crossing.tagged.fdx").is_file()
