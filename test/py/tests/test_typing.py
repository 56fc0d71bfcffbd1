"""The integration type-checks with mypy --strict against the Home Assistant under test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
CONFIG = Path(__file__).parent / "mypy.ini"
# Outside the test copy (rebuilt on every run), so later runs reuse mypy's cache.
CACHE = "/var/cache/brewpit-mypy"


def test_mypy_strict() -> None:
    """`mypy --strict` finds nothing in custom_components/brewpit."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(CONFIG),
            "--cache-dir",
            CACHE,
            "custom_components/brewpit",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
