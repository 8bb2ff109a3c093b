"""The test suite's Neo4j launcher: rebuilt when its jars are gone, a skip with the reason when it
cannot be built, and nothing left behind by a failed start."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import neo4j_server as launcher
import pytest


def test_a_failed_build_is_unavailable_with_the_reason(tmp_path, monkeypatch):
    if shutil.which("java") is None:
        pytest.skip("java is not installed")
    fake = tmp_path / "bin"
    fake.mkdir()
    maven = fake / "mvn"
    maven.write_text("#!/bin/sh\necho 'Could not transfer artifact org.neo4j:neo4j:jar:5.26.0'\nexit 1\n")
    maven.chmod(maven.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    listing = tmp_path / "classpath.txt"
    listing.write_text(str(tmp_path / "gone.jar"))
    monkeypatch.setattr(launcher, "CLASSPATH", listing)
    with pytest.raises(launcher.Unavailable) as error:
        launcher.build()
    assert str(error.value).startswith("Neo4j could not be built (Maven Central unreachable?)")
    assert "Could not transfer artifact" in str(error.value)


def test_a_failed_start_leaves_no_folder(tmp_path, monkeypatch):
    made = tmp_path / "neo4j-home"

    def failing(data: Path, port: int, password: str):
        assert data == made
        raise RuntimeError("Neo4j stopped while starting")

    monkeypatch.setattr(launcher, "build", lambda: None)
    monkeypatch.setattr(launcher, "started", failing)
    monkeypatch.setattr(launcher.tempfile, "mkdtemp", lambda prefix: (made.mkdir(), str(made))[1])
    with pytest.raises(RuntimeError):
        launcher.start()
    assert not made.exists()
