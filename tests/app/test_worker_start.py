"""Letter workers start light: a spawned worker imports the parent's main script again
(as ``__mp_main__``), so the scripts that start the app must not load the store, the
window or the benchmarks' own tools at import time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "sqlcipher3", "PySide6", "keyring", "pypdf")
PROBE = """
import runpy, sys
runpy.run_path(sys.argv[1], run_name="__mp_main__")
print(",".join(m for m in sys.argv[2].split(",") if m in sys.modules))
"""


def _heavy_after_import(script: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(script), ",".join(HEAVY)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return done.stdout.strip()


@pytest.mark.parametrize("script", ["tools/demo_app.py", "desktop_app/__main__.py"])
def test_the_apps_entry_scripts_import_nothing_heavy(script: str) -> None:
    assert _heavy_after_import(ROOT / script) == ""


def test_the_letters_bench_imports_nothing_heavy() -> None:
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys, bench.letters_bench; print(','.join(m for m in sys.argv[1].split(',')"
         " if m in sys.modules))", ",".join(HEAVY)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    assert done.stdout.strip() == ""
    # and the probe does see a heavy import when there is one
    assert "sqlalchemy" in _heavy_after_import(ROOT / "bench" / "import_bench.py")
