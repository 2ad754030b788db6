"""The package version and what `import rorkit` exports."""

from __future__ import annotations

import importlib.metadata
import os
import pathlib
import re

import pytest

import rorkit


def test_version_is_the_cmake_project_version():
    # RORKIT_EXPECTED_VERSION is ${PROJECT_VERSION} from CMakeLists.txt, passed by ctest.
    expected = os.environ.get("RORKIT_EXPECTED_VERSION")
    if not expected:
        pytest.skip("RORKIT_EXPECTED_VERSION is not set (run through ctest)")
    assert rorkit.__version__ == expected


def test_version_looks_like_semver():
    assert re.fullmatch(r"\d+\.\d+\.\d+", rorkit.__version__)


def test_version_matches_installed_metadata():
    # Only meaningful for an installed wheel: the build tree has no dist-info.
    try:
        dist = importlib.metadata.distribution("rorkit")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("rorkit is not installed (build tree): no package metadata")
    installed_init = pathlib.Path(dist.locate_file("rorkit/__init__.py")).resolve()
    if installed_init != pathlib.Path(rorkit.__file__).resolve():
        pytest.skip(f"the imported rorkit ({rorkit.__file__}) is not the installed one")
    assert rorkit.__version__ == dist.version


def test_abi_version_is_a_positive_int():
    assert isinstance(rorkit.ABI_VERSION, int)
    assert rorkit.ABI_VERSION >= 1


def test_everything_in_all_is_exported():
    missing = [name for name in rorkit.__all__ if not hasattr(rorkit, name)]
    assert missing == []


@pytest.mark.parametrize(
    "name",
    ["holidays", "easter_sunday", "holiday_on", "iso_week", "iso_weekday", "from_iso_week",
     "is_working_day", "add_working_days", "count_working_days", "find_municipality",
     "municipalities", "find_region", "regions", "to_ical", "status_str", "holidays_frame",
     "municipalities_frame", "Calendar", "CalendarEvent", "NotFoundError", "InvalidDateError"],
)
def test_documented_api_is_in_all(name):
    assert name in rorkit.__all__
