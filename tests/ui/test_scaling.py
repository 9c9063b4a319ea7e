"""The interface at 150 % and 200 % (QT_SCALE_FACTOR, fixed when the application is made, so each case runs
tests/ui/scaling_probe.py in a process of its own) on a 1920x1080 screen, and with the text one and a half times
larger at 100 % (Windows' "Make text bigger", which a pixel size in a style sheet or a fixed width ignores), in
Kazakh: no text cut, no title smaller than the text, table rows as high as their text, the window within the
screen (at 200 % the screen is 960x540 device-independent pixels: the sections scroll).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _probe(environment: dict[str, str], tmp_path) -> list[str]:
    env = {**os.environ, **environment}
    env.pop("INSPECTOR_APP_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-m", "tests.ui.scaling_probe", "--png", str(tmp_path)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("environment", [{"QT_SCALE_FACTOR": "1.5"}, {"QT_SCALE_FACTOR": "2"},
                                         {"PROBE_TEXT_SCALE": "1.5"}], ids=["150%", "200%", "large-text"])
def test_nothing_is_cut_at_high_scale(environment, tmp_path):
    problems = _probe(environment, tmp_path)
    assert not problems, "\n".join(problems)
    for name in ("main-journal", "issue-dialog"):
        assert (tmp_path / f"{name}.png").stat().st_size > 10_000  # the screens were drawn
