"""`atomic_file`: all or nothing under the target name, the user's mode, errors naming the target;
and an export interrupted by Ctrl-C in a real ``invoicekit`` process."""

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from invoicekit.cli._files import atomic_file, new_file_mode
from invoicekit.sandbox import Faults, SandboxServer


def test_the_file_appears_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_file(target) as stream:
        stream.write(b"half")
        assert not target.exists()
        assert [p.name.endswith(".partial") for p in tmp_path.iterdir()] == [True]
    assert target.read_bytes() == b"half"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("failure", [RuntimeError("boom"), KeyboardInterrupt()])
def test_a_failure_midway_keeps_the_old_file(tmp_path: Path, failure: BaseException) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    def write_then_fail() -> None:
        with atomic_file(target) as stream:
            stream.write(b"new and half")
            raise failure

    with pytest.raises(type(failure)):
        write_then_fail()
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["out.csv"]


def test_a_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        assert new_file_mode() == 0o600
        os.umask(0o002)
        assert new_file_mode() == 0o664
        with atomic_file(tmp_path / "a") as stream:
            stream.write(b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o664


def test_errors_name_the_target(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(FileNotFoundError) as caught, atomic_file(target):
        pass
    assert caught.value.filename == str(target)
    with pytest.raises(IsADirectoryError) as caught_dir, atomic_file(tmp_path):
        pass
    assert caught_dir.value.filename == str(tmp_path)


def test_an_unrelated_os_error_keeps_its_file_name(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught, atomic_file(tmp_path / "out"):
        (tmp_path / "input.json").read_bytes()
    assert caught.value.filename == str(tmp_path / "input.json")


def test_ctrl_c_during_an_export_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "fynn.jsonl"
    target.write_bytes(b"previous export\n")
    # Every response waits, so the export is still running when Ctrl-C arrives.
    with SandboxServer(["fynn"], faults=Faults(rate_slow=1.0, slow_seconds=0.3)) as server:
        env = {
            **os.environ,
            "INVOICEKIT_FYNN_URL": server.base_url("fynn"),
            "INVOICEKIT_FYNN_API_KEY": server.credentials("fynn")["api_key"],
        }
        args = ["export", "fynn", "--page-size", "5", "-o", str(target)]
        process = subprocess.Popen(
            [sys.executable, "-m", "invoicekit", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 20
        while not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(0.5)  # a page or two written to the temporary file
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    assert process.returncode != 0
    assert b"Traceback" not in stderr
    assert target.read_bytes() == b"previous export\n"
    assert [path.name for path in tmp_path.iterdir()] == ["fynn.jsonl"]
