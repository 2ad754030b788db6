"""Shared fixtures for the rorkit pytest suite.

ctest runs this suite twice (numpy 2 / pandas 3 and numpy 1.26 / pandas 2.2) with these variables
set (tests/python/CMakeLists.txt): PYTHONPATH (the build tree's package), RORKIT_CLI,
RORKIT_SHARED_LIB, RORKIT_EXPECTED_VERSION and RORKIT_SOURCE_DIR. Tests that need one of them skip
when it is missing, so the suite also runs against an installed wheel.
"""

from __future__ import annotations

import os
import pathlib
import subprocess
import tempfile
from typing import NamedTuple

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis keeps caches (constants, unicode data) in ./.hypothesis even without a database;
# keep them out of the source tree unless the caller chose a place.
if "HYPOTHESIS_STORAGE_DIRECTORY" not in os.environ:
    try:
        from hypothesis.configuration import set_hypothesis_home_dir
    except ImportError:  # pragma: no cover - older or newer hypothesis
        pass
    else:
        set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), f"rorkit-hypothesis-{os.getuid()}"))

# deadline=None: the first call into a lazily initialised table can be slow on a loaded CI box.
# database=None: don't leave a .hypothesis folder in the source or build tree.
# derandomize=True: CI runs the same examples every time, so a red run can be reproduced; the
# "explore" profile (RORKIT_HYPOTHESIS_PROFILE=explore) searches randomly and longer.
settings.register_profile(
    "rorkit",
    max_examples=150,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore",
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("RORKIT_HYPOTHESIS_PROFILE", "rorkit"))


def _env_path(name: str) -> pathlib.Path:
    value = os.environ.get(name)
    if not value:
        pytest.skip(f"{name} is not set (run the suite through ctest)")
    path = pathlib.Path(value)
    if not path.exists():
        pytest.fail(f"{name}={value} does not exist")
    return path


@pytest.fixture(scope="session")
def cli_path() -> pathlib.Path:
    """The `rorkit` command-line tool of the build tree."""
    return _env_path("RORKIT_CLI")


@pytest.fixture(scope="session")
def shared_lib_path() -> pathlib.Path:
    """librorkit.so of the build tree."""
    return _env_path("RORKIT_SHARED_LIB")


@pytest.fixture(scope="session")
def source_dir() -> pathlib.Path:
    """The source checkout (for the public C headers, which define the status codes)."""
    return _env_path("RORKIT_SOURCE_DIR")


class CliResult(NamedTuple):
    """What a run of the `rorkit` CLI gave: exit code, stdout and stderr as text."""

    code: int
    out: str
    err: str


@pytest.fixture(scope="session")
def run(cli_path):
    """Runs the CLI (RORKIT_CLI) with arguments and returns a CliResult."""

    def _run(*args: str) -> CliResult:
        done = subprocess.run([str(cli_path), *args], capture_output=True, timeout=60,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})
        return CliResult(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))

    return _run
