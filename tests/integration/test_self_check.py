"""`inspector-app --self-check` from the source tree, in a subprocess as a person or CI starts it: one JSON line
of what it checked, exit code 0; the real unit's data folder and the temporary folder left as they were; and a
resources folder without the compiled translations (as a bundle built without them) fails with exit code 1
and says so."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from inspector_app.cli import main
from resources.paths import RESOURCES_DIR
from tests import db_backend
from tests.conftest import ROOT

TIMEOUT_S = 240  # about 6 s alone; much more on a busy 2-core machine

pytestmark = pytest.mark.skipif(db_backend.ON_POSTGRES,
                                reason="the self-check makes its own SQLite demo unit: one run is enough")

# The resource helper pointed at another folder before anything reads it, then the command line as usual.
WITH_RESOURCES = """
import sys
from pathlib import Path
import resources.paths
resources.paths.RESOURCES_DIR = Path(sys.argv[1])
from inspector_app.cli import main
sys.exit(main(["--self-check"]))
"""


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path / "tmp"),
           "INSPECTOR_APP_DATA_DIR": str(tmp_path / "real-unit")}  # where the real unit would be
    (tmp_path / "tmp").mkdir()
    return subprocess.run([sys.executable, *args], check=False, cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)


def test_the_self_check_plays_a_recording_and_prints_one_json_line(tmp_path):
    done = _run(tmp_path, "-m", "inspector_app", "--self-check", "--grab", str(tmp_path / "shots" / "window.png"))
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    report = json.loads(line)
    assert report["ok"] is True and report["frozen"] is False and report["platform"] == "offscreen"
    checks = report["checks"]
    assert checks["resources"]["resources_dir"] == str(RESOURCES_DIR)
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"} <= set(checks["resources"]["pdf_fonts"])
    assert "hikvision-dswa" in checks["resources"]["vendor_profiles"] and checks["resources"]["templates"] >= 20
    kk, ru = checks["translations"]["kk"], checks["translations"]["ru"]
    assert kk["app"] == "Бейнетіркеуіштер журналы және бейнежазбалар" and kk["qt"] != "Cancel"
    assert ru["app"] == "Журнал видеорегистраторов и видеозаписи" and ru["qt"] != "Cancel"
    assert checks["window"]["title"].startswith(kk["app"]) and checks["window"]["ui_font"] == "DejaVu Sans"
    assert checks["footage"]["readable_listed"] >= 1
    player = checks["player"]
    assert player["frames"] >= 5 and player["advanced_ms"] >= 300 and player["frame_size"] == [160, 120]
    assert set(report["timings_ms"]) >= {"qt", "resources", "translations", "demo_unit", "window", "footage",
                                         "player", "grab"}
    assert report["total_ms"] >= sum(report["timings_ms"].values()) - 5
    assert [p.name for p in sorted((tmp_path / "shots").iterdir())] == ["window-player.png", "window.png"]
    # neither the real unit's folder nor any leftover in the temporary folder
    assert not (tmp_path / "real-unit").exists()
    assert list((tmp_path / "tmp").iterdir()) == []


def test_without_the_compiled_translations_it_fails_and_says_which(tmp_path):
    resources = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, resources, ignore=shutil.ignore_patterns("translations", "__pycache__"))
    done = _run(tmp_path, "-c", WITH_RESOURCES, str(resources))
    assert done.returncode == 1
    assert done.stdout == ""
    first = done.stderr.splitlines()[0]
    assert first.startswith("inspector-app: self-check failed: translations: ")
    assert f"inspector_app_ru.qm does not load from {resources / 'translations'}" in first


@pytest.mark.parametrize("argv", [["--self-check", "--data-dir", "x"], ["--self-check", "--demo"],
                                  ["--grab", "x.png"], ["--self-check", "demo"]])
def test_the_self_check_takes_no_data_folder_nor_a_command(argv, capsys):
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert "--self-check" in error or "--grab" in error
