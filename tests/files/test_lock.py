"""The nightly lock: exclusive, non-blocking, released when the holder ends."""

from __future__ import annotations

import subprocess
import sys

import pytest

from prodbridge.files.lock import LockHeld, exclusive


def test_a_second_holder_is_refused_at_once(tmp_path):
    lock = tmp_path / ".prodbridge.lock"
    with exclusive(lock), pytest.raises(LockHeld, match="holds the lock"), exclusive(lock):
        pass


def test_the_lock_is_free_again_after_the_block(tmp_path):
    lock = tmp_path / ".prodbridge.lock"
    with exclusive(lock):
        pass
    with exclusive(lock) as held:
        assert held == lock


def test_another_process_is_refused_while_the_lock_is_held(tmp_path):
    lock = tmp_path / ".prodbridge.lock"
    code = (
        "import sys\nfrom pathlib import Path\nfrom prodbridge.files.lock import exclusive, LockHeld\n"
        f"try:\n    with exclusive(Path({str(lock)!r})):\n        print('got')\n"
        "except LockHeld as e:\n    print('refused')\n"
    )
    with exclusive(lock):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "refused"
