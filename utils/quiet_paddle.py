"""Import Paddle once, without the machine-dependent lines it prints on import.

`import paddle` warns "No ccache found" when no ccache is on PATH, and prints an
OMP_NUM_THREADS warning to stderr when that variable is above 1. Executed notebooks
store stderr, so either line would make a stored output depend on the machine.
Only those known lines are dropped; anything else Paddle prints is passed on.
"""

import contextlib
import io
import logging
import sys
import warnings

_KNOWN_IMPORT_NOISE = (
    "WARNING: OMP_NUM_THREADS set to",
    "PLEASE USE OMP_NUM_THREADS WISELY.",
)


def _import_paddle():
    # Paddle switches on INFO logging; matplotlib would then log "generated new
    # fontManager" to stderr on a machine whose font cache is still empty.
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    captured = io.StringIO()
    with warnings.catch_warnings(), contextlib.redirect_stderr(captured):
        warnings.filterwarnings("ignore", message="No ccache found")
        import paddle
    for line in captured.getvalue().splitlines(keepends=True):
        if not line.startswith(_KNOWN_IMPORT_NOISE):
            sys.stderr.write(line)
    return paddle


paddle = _import_paddle()
