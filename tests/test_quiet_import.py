"""Importing utils prints nothing that depends on the machine."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = """
import logging
import utils
from utils import viz
import matplotlib.pyplot as plt
plt.figure()
root = logging.getLogger()
assert root.level == logging.WARNING and not root.handlers, (root.level, root.handlers)
logging.getLogger("matplotlib").warning("a real warning still shows")
"""


def test_import_is_quiet_on_a_fresh_hostile_machine(tmp_path):
    no_ccache = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if not (Path(p) / "ccache").exists())
    env = dict(os.environ, OMP_NUM_THREADS="4", MPLCONFIGDIR=str(tmp_path), PATH=no_ccache, MPLBACKEND="Agg")
    done = subprocess.run([sys.executable, "-c", SNIPPET], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "a real warning still shows\n"
    assert any(tmp_path.iterdir())  # the font cache was built during this run
