"""The no-leaks check itself: it catches each kind of leak and passes clean tests."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

LEAKY_TESTS = """
import asyncio, socket, sqlite3, threading, time
import pytest

async def test_task():
    asyncio.create_task(asyncio.sleep(100))

def test_thread():
    threading.Thread(target=time.sleep, args=(10,), daemon=True).start()

def test_socket():
    global S
    S = socket.socket()

def test_file(tmp_path):
    global C
    C = sqlite3.connect(tmp_path / "x.db")
    C.execute("CREATE TABLE t (x)")

async def test_clean_async():
    await asyncio.to_thread(time.sleep, 0.01)

def test_clean_sync():
    asyncio.run(asyncio.to_thread(time.sleep, 0.01))

@pytest.mark.allow_leaks("the check is switched off here")
def test_allowed():
    global S2
    S2 = socket.socket()
"""


def test_the_check_fails_each_leak_and_nothing_else(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((Path(__file__).parents[1] / "conftest.py").read_text())
    pytester.makeini("[pytest]\nasyncio_mode = auto\n")
    pytester.makepyfile(test_leaky=LEAKY_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=7, errors=4)
    result.stdout.fnmatch_lines_random(
        [
            "*ERROR at teardown of test_task*",
            "*ERROR at teardown of test_thread*",
            "*ERROR at teardown of test_socket*",
            "*ERROR at teardown of test_file*",
        ]
    )
